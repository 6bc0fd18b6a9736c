#!/usr/bin/env node
// Validates cloud/manifest.yml against the schema shipped in @forge/manifest (npm install first).
// Runs offline: the package carries the schema; no Forge login or network is needed.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import forgeManifest from '@forge/manifest';

process.chdir(join(dirname(fileURLToPath(import.meta.url)), '..'));
const result = await forgeManifest.validate(false);
for (const error of result.errors || []) {
  process.stderr.write(`manifest.yml:${error.line ?? '?'}:${error.column ?? '?'}: ${error.level}: ${error.message}\n`);
}
process.stdout.write(result.success ? 'manifest.yml is valid\n' : 'manifest.yml is NOT valid\n');
process.exit(result.success ? 0 : 1);
