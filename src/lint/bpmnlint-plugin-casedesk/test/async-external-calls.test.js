'use strict';

const assert = require('node:assert');
const { describe, it } = require('node:test');

const { verify } = require('./helper');
const { EXTERNAL_CALL_EXPRESSION } = require('../rules/async-external-calls');

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

  it('matches the beans that call the ledger or a chain', function() {
    [
      '${setKycLevelDelegate}',
      '${readLedgerDelegate}',
      '${readLedgerBalanceDelegate}',
      '${checkTransactionOnChainDelegate}',
      '${checkDepositOnChainDelegate}',
      '${checkAddressOnChainDelegate}',
      '${ledgerDelegate}',
      '${ledgerTransferDelegate}',
      '${chainWatcherDelegate}'
    ].forEach(expression => assert.ok(EXTERNAL_CALL_EXPRESSION.test(expression), expression));
  });

  it('leaves the other beans of the KYC model alone', function() {
    [
      '${checkKycDocumentsDelegate}',
      '${checkDocumentExpiryDelegate}',
      '${checkApplicantAgeDelegate}',
      '${checkDuplicateIdentityDelegate}',
      '${screenSanctionsAndPepDelegate}',
      '${notifyCustomerDelegate}',
      '${closeCaseDelegate}',
      '${applyCustomerReplyDelegate}',
      '${markSlaAtRiskDelegate}',
      '${recordSlaBreachDelegate}',
      '${setKycLevel}'
    ].forEach(expression => assert.ok(!EXTERNAL_CALL_EXPRESSION.test(expression), expression));
  });
});
