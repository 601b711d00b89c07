'use strict';

const assert = require('node:assert');
const fs = require('node:fs');
const { describe, it } = require('node:test');

const { verify, MODEL_NAMES_FIXTURE } = require('./helper');
const { knownNames, checkExpression, isDate, isDuration, isCycle } = require('../rules/timer-expression-resolves');

const path = kind => [ 'eventDefinitions', 0, kind, 'body' ];

verify('timer-expression-resolves', {
  valid: [ 'valid' ],
  invalid: {
    'invalid-unknown-variable': {
      id: 'Event_Deadline',
      message: 'Timer <timeDate> expression ${resolutionDeadline} references <resolutionDeadline>, which is neither a process variable a case type declares nor a known bean',
      path: path('timeDate')
    },
    'invalid-unknown-bean-property': {
      id: 'Event_CloseAfter',
      message: 'Timer <timeDuration> expression ${replyPolicy.closeAftr} uses bean <replyPolicy> other than as replyPolicy.reminderAfter or replyPolicy.closeAfter',
      path: path('timeDuration')
    },
    'invalid-bean-without-property': {
      id: 'Event_CloseAfter',
      message: 'Timer <timeDuration> expression ${replyPolicy} uses bean <replyPolicy> other than as replyPolicy.reminderAfter or replyPolicy.closeAfter',
      path: path('timeDuration')
    },
    'invalid-not-iso-duration': {
      id: 'Event_ThreeDays',
      message: 'Timer <timeDuration> "3 days" is neither an ISO 8601 duration (e.g. PT5M, P3D) nor a single ${...} expression of known names',
      path: path('timeDuration')
    },
    'invalid-date-as-duration': {
      id: 'Event_Fixed',
      message: 'Timer <timeDuration> "2026-01-31" is neither an ISO 8601 duration (e.g. PT5M, P3D) nor a single ${...} expression of known names',
      path: path('timeDuration')
    },
    'invalid-impossible-date': {
      id: 'Event_Fixed',
      message: 'Timer <timeDate> "2026-02-30T09:00:00Z" is neither an ISO 8601 date (e.g. 2026-01-31T09:00:00Z) nor a single ${...} expression of known names',
      path: path('timeDate')
    },
    'invalid-two-expressions': {
      id: 'Event_Due',
      message: 'Timer <timeDate> expression ${firstResponseDue}${resolutionDue} is not a single ${...} expression',
      path: path('timeDate')
    },
    'invalid-cron-cycle': {
      id: 'Event_Daily',
      message: 'Timer <timeCycle> "0 0 9 * * ?" is neither an ISO 8601 repeating interval (e.g. R3/PT1H) nor a single ${...} expression of known names',
      path: path('timeCycle')
    },
    'invalid-no-time': {
      id: 'Event_Wait',
      message: 'Timer has no timeDate, timeDuration or timeCycle',
      path: [ 'eventDefinitions', 0 ]
    }
  }
});

describe('timer-expression-resolves literals and expressions', function() {

  it('knows the variables and settings of the model names', function() {
    const { variables, settings } = JSON.parse(fs.readFileSync(MODEL_NAMES_FIXTURE, 'utf8'));

    assert.deepStrictEqual(knownNames(), [ ...variables, ...settings ]);
    [
      'caseNumber', 'caseType', 'customerUid', 'channel', 'tier', 'locale', 'subject', 'description',
      'caseDetails', 'queue', 'priority', 'escalated', 'firstResponseDue', 'firstResponseAtRisk',
      'resolutionDue', 'resolutionAtRisk', 'recheckAfter', 'replyPolicy.reminderAfter', 'replyPolicy.closeAfter'
    ].forEach(name => assert.ok(knownNames().includes(name), name));
  });

  it('checks against the names it is given', function() {
    const names = [ 'dueAt', 'slaPolicy.graceAfter' ];

    assert.deepStrictEqual(checkExpression('${dueAt}', names), []);
    assert.deepStrictEqual(checkExpression('${slaPolicy.graceAfter}', names), []);
    assert.deepStrictEqual(checkExpression('${resolutionDue}', names), [
      'references <resolutionDue>, which is neither a process variable a case type declares nor a known bean'
    ]);
    assert.deepStrictEqual(checkExpression('${slaPolicy.other}', names), [
      'uses bean <slaPolicy> other than as slaPolicy.graceAfter'
    ]);
  });

  it('accepts ISO 8601 durations', function() {
    [ 'PT5M', 'P3D', 'P7D', 'PT48H', 'P2W', 'P1Y2M3DT4H5M6S', 'PT0.5S' ].forEach(value => assert.ok(isDuration(value), value));
    [ 'P', 'PT', 'P1DT', '5M', 'P1.5D', 'P2W1D', 'pt5m', '-P1D' ].forEach(value => assert.ok(!isDuration(value), value));
  });

  it('accepts ISO 8601 dates', function() {
    [ '2026-01-31', '2026-01-31T09:00', '2026-01-31T09:00:00Z', '2026-01-31T09:00:00.123+02:00', '2024-02-29T00:00:00Z' ]
      .forEach(value => assert.ok(isDate(value), value));
    [ '2026-02-30', '2025-02-29', '2026-13-01', '2026-01-31T24:00', '31.01.2026', '2026-1-31' ]
      .forEach(value => assert.ok(!isDate(value), value));
  });

  it('accepts ISO 8601 repeating intervals', function() {
    [ 'R3/PT1H', 'R/P1D', 'R3/2026-01-31T09:00:00Z/PT1H', 'R2/PT1H/2026-01-31T09:00:00Z', 'R/2026-01-31/2026-02-01' ]
      .forEach(value => assert.ok(isCycle(value), value));
    [ 'PT1H', 'R3', 'R3/', 'R3/PT1H/PT1H', 'R3/x', '0 0 9 * * ?' ].forEach(value => assert.ok(!isCycle(value), value));
  });

  it('checks the names in an expression', function() {
    assert.deepStrictEqual(checkExpression('${resolutionDue}'), []);
    assert.deepStrictEqual(checkExpression('${not escalated and tier == \'VIP\' ? \'PT1H\' : replyPolicy.reminderAfter}'), []);
    assert.deepStrictEqual(checkExpression('${caseDetails.prop(\'level\').numberValue() > 1 ? \'P2D\' : \'P1D\'}'), []);
    assert.deepStrictEqual(checkExpression('${execution.getVariable(\'resolutionDue\')}').length, 1);
    assert.deepStrictEqual(checkExpression('${dateTime().plusDays(1)}').length, 1);
    assert.deepStrictEqual(checkExpression('${replyPolicy[\'closeAfter\']}').length, 1);
    assert.deepStrictEqual(checkExpression('${}'), [ 'is an empty expression' ]);
    assert.deepStrictEqual(checkExpression('#{resolutionDue}'), [ 'is not a single ${...} expression' ]);
    assert.deepStrictEqual(checkExpression('${resolutionDue} '), [ 'is not a single ${...} expression' ]);
  });
});
