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

/**
 * The rules read the names models may use from the file CASEDESK_MODEL_NAMES names
 * (lib/model-names); the tests use test/fixtures/model-names.json, not the build's
 * target/lint/model-names.json. Set before any rule reads it.
 */
const MODEL_NAMES_FIXTURE = path.join(__dirname, 'fixtures', 'model-names.json');

process.env.CASEDESK_MODEL_NAMES = MODEL_NAMES_FIXTURE;

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
  MODEL_NAMES_FIXTURE,
  fixture,
  verify
};
