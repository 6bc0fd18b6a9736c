#!/usr/bin/env node
// Validates a Forge manifest with Forge's own validator, @forge/manifest (npm ci first): the JSON
// schema of every module plus Forge's checks of resources, permissions and module keys.
// Runs offline: the package carries the schema; no Forge login or network is needed.
//
//   node scripts/check-manifest.mjs              cloud/manifest.yml
//   node scripts/check-manifest.mjs DIR/manifest.yml
//
// Exit status: 0 valid, 1 not valid (every error on standard error, with line and column).
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import forgeManifest from '@forge/manifest';

const cloud = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(process.argv[2] ?? join(cloud, 'manifest.yml'));
if (!existsSync(file)) {
  process.stderr.write(`check-manifest: ${file} does not exist\n`);
  process.exit(1);
}
// Resource paths in a manifest are relative to its directory, as for "forge deploy".
process.chdir(dirname(file));
const result = await forgeManifest.validate(false, file);
for (const error of result.errors || []) {
  process.stderr.write(`${file}:${error.line ?? '?'}:${error.column ?? '?'}: ${error.level}: ${error.message}\n`);
}
process.stdout.write(result.success ? `${file} is valid\n` : `${file} is NOT valid\n`);
process.exit(result.success ? 0 : 1);
