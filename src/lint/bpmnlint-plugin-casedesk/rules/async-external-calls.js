'use strict';

const { is, attr, text, isTrue, extensionElements, body, camundaProperties } = require('../lib/helper');

const modelNames = require('../lib/model-names');

/**
 * The beans whose delegates call the exchange's ledger (back office) or a blockchain
 * node come from the code: a delegate annotated @ExternalCall (io.casedesk.platform)
 * is listed in target/lint/model-names.json as "externalCallBeans" (lib/model-names).
 * A service task with camunda:delegateExpression="${<bean>}" for one of them calls
 * the outside world. A task can also opt in with the extension property
 * <camunda:property name="casedesk:external" value="true" />.
 */
const EXTERNAL_PROPERTY = 'casedesk:external';

/** ${bean} (white space inside the braces allowed): the bean name, else null. */
function delegateBean(expression) {
  const match = /^\$\{\s*([A-Za-z_$][\w$]*)\s*\}$/.exec(expression);

  return match ? match[1] : null;
}

/** Whether the bean's delegate calls the ledger or a chain (reads the model names on first use). */
function isExternalBean(name) {
  return modelNames.externalCallBeans.includes(name);
}

/**
 * A service task that calls the ledger or a chain must run in a job of its own
 * (camunda:asyncBefore="true") with a retry cycle (camunda:failedJobRetryTimeCycle):
 * a back office or node that is down then gives retries and finally an incident in
 * Cockpit, instead of rolling back the step before it (a completed user task, an
 * accepted API call).
 */
module.exports = function() {

  // read here, not when the module is required: a missing names file fails the lint run
  const externalCallBeans = modelNames.externalCallBeans;

  function callsOutside(node) {
    const expression = text(attr(node, 'camunda:delegateExpression'));
    const bean = delegateBean(expression);

    if (bean && externalCallBeans.includes(bean)) {
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

module.exports.delegateBean = delegateBean;
module.exports.isExternalBean = isExternalBean;
