// node --test test/gate-check.test.mjs: the configuration page's check of rule settings. The full
// agreement with the Java parser is proven by ConfigPageAgreementTest (standalone, mvn verify); these
// cases pin what an administrator sees when only the Node tests run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkGate } from '../static/config/src/gate-check.mjs';
import { JsonNumber, readJson } from '../static/config/src/gate-json.mjs';
import { hints } from '../static/config/src/hints.mjs';

const texts = json => checkGate(json).problems.map(p => p.text);
const gate = (...rules) => JSON.stringify({ gate: 'g', rules });

test('each bad setting is named with its rule, its key and what is allowed', () => {
  assert.deepEqual(texts(gate(
    { rule: 'story-points', policy: 'every-sub-task' },
    { rule: 'linked-issue', minimum: 1, min: 0 },
    { rule: 'acceptance-criteria', field: 'customfield_1', minItems: 1001 },
    { rule: 'test-coverage', ignoreStatuses: ['Obsolete'] },
    { rule: 'acceptance-criteria', source: 'description', field: 'customfield_1', heading: '---' },
    { rule: 'field-present', field: 'Story Points', label: ' ' })), [
    '$.rules[0].field: this setting is required.',
    '$.rules[0].policy: unknown value "every-sub-task". Allowed values: issue, every-subtask, sum-of-subtasks',
    '$.rules[1].minimum: unknown setting "minimum". Allowed settings: rule, linkTypes, issueTypes, min',
    '$.rules[1].min: 0 is too small. The minimum is 1.',
    '$.rules[2].minItems: 1001 is too large. The maximum is 1000.',
    '$.rules[3]: configure at least one of linkTypes, testIssueTypes, field.',
    '$.rules[4].field: cannot be combined with "source": "description".',
    '$.rules[4].heading: "---" has no letters or digits. Write the heading as it appears in the description, such as Acceptance Criteria.',
    '$.rules[5].field: "Story Points" is not a Jira field id. Use a system field id such as description or a custom field id such as customfield_10016.',
    '$.rules[5].label: must not be empty.']);
});

test('numbers are judged and shown as written, as Java reads them', () => {
  const min = value => texts(`{"gate": "g", "rules": [{"rule": "subtasks-present", "min": ${value}}]}`);
  assert.deepEqual(min('2.50'), ['$.rules[0].min: 2.50 is not a whole number.']);
  assert.deepEqual(min('-0.0'), ['$.rules[0].min: 0.0 is too small. The minimum is 1.']);
  assert.deepEqual(min('12345678901234567890'), ['$.rules[0].min: 12345678901234567890 is too large. The maximum is 1000.']);
  assert.deepEqual(min('1e999999999'), ['$.rules[0].min: 1E+999999999 is too large. The maximum is 1000.']);
  assert.deepEqual(min('"2"'), ['$.rules[0].min: expected a whole number, found string.']);
  assert.deepEqual(min('1E+3'), []);
  assert.deepEqual(min('2.0'), []);
});

test('strings are stripped as Java strips them: a non-breaking space is text', () => {
  assert.deepEqual(texts('{"gate": "\\u2003", "rules": [{"rule": " subtasks-present "}]}'), ['$.gate: must not be empty.']);
  assert.deepEqual(texts('{"gate": "\\u00a0", "rules": [{"rule": "subtasks-present"}]}'), []);
});

test('odd keys are quoted in the path and never reach object prototypes', () => {
  assert.deepEqual(texts(gate({ rule: '__proto__' })), [
    '$.rules[0].rule: unknown rule "__proto__". Known rules: story-points, acceptance-criteria, test-coverage, field-present, linked-issue, subtasks-present']);
  assert.deepEqual(texts('{"gate": "g", "rules": [{"rule": "subtasks-present", "o\'k": 1, "2": 2}]}'), [
    '$.rules[0][\'o\\\'k\']: unknown setting "o\'k". Allowed settings: rule, min, ignoreStatuses',
    '$.rules[0][\'2\']: unknown setting "2". Allowed settings: rule, min, ignoreStatuses']);
});

test('the reader refuses repeated keys and trailing text, with the place', () => {
  assert.match(checkGate('{"gate": "g",\n "gate": "h"}').syntaxError, /duplicate key "gate" at line 2, column 2/);
  assert.match(checkGate('{"gate": "g"} x').syntaxError, /after the JSON value at line 1, column 15/);
  assert.match(checkGate('').syntaxError, /empty/);
  assert.deepEqual([...readJson('{"b": 1, "2": 2}').keys()], ['b', '2']);
  assert.deepEqual(readJson('[1.50]')[0], new JsonNumber('1.50'));
});

test('the page saves only a gate without problems', () => {
  const bad = hints(gate({ rule: 'acceptance-criteria', minItems: 0 }), undefined);
  assert.equal(bad.gate, null);
  assert.deepEqual(bad.errors, ['$.rules[0].field: this setting is required.', '$.rules[0].minItems: 0 is too small. The minimum is 1.']);
  assert.match(hints('{"gate": ', undefined).errors[0], /^Not valid JSON: unexpected end of text at line 1, column 10/);
  assert.deepEqual(hints(gate({ rule: 'subtasks-present', min: 2 }), undefined).gate, { gate: 'g', rules: [{ rule: 'subtasks-present', min: 2 }] });
});
