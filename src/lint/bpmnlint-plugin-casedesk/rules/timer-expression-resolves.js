'use strict';

const { is, body } = require('../lib/helper');

const modelNames = require('../lib/model-names');

/**
 * The names a timer expression may use, from the code (target/lint/model-names.json,
 * read by lib/model-names):
 *
 *  - the process variables a case type or the desk declares (@ProcessVariables on a
 *    case type's variables class, io.casedesk.platform);
 *  - Spring beans, as "bean.property" for each property a timer may read
 *    (@ModelSettings("bean") on a settings bean, e.g. bean "replyPolicy").
 *
 * A name "x" allows ${x} and ${x.anything}; a name "bean.p" allows ${bean.p} only.
 * A timer is evaluated when its event is reached (an event subprocess's start timer:
 * when the case starts), so a declared variable must also be set by then; the lint
 * cannot see that.
 */
function knownNames() {
  return [ ...modelNames.variables, ...modelNames.settings ];
}

const TIMER_KINDS = {
  timeDate: 'an ISO 8601 date (e.g. 2026-01-31T09:00:00Z)',
  timeDuration: 'an ISO 8601 duration (e.g. PT5M, P3D)',
  timeCycle: 'an ISO 8601 repeating interval (e.g. R3/PT1H)'
};

// JUEL keywords and literals: not names
const EL_KEYWORDS = [
  'true', 'false', 'null', 'empty', 'not', 'and', 'or', 'div', 'mod',
  'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'instanceof'
];


// --- ISO 8601 literals, in the forms the Camunda 7 engine parses ---

// PnYnMnDTnHnMnS (fraction on seconds only, as javax.xml.datatype.Duration) or PnW
const DURATION = /^P(?:\d+W|(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?)$/;

// YYYY-MM-DD, optionally Thh[:mm[:ss[.fff]]] and a zone (Z, +hh, +hh:mm, +hhmm)
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

function isDate(value) {
  const match = DATE.exec(value);

  if (!match) {
    return false;
  }

  const [ , year, month, day, hour = '0', minute = '0', second = '0' ] = match;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();

  return Number(month) >= 1 && Number(month) <= 12 &&
    Number(day) >= 1 && Number(day) <= daysInMonth &&
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59;
}

function isDuration(value) {
  return DURATION.test(value);
}

// R[n]/duration, R[n]/start/duration, R[n]/duration/end, R[n]/start/end
function isCycle(value) {
  const [ repeat, ...interval ] = value.split('/');

  if (!/^R\d*$/.test(repeat) || interval.length < 1 || interval.length > 2) {
    return false;
  }

  if (interval.length === 1) {
    return isDuration(interval[0]);
  }

  const [ first, second ] = interval;

  return (isDate(first) && (isDuration(second) || isDate(second))) ||
    (isDuration(first) && isDate(second));
}

const LITERAL_CHECKS = {
  timeDate: isDate,
  timeDuration: isDuration,
  timeCycle: isCycle
};


// --- expressions ---

/**
 * Tokenizes the inside of ${...}: names, '.', '(', '[' and braces matter; string and
 * number literals, operators and white space are skipped.
 */
function tokenize(source) {
  const tokens = [];
  let i = 0;

  while (i < source.length) {
    const c = source[i];

    if (c === '\'' || c === '"') {
      let j = i + 1;

      while (j < source.length && source[j] !== c) {
        j += source[j] === '\\' ? 2 : 1;
      }

      if (j >= source.length) {
        return { error: 'has an unterminated string' };
      }

      i = j + 1;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;

      while (j < source.length && /[\w$]/.test(source[j])) {
        j++;
      }

      tokens.push({ type: 'name', value: source.slice(i, j) });
      i = j;
    } else if (/\d/.test(c)) {
      while (i < source.length && /[\d.eE]/.test(source[i])) {
        i++;
      }
    } else if (c === '{' || c === '}') {
      return { error: 'is not a single ${...} expression' };
    } else {
      if (/\S/.test(c)) {
        tokens.push({ type: 'punct', value: c });
      }

      i++;
    }
  }

  return { tokens };
}

/**
 * The problems of an expression body "${...}": [] when it references known names only
 * (by default knownNames()).
 */
function checkExpression(value, names = knownNames()) {
  const match = /^\$\{([\s\S]*)\}$/.exec(value);

  if (!match) {
    return [ 'is not a single ${...} expression' ];
  }

  const inner = match[1];

  if (!inner.trim()) {
    return [ 'is an empty expression' ];
  }

  const { tokens, error } = tokenize(inner);

  if (error) {
    return [ error ];
  }

  const problems = [];

  tokens.forEach((token, idx) => {
    const previous = tokens[idx - 1];

    if (token.type !== 'name' || (previous && previous.value === '.')) {
      return;
    }

    const name = token.value;

    if (EL_KEYWORDS.includes(name)) {
      return;
    }

    if (names.includes(name)) {
      return;
    }

    const dot = tokens[idx + 1];
    const property = tokens[idx + 2];
    const beanProperties = names
      .filter(known => known.startsWith(name + '.'))
      .map(known => known.slice(name.length + 1));

    if (!beanProperties.length) {
      problems.push(`references <${ name }>, which is neither a process variable a case type declares nor a known bean`);
    } else if (!dot || dot.value !== '.' || !property || property.type !== 'name' || !beanProperties.includes(property.value)) {
      problems.push(`uses bean <${ name }> other than as ${ beanProperties.map(p => `${ name }.${ p }`).join(' or ') }`);
    }
  });

  return problems;
}

/**
 * Every timer's timeDate, timeDuration or timeCycle is either an ISO 8601 literal of
 * its kind or a single ${...} expression over known names (knownNames()), so a typo
 * or a variable no case type declares is found when the model is linted, not when
 * the engine fails to create the timer job.
 */
module.exports = function() {

  // read here, not when the module is required: a missing names file fails the lint run
  const names = knownNames();

  function check(node, reporter) {
    if (!is(node, 'bpmn:Event')) {
      return;
    }

    (node.eventDefinitions || []).forEach((definition, idx) => {
      if (!is(definition, 'bpmn:TimerEventDefinition')) {
        return;
      }

      const kinds = Object.keys(TIMER_KINDS).filter(kind => definition[kind]);

      if (!kinds.length) {
        reporter.report(
          node.id,
          'Timer has no timeDate, timeDuration or timeCycle',
          [ 'eventDefinitions', idx ]
        );
        return;
      }

      kinds.forEach(kind => {
        const value = body(definition[kind]);
        const path = [ 'eventDefinitions', idx, kind, 'body' ];

        if (!value) {
          reporter.report(node.id, `Timer <${ kind }> is empty`, path);
          return;
        }

        if (value.startsWith('${') || value.startsWith('#{')) {
          checkExpression(value, names).forEach(problem => {
            reporter.report(node.id, `Timer <${ kind }> expression ${ value } ${ problem }`, path);
          });
          return;
        }

        if (!LITERAL_CHECKS[kind](value)) {
          reporter.report(
            node.id,
            `Timer <${ kind }> "${ value }" is neither ${ TIMER_KINDS[kind] } nor a single \${...} expression of known names`,
            path
          );
        }
      });
    });
  }

  return {
    check
  };
};

module.exports.knownNames = knownNames;
module.exports.checkExpression = checkExpression;
module.exports.isDate = isDate;
module.exports.isDuration = isDuration;
module.exports.isCycle = isCycle;
