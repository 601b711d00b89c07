'use strict';

const assert = require('node:assert');
const { describe, it } = require('node:test');

const { verify } = require('./helper');
const { delegateBean, isExternalBean } = require('../rules/async-external-calls');

const notAsync = reason => `Service task calls the ledger or a chain (${ reason }) and must be asynchronous: set camunda:asyncBefore="true"`;
const noRetry = reason => `Service task calls the ledger or a chain (${ reason }) and must have a retry cycle: add camunda:failedJobRetryTimeCycle (e.g. R3/PT1M)`;

verify('async-external-calls', {
  valid: [ 'valid' ],
  invalid: {
    'invalid-not-async': { id: 'Task_SetKycLevel', message: notAsync('${setKycLevelDelegate}'), path: [ 'asyncBefore' ] },
    'invalid-async-false': { id: 'Task_ReadLedger', message: notAsync('${readLedgerBalanceDelegate}'), path: [ 'asyncBefore' ] },
    'invalid-no-retry-cycle': { id: 'Task_CheckAddress', message: noRetry('${checkAddressOnChainDelegate}'), path: [ 'extensionElements' ] },
    'invalid-empty-retry-cycle': { id: 'Task_CheckDeposit', message: noRetry('${checkDepositOnChainDelegate}'), path: [ 'extensionElements' ] },
    'invalid-chain-bean-neither': [
      { id: 'Task_WatchChain', message: notAsync('${chainWatcherDelegate}'), path: [ 'asyncBefore' ] },
      { id: 'Task_WatchChain', message: noRetry('${chainWatcherDelegate}'), path: [ 'extensionElements' ] }
    ],
    'invalid-external-property': [
      { id: 'Task_CallsPartner', message: notAsync('casedesk:external=true'), path: [ 'asyncBefore' ] },
      { id: 'Task_CallsPartner', message: noRetry('casedesk:external=true'), path: [ 'extensionElements' ] }
    ]
  }
});

describe('async-external-calls bean list', function() {

  // the beans listed in test/fixtures/model-names.json (externalCallBeans)
  it('knows the beans the model names list as external calls', function() {
    [
      'setKycLevelDelegate',
      'readLedgerBalanceDelegate',
      'checkAddressOnChainDelegate',
      'checkDepositOnChainDelegate',
      'ledgerTransferDelegate',
      'chainWatcherDelegate'
    ].forEach(bean => assert.ok(isExternalBean(bean), bean));
  });

  it('leaves the other beans alone, also those that merely look like ledger or chain calls', function() {
    [
      'checkKycDocumentsDelegate',
      'notifyCustomerDelegate',
      'closeCaseDelegate',
      'readLedgerDelegate',
      'ledgerDelegate',
      'chainStatsDelegate',
      'setKycLevel',
      'SetKycLevelDelegate',
      ''
    ].forEach(bean => assert.ok(!isExternalBean(bean), bean));
  });

  it('takes the bean of a plain ${bean} delegate expression only', function() {
    assert.strictEqual(delegateBean('${setKycLevelDelegate}'), 'setKycLevelDelegate');
    assert.strictEqual(delegateBean('${ setKycLevelDelegate }'), 'setKycLevelDelegate');
    [
      '',
      'setKycLevelDelegate',
      '#{setKycLevelDelegate}',
      '${setKycLevelDelegate.execute(execution)}',
      '${delegates.get(\'setKycLevelDelegate\')}',
      '${setKycLevelDelegate}${readLedgerBalanceDelegate}',
      'x${setKycLevelDelegate}'
    ].forEach(expression => assert.strictEqual(delegateBean(expression), null, expression));
  });
});
