'use strict';

/**
 * The names the models may use, as the Java code declares them. The build collects
 * them into target/lint/model-names.json (io.casedesk.lint.ModelNames, run by
 * `mvn process-test-classes`):
 *
 *  - variables: every process variable a case type or the desk declares
 *    (@ProcessVariables on a variables class);
 *  - settings: "bean.property" for each property of a settings bean a timer may read
 *    (@ModelSettings("bean"));
 *  - externalCallBeans: the Spring bean names of delegates that call the ledger or a
 *    blockchain (@ExternalCall).
 *
 * A new case type (one Java package) so extends the lint without editing it.
 *
 * The file is CASEDESK_MODEL_NAMES when set (relative to the current directory),
 * else ../../target/lint/model-names.json from the current directory (src/lint, where
 * the lint runs). It is read once, on first use of a name list: requiring this module
 * never throws, so rules read the lists inside their factory.
 */
const fs = require('fs');
const path = require('path');

const ENV = 'CASEDESK_MODEL_NAMES';

const DEFAULT_FILE = '../../target/lint/model-names.json';

const KEYS = [ 'variables', 'settings', 'externalCallBeans' ];

/** The file the names are read from. */
function modelNamesFile() {
  return path.resolve(process.cwd(), process.env[ENV] || DEFAULT_FILE);
}

function fail(file, reason) {
  return new Error(
    `CaseDesk lint: cannot read the model names from ${ file } (${ reason }). ` +
    'Run `mvn process-test-classes` from the repository root, which writes target/lint/model-names.json, ' +
    `or set ${ ENV } to such a file.`
  );
}

/**
 * Reads and checks a model names file: { variables, settings, externalCallBeans },
 * each an array of strings. Throws an Error with the hint above when the file is
 * missing or malformed.
 */
function readModelNames(file) {
  let json;

  try {
    json = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw fail(file, error.code === 'ENOENT' ? 'no such file' : error.message);
  }

  let names;

  try {
    names = JSON.parse(json);
  } catch (error) {
    throw fail(file, `not JSON: ${ error.message }`);
  }

  if (!names || typeof names !== 'object' || Array.isArray(names)) {
    throw fail(file, 'not a JSON object');
  }

  KEYS.forEach(key => {
    const list = names[key];

    if (!Array.isArray(list) || !list.every(name => typeof name === 'string' && name.trim())) {
      throw fail(file, `"${ key }" is not an array of names`);
    }
  });

  return {
    variables: names.variables.map(name => name.trim()),
    settings: names.settings.map(name => name.trim()),
    externalCallBeans: names.externalCallBeans.map(name => name.trim())
  };
}

let cached = null;

/** The names from modelNamesFile(), read on the first call. */
function load() {
  if (!cached) {
    cached = readModelNames(modelNamesFile());
  }

  return cached;
}

module.exports = {
  modelNamesFile,
  readModelNames
};

// variables, settings, externalCallBeans: read on first access
KEYS.forEach(key => {
  Object.defineProperty(module.exports, key, {
    enumerable: true,
    get: () => load()[key]
  });
});
