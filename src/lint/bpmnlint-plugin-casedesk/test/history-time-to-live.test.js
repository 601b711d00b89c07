'use strict';

const { verify } = require('./helper');

const MISSING = 'Executable process has no history time to live: set camunda:historyTimeToLive (e.g. P1825D, five years)';

verify('history-time-to-live', {
  valid: [ 'valid-iso-days', 'valid-days', 'valid-not-executable' ],
  invalid: {
    'invalid-missing': { id: 'Process_Fixture', message: MISSING, path: [ 'historyTimeToLive' ] },
    'invalid-missing-no-is-executable': { id: 'Process_Fixture', message: MISSING, path: [ 'historyTimeToLive' ] },
    'invalid-not-days': {
      id: 'Process_Fixture',
      message: 'History time to live <P10Y> is not a number of days: use e.g. 1825 or P1825D',
      path: [ 'historyTimeToLive' ]
    }
  }
});
