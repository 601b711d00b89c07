'use strict';

const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { describe, it } = require('node:test');

const plugin = require('..');

describe('bpmnlint-plugin-casedesk', function() {

  const ruleFiles = fs.readdirSync(path.join(__dirname, '..', 'rules'))
    .filter(file => file.endsWith('.js'))
    .map(file => file.replace(/\.js$/, ''));

  it('exports every rule file and nothing else', function() {
    assert.deepStrictEqual(Object.keys(plugin.rules).sort(), ruleFiles.sort());
  });

  it('turns every rule on as an error in the recommended config', function() {
    assert.deepStrictEqual(
      plugin.configs.recommended.rules,
      Object.fromEntries(ruleFiles.map(rule => [ rule, 'error' ]))
    );
  });

  it('has a test and fixtures for every rule', function() {
    ruleFiles.forEach(rule => {
      assert.ok(fs.existsSync(path.join(__dirname, `${ rule }.test.js`)), `${ rule }.test.js`);

      const fixtures = fs.readdirSync(path.join(__dirname, 'fixtures', rule));

      assert.ok(fixtures.some(file => file.startsWith('valid')), `${ rule }: a valid fixture`);
      assert.ok(fixtures.some(file => file.startsWith('invalid')), `${ rule }: an invalid fixture`);
    });
  });
});
