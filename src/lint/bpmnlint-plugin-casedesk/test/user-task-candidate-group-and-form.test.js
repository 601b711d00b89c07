'use strict';

const { verify } = require('./helper');

const NO_GROUPS = 'User task has no candidate groups: set camunda:candidateGroups to the queue that works it';
const NO_FORM = 'User task has no form: set camunda:formRef (a form under forms/) or camunda:formKey';

verify('user-task-candidate-group-and-form', {
  valid: [ 'valid' ],
  invalid: {
    'invalid-no-candidate-groups': { id: 'Task_Review', message: NO_GROUPS, path: [ 'candidateGroups' ] },
    'invalid-blank-candidate-groups': { id: 'Task_Review', message: NO_GROUPS, path: [ 'candidateGroups' ] },
    'invalid-no-form': { id: 'Task_Review', message: NO_FORM, path: [ 'formRef' ] },
    'invalid-neither': [
      { id: 'Task_Review', message: NO_GROUPS, path: [ 'candidateGroups' ] },
      { id: 'Task_Review', message: NO_FORM, path: [ 'formRef' ] }
    ]
  }
});
