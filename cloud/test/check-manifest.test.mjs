// node --test (after npm ci): scripts/check-manifest.mjs accepts the app's manifest and refuses
// broken ones with Forge's own validator (@forge/manifest), naming what is wrong and where.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cloud = join(dirname(fileURLToPath(import.meta.url)), '..');

function check(manifest) {
  const args = [join(cloud, 'scripts/check-manifest.mjs'), ...(manifest ? [join(cloud, manifest)] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

test('the app manifest is valid', () => {
  const result = check();
  assert.equal(result.status, 0, result.err);
  assert.match(result.out, /manifest\.yml is valid/);
});

test('a bad module key and a missing name fail with Forge schema errors and their lines', () => {
  const result = check('test/fixtures/bad-schema/manifest.yml');
  assert.equal(result.status, 1);
  assert.match(result.out, /is NOT valid/);
  assert.match(result.err, /manifest\.yml:\d+:\d+: error: jira:workflowValidator must have required property 'name'/);
  assert.match(result.err, /property key 'phasegate ready\/for sprint' must match pattern/);
});

test('a resource folder that does not exist fails', () => {
  const result = check('test/fixtures/missing-resource/manifest.yml');
  assert.equal(result.status, 1);
  assert.match(result.err, /missing resource 'static\/config'/);
});

test('a manifest that does not exist fails', () => {
  const result = check('test/fixtures/nowhere/manifest.yml');
  assert.equal(result.status, 1);
  assert.match(result.err, /does not exist/);
});
