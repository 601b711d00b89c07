'use strict';

/**
 * Small helpers shared by the rules. They work on a model read with the camunda
 * moddle extension (Camunda Modeler, `bpmnlint` with `moddleExtensions` in
 * .bpmnlintrc, the tests) and, as far as these rules need, on one read without it
 * (camunda:* attributes in $attrs, camunda:* extension elements as generic elements).
 */

function is(node, type) {
  return !!node && typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

function isAny(node, types) {
  return types.some(type => is(node, type));
}

/** A (namespaced) attribute, e.g. attr(task, 'camunda:candidateGroups'). */
function attr(node, name) {
  let value;

  try {
    value = node.get(name);
  } catch (error) {
    value = undefined;
  }

  if (value === undefined && node.$attrs) {
    value = node.$attrs[name];
  }

  return value;
}

/** The trimmed string value of an attribute, '' when absent. */
function text(value) {
  return value === undefined || value === null ? '' : String(value).trim();
}

function isTrue(value) {
  return value === true || text(value) === 'true';
}

function sameType(element, type) {
  return !!element && typeof element.$type === 'string' && element.$type.toLowerCase() === type.toLowerCase();
}

/** The extension elements of a node with the given type, e.g. 'camunda:FailedJobRetryTimeCycle'. */
function extensionElements(node, type) {
  const extensions = node.extensionElements;

  if (!extensions) {
    return [];
  }

  return (extensions.values || extensions.$children || []).filter(element => sameType(element, type));
}

/** The body text of a moddle element (typed: body; generic: $body). */
function body(element) {
  return text(element && (element.body !== undefined ? element.body : element.$body));
}

/** camunda:property entries of a node as [ { name, value } ]. */
function camundaProperties(node) {
  return extensionElements(node, 'camunda:Properties').flatMap(properties => {
    return (properties.values || properties.$children || [])
      .filter(property => sameType(property, 'camunda:Property'))
      .map(property => ({ name: text(property.name), value: text(property.value) }));
  });
}

module.exports = {
  is,
  isAny,
  attr,
  text,
  isTrue,
  extensionElements,
  body,
  camundaProperties
};
