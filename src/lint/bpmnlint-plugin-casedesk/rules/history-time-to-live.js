'use strict';

const { is, attr, text } = require('../lib/helper');

/**
 * The engine keeps a case's history only as long as camunda:historyTimeToLive says,
 * and compliance reads the full history of every case, also after it ended: every
 * executable process states it, in days ("1825") or as "P<days>D" ("P1825D"), the two
 * forms Camunda 7 accepts. A process without isExecutable counts as executable, as it
 * does for the engine.
 */
const HISTORY_TIME_TO_LIVE = /^(\d+|P\d+D)$/;

module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || node.isExecutable === false || text(node.isExecutable) === 'false') {
      return;
    }

    const ttl = text(attr(node, 'camunda:historyTimeToLive'));

    if (!ttl) {
      reporter.report(
        node.id,
        'Executable process has no history time to live: set camunda:historyTimeToLive (e.g. P1825D, five years)',
        [ 'historyTimeToLive' ]
      );
    } else if (!HISTORY_TIME_TO_LIVE.test(ttl)) {
      reporter.report(
        node.id,
        `History time to live <${ ttl }> is not a number of days: use e.g. 1825 or P1825D`,
        [ 'historyTimeToLive' ]
      );
    }
  }

  return {
    check
  };
};
