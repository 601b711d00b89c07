'use strict';

const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, it, before, after } = require('node:test');

const { MODEL_NAMES_FIXTURE } = require('./helper');

const LOADER = path.join(__dirname, '..', 'lib', 'model-names.js');
const RULES = path.join(__dirname, '..', 'rules');

const modelNames = require(LOADER);

const HINT = /Run `mvn process-test-classes` .* or set CASEDESK_MODEL_NAMES to such a file/;

/**
 * Runs a script in a fresh node process (the loader caches what it read once) with
 * CASEDESK_MODEL_NAMES set to file.
 */
function run(script, file) {
  const env = { ...process.env, CASEDESK_MODEL_NAMES: file };

  return spawnSync(process.execPath, [ '-e', script ], { env, encoding: 'utf8' });
}

describe('model names', function() {

  let dir;

  function write(name, content) {
    const file = path.join(dir, name);

    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));

    return file;
  }

  before(function() {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casedesk-model-names-'));
  });

  after(function() {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads the file CASEDESK_MODEL_NAMES names (the fixture in the tests)', function() {
    const { variables, settings, externalCallBeans } = JSON.parse(fs.readFileSync(MODEL_NAMES_FIXTURE, 'utf8'));

    assert.strictEqual(modelNames.modelNamesFile(), MODEL_NAMES_FIXTURE);
    assert.deepStrictEqual(modelNames.variables, variables);
    assert.deepStrictEqual(modelNames.settings, settings);
    assert.deepStrictEqual(modelNames.externalCallBeans, externalCallBeans);
  });

  it('reads the names from the env-named file', function() {
    const names = {
      variables: [ 'caseNumber', 'dueAt' ],
      settings: [ 'replyPolicy.closeAfter' ],
      externalCallBeans: [ 'creditDepositDelegate' ]
    };
    const file = write('names.json', names);
    const result = run(`
      const names = require(${ JSON.stringify(LOADER) });
      console.log(JSON.stringify({ variables: names.variables, settings: names.settings, externalCallBeans: names.externalCallBeans }));
    `, file);

    assert.strictEqual(result.status, 0, result.stderr);
    assert.deepStrictEqual(JSON.parse(result.stdout), names);
  });

  it('resolves the file against the current directory: CASEDESK_MODEL_NAMES, else ../../target/lint/model-names.json', function() {
    const saved = process.env.CASEDESK_MODEL_NAMES;

    try {
      process.env.CASEDESK_MODEL_NAMES = 'names.json';
      assert.strictEqual(modelNames.modelNamesFile(), path.resolve(process.cwd(), 'names.json'));

      delete process.env.CASEDESK_MODEL_NAMES;
      assert.strictEqual(modelNames.modelNamesFile(), path.resolve(process.cwd(), '../../target/lint/model-names.json'));
    } finally {
      process.env.CASEDESK_MODEL_NAMES = saved;
    }
  });

  it('throws with the hint when the file is missing', function() {
    const missing = path.join(dir, 'missing.json');

    assert.throws(() => modelNames.readModelNames(missing), error => {
      assert.ok(error.message.includes(missing), error.message);
      assert.match(error.message, /no such file/);
      assert.match(error.message, HINT);
      return true;
    });
  });

  it('throws with the hint when the file is malformed', function() {
    const good = { variables: [], settings: [], externalCallBeans: [] };

    [
      write('not-json.json', '{ "variables": [ '),
      write('array.json', []),
      write('no-settings.json', { variables: [], externalCallBeans: [] }),
      write('not-a-list.json', { ...good, externalCallBeans: 'setKycLevelDelegate' }),
      write('not-a-name.json', { ...good, variables: [ 'caseNumber', 42 ] }),
      write('blank-name.json', { ...good, settings: [ ' ' ] })
    ].forEach(file => {
      assert.throws(() => modelNames.readModelNames(file), HINT, file);
    });
  });

  it('is read when a rule is created, not when the plug-in is required', function() {
    const missing = path.join(dir, 'missing.json');

    const required = run(`
      require(${ JSON.stringify(path.join(__dirname, '..')) });
      require(${ JSON.stringify(path.join(RULES, 'async-external-calls')) });
      require(${ JSON.stringify(path.join(RULES, 'timer-expression-resolves')) });
    `, missing);

    assert.strictEqual(required.status, 0, required.stderr);

    [ 'async-external-calls', 'timer-expression-resolves' ].forEach(rule => {
      const created = run(`require(${ JSON.stringify(path.join(RULES, rule)) })();`, missing);

      assert.notStrictEqual(created.status, 0, rule);
      assert.match(created.stderr, HINT, rule);
    });
  });
});
