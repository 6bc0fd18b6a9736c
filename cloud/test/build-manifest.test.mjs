// node --test test/build-manifest.test.mjs  (no npm install needed): the YAML written for gates, and the UI's quick hints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { manifestYaml, moduleKey, validatorModules, yamlString, PLACEHOLDER_APP_ID } from '../scripts/manifest-yaml.mjs';
import { hints } from '../static/config/src/hints.mjs';

const hostile = 'ready"\n- key: injected\\ \u2028 \u0085 #x: y';

test('a hostile gate name stays one double-quoted scalar that reads back unchanged', () => {
  const yaml = manifestYaml(PLACEHOLDER_APP_ID, [{ slug: 'send-21', gateName: hostile, expressions: ["issue.key == 'A'"] }]);
  const nameLine = yaml.split('\n').find(l => l.startsWith('      name: '));
  assert.equal(JSON.parse(nameLine.slice('      name: '.length)), 'Phasegate: ' + hostile);
  assert.ok(!yaml.includes('\u2028') && !yaml.includes('\u0085'));
  assert.equal(yaml.split('\n').filter(l => /^    - key: /.test(l)).length, 1);
});

test('module keys only use the characters Forge allows and never repeat', () => {
  assert.equal(moduleKey('../start progress-11'), 'phasegate-start-progress-11');
  assert.equal(moduleKey(''), 'phasegate-gate');
  assert.throws(() => manifestYaml(PLACEHOLDER_APP_ID, [
    { slug: 'a b', gateName: 'x', expressions: ['true'] }, { slug: 'a-b', gateName: 'y', expressions: ['true'] }]));
});

test('yamlString escapes what YAML forbids', () => {
  assert.equal(yamlString('a\u007fb\ufeff'), '"a\\u007fb\\ufeff"');
});

test('hints refuse to save broken JSON, unknown keys and unknown rules', () => {
  assert.equal(hints('{"gate": "g", "rules": [', undefined).gate, null);
  const bad = hints('{"gate": "g", "rulez": [], "rules": [{"rule": "story-point"}]}', undefined);
  assert.equal(bad.gate, null);
  assert.equal(bad.errors.length, 2);
  const good = hints('{"gate": "g", "rules": [{"rule": "subtasks-present"}]}', '{"gate": "h", "rules": []}');
  assert.deepEqual(good.gate, { gate: 'g', rules: [{ rule: 'subtasks-present' }] });
  assert.equal(good.notes.length, 1);
});

test('a gate split over validators gets one module per part, numbered, all written', () => {
  const gate = { slug: 'rfc-3', gateName: 'RFC written', expressions: ['true', "'a'", "'b'"] };
  assert.deepEqual(validatorModules(gate).map(m => [m.key, m.name]), [
    ['phasegate-rfc-3-1', 'Phasegate: RFC written (1 of 3)'],
    ['phasegate-rfc-3-2', 'Phasegate: RFC written (2 of 3)'],
    ['phasegate-rfc-3-3', 'Phasegate: RFC written (3 of 3)']]);
  const yaml = manifestYaml(PLACEHOLDER_APP_ID, [gate]);
  assert.equal(yaml.split('\n').filter(l => /^    - key: /.test(l)).length, 3);
  assert.ok(yaml.includes('expression: "\'b\'"'));
  assert.deepEqual(validatorModules({ slug: 'one', gateName: 'g', expressions: ['true'] }).map(m => m.key), ['phasegate-one']);
});
