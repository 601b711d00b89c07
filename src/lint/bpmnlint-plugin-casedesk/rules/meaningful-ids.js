'use strict';

const { isAny } = require('../lib/helper');

/**
 * Ids that Camunda Modeler (bpmn-js) generates and nobody renamed:
 *
 *  - a random base36 suffix: bpmn-js appends 7 characters [0-9a-z] that start with
 *    0 or 1 (Activity_0x7f3k2, Gateway_1abcxyz, Flow_0abc123); suffixes of 4 to 7 such
 *    characters count, so shortened ones (Event_1xyz) are caught too;
 *  - a number: StartEvent_1, Task_1, Process_1, Flow_12.
 *
 * Ids end up in history, Cockpit, logs, tests and translation keys
 * (<process id>.<activity id>), so they must say what the element is:
 * Task_CheckDocumentsComplete, Flow_DocumentsComplete_Yes, Message_CustomerReply.
 */
const GENERATED_ID_PATTERNS = [
  /_[01][0-9a-z]{3,6}$/,
  /_\d+$/
];

/** Elements whose ids must be meaningful. */
const CHECKED_TYPES = [
  'bpmn:Process',
  'bpmn:FlowElement',
  'bpmn:Message',
  'bpmn:Error',
  'bpmn:Signal',
  'bpmn:Escalation'
];

function isGenerated(id) {
  return GENERATED_ID_PATTERNS.some(pattern => pattern.test(id));
}

module.exports = function() {

  function check(node, reporter) {
    if (!isAny(node, CHECKED_TYPES)) {
      return;
    }

    const id = node.id || '';

    if (isGenerated(id)) {
      reporter.report(
        id,
        `Id <${ id }> looks generated: give the element an id that says what it is (e.g. Task_CheckDocumentsComplete)`,
        [ 'id' ]
      );
    }
  }

  return {
    check
  };
};

module.exports.isGenerated = isGenerated;
