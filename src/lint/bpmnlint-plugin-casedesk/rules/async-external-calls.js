'use strict';

const { is, attr, text, isTrue, extensionElements, body, camundaProperties } = require('../lib/helper');

/**
 * Beans whose delegates call the exchange's ledger (back office) or a blockchain node.
 * Each entry is the start of a bean name before "Delegate" (a regular expression
 * fragment): a service task with camunda:delegateExpression="${<entry>...Delegate}"
 * calls the outside world. Add the bean here when a delegate starts calling the ledger
 * or a chain. A task can also opt in with the extension property
 * <camunda:property name="casedesk:external" value="true" />.
 */
const EXTERNAL_CALL_BEANS = [
  'setKycLevel',
  'readLedger',
  'checkTransactionOnChain',
  'checkDepositOnChain',
  'checkAddressOnChain',
  'creditDeposit',
  'ledger\\w*',
  'chain\\w*'
];

const EXTERNAL_CALL_EXPRESSION = new RegExp('\\$\\{(' + EXTERNAL_CALL_BEANS.join('|') + ')\\w*Delegate\\}');

const EXTERNAL_PROPERTY = 'casedesk:external';

/**
 * A service task that calls the ledger or a chain must run in a job of its own
 * (camunda:asyncBefore="true") with a retry cycle (camunda:failedJobRetryTimeCycle):
 * a back office or node that is down then gives retries and finally an incident in
 * Cockpit, instead of rolling back the step before it (a completed user task, an
 * accepted API call).
 */
module.exports = function() {

  function callsOutside(node) {
    const expression = text(attr(node, 'camunda:delegateExpression'));

    if (EXTERNAL_CALL_EXPRESSION.test(expression)) {
      return expression;
    }

    if (camundaProperties(node).some(({ name, value }) => name === EXTERNAL_PROPERTY && value === 'true')) {
      return `${ EXTERNAL_PROPERTY }=true`;
    }

    return null;
  }

  function check(node, reporter) {
    if (!is(node, 'bpmn:ServiceTask')) {
      return;
    }

    const reason = callsOutside(node);

    if (!reason) {
      return;
    }

    if (!isTrue(attr(node, 'camunda:asyncBefore'))) {
      reporter.report(
        node.id,
        `Service task calls the ledger or a chain (${ reason }) and must be asynchronous: set camunda:asyncBefore="true"`,
        [ 'asyncBefore' ]
      );
    }

    const retries = extensionElements(node, 'camunda:FailedJobRetryTimeCycle');

    if (!retries.some(retry => body(retry))) {
      reporter.report(
        node.id,
        `Service task calls the ledger or a chain (${ reason }) and must have a retry cycle: add camunda:failedJobRetryTimeCycle (e.g. R3/PT1M)`,
        [ 'extensionElements' ]
      );
    }
  }

  return {
    check
  };
};

module.exports.EXTERNAL_CALL_BEANS = EXTERNAL_CALL_BEANS;
module.exports.EXTERNAL_CALL_EXPRESSION = EXTERNAL_CALL_EXPRESSION;
