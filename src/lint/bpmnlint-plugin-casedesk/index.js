'use strict';

/**
 * CaseDesk's own bpmnlint rules. Use them through `.bpmnlintrc`:
 *
 *   { "extends": [ "bpmnlint:recommended", "plugin:casedesk/recommended" ] }
 *
 * Every rule is plain CommonJS without dependencies, so the same files can be
 * bundled (bpmnlint-loader / bpmnlint-pack-config) into a Camunda Modeler plug-in.
 */
const RULES = [
  'user-task-candidate-group-and-form',
  'async-external-calls',
  'timer-expression-resolves',
  'meaningful-ids',
  'history-time-to-live'
];

module.exports = {
  configs: {
    recommended: {
      rules: RULES.reduce((rules, name) => ({ ...rules, [name]: 'error' }), {})
    }
  },
  rules: RULES.reduce((rules, name) => ({ ...rules, [name]: `./rules/${name}` }), {})
};
