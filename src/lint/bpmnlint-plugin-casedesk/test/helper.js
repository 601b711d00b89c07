'use strict';

/**
 * Runs bpmnlint's RuleTester on node's built-in test runner (node --test): the
 * RuleTester expects mocha's describe / it / beforeEach as globals.
 */
const test = require('node:test');

globalThis.describe = globalThis.describe || test.describe;
globalThis.it = globalThis.it || test.it;
globalThis.beforeEach = globalThis.beforeEach || test.beforeEach;

const path = require('node:path');

const RuleTester = require('bpmnlint/lib/testers/rule-tester');
const { readModdle } = require('bpmnlint/lib/testers/helper');

const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

/** test/fixtures/<rule>/<name>.bpmn, read as Camunda Modeler reads it (camunda moddle extension). */
function fixture(rule, name) {
  return readModdle(path.join(__dirname, 'fixtures', rule, `${ name }.bpmn`), { camunda });
}

/** The rule's RuleTester run: valid fixtures by name, invalid ones with their reports. */
function verify(ruleName, { valid, invalid }) {
  const rule = require(`../rules/${ ruleName }`);

  RuleTester.verify(ruleName, rule, {
    valid: valid.map(name => ({ name, moddleElement: fixture(ruleName, name) })),
    invalid: Object.entries(invalid).map(([ name, report ]) => ({ name, moddleElement: fixture(ruleName, name), report }))
  });
}

module.exports = {
  fixture,
  verify
};
