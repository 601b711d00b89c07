'use strict';

const { is, attr, text } = require('../lib/helper');

/**
 * Every user task names the queue that works it (camunda:candidateGroups, e.g.
 * "${queue}" or "compliance") and the form it is worked in (camunda:formRef, e.g.
 * "kyc-review-${locale}", or camunda:formKey). A task without candidate groups is
 * seen by nobody in Tasklist; one without a form cannot be decided.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }

    if (!text(attr(node, 'camunda:candidateGroups'))) {
      reporter.report(
        node.id,
        'User task has no candidate groups: set camunda:candidateGroups to the queue that works it',
        [ 'candidateGroups' ]
      );
    }

    if (!text(attr(node, 'camunda:formRef')) && !text(attr(node, 'camunda:formKey'))) {
      reporter.report(
        node.id,
        'User task has no form: set camunda:formRef (a form under forms/) or camunda:formKey',
        [ 'formRef' ]
      );
    }
  }

  return {
    check
  };
};
