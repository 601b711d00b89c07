'use strict';

const assert = require('node:assert');
const { describe, it } = require('node:test');

const { verify } = require('./helper');
const { isGenerated } = require('../rules/meaningful-ids');

const generated = id => ({
  id,
  message: `Id <${ id }> looks generated: give the element an id that says what it is (e.g. Task_CheckDocumentsComplete)`,
  path: [ 'id' ]
});

verify('meaningful-ids', {
  valid: [ 'valid' ],
  invalid: {
    'invalid-random-suffix': [
      generated('Event_1xyz'),
      generated('Flow_0abc123'),
      generated('Activity_0x7f3k2'),
      generated('Gateway_1abcxyz')
    ],
    'invalid-numbered': [
      generated('Process_1'),
      generated('StartEvent_1'),
      generated('Task_1')
    ],
    'invalid-root-elements': [
      generated('Message_0abc123'),
      generated('Error_1'),
      generated('Signal_0r9s8t7')
    ]
  }
});

describe('meaningful-ids patterns', function() {

  it('flags ids Camunda Modeler generates', function() {
    [
      'Activity_0x7f3k2', 'Activity_0x7f3k', 'Gateway_1abcxyz', 'Flow_0abc123', 'Event_1xyz', 'StartEvent_1',
      'Task_1', 'Process_1', 'SequenceFlow_0h21x7r', 'ExclusiveGateway_12', 'Flow_DocumentsComplete_2'
    ].forEach(id => assert.ok(isGenerated(id), id));
  });

  it('leaves meaningful ids alone', function() {
    [
      'kyc-verification', 'Task_CheckDocumentsComplete', 'Gateway_JoinCheckDocuments', 'Flow_DocumentsComplete_Yes',
      'Flow_CaseOpened_To_CheckDocuments', 'Event_KycApproved', 'Message_CustomerReply', 'SubProcess_ResolutionAtRisk',
      'Gateway_Level2', 'Task_CheckProofOfAddress', 'Flow_Decision_RequestInfo', 'Event_2faReset'
    ].forEach(id => assert.ok(!isGenerated(id), id));
  });
});
