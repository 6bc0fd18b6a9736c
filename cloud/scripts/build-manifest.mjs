#!/usr/bin/env node
// Writes cloud/manifest.yml and static/config/gates.json from gates compiled by the phasegate CLI.
//
//   node scripts/build-manifest.mjs --report report.json        (phasegate migrate-gates --format json)
//   node scripts/build-manifest.mjs --gate g.json --expression g.expression.txt [--gate … --expression …]
//                                                                (phasegate expression, exit status 0;
//                                                                 one validator per line)
//
// Only gates the CLI reported as deployable are taken from a report; a --gate/--expression pair is
// taken as given (phasegate expression exits 2 for one that is not deployable: do not pair those).
// The app id already in manifest.yml (written there by "forge register") is kept.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestYaml, validatorModules, PLACEHOLDER_APP_ID } from './manifest-yaml.mjs';

const cloud = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  process.stderr.write(`build-manifest: ${message}\n`);
  process.exit(2);
}

function args(argv) {
  const parsed = { reports: [], gates: [], expressions: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) fail(`${flag} needs a value`);
    if (flag === '--report') parsed.reports.push(value);
    else if (flag === '--gate') parsed.gates.push(value);
    else if (flag === '--expression') parsed.expressions.push(value);
    else fail(`unknown option ${flag}`);
  }
  if (parsed.gates.length !== parsed.expressions.length) fail('give one --expression per --gate');
  if (parsed.reports.length + parsed.gates.length === 0) fail('give --report FILE or --gate FILE --expression FILE');
  return parsed;
}

function fromReport(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const gate of report.gates.filter(g => !g.deployable)) {
    process.stderr.write(`build-manifest: skipped ${gate.slug}: not deployable (see migration-report.md)\n`);
  }
  return report.gates.filter(g => g.deployable)
    .map(g => ({ slug: g.slug, gateName: g.gate, expressions: g.validators.map(v => v.expression), gateJson: g.gateJson }));
}

function fromPair(gateFile, expressionFile) {
  const gateJson = readFileSync(gateFile, 'utf8');
  const gateName = JSON.parse(gateJson).gate;
  const slug = basename(gateFile).replace(/\.gate\.json$|\.json$/, '');
  // One expression per line: a gate over Jira's limits is split over several validators.
  const expressions = readFileSync(expressionFile, 'utf8').split('\n').filter(line => line.trim() !== '');
  if (expressions.length === 0) throw new Error(`${expressionFile} holds no expression`);
  return { slug, gateName: String(gateName), expressions, gateJson };
}

function currentAppId(manifest) {
  if (!existsSync(manifest)) return PLACEHOLDER_APP_ID;
  const match = /^ {2}id: "?([^"\n]+)"?$/m.exec(readFileSync(manifest, 'utf8'));
  return match ? match[1] : PLACEHOLDER_APP_ID;
}

const options = args(process.argv.slice(2));
let gates;
try {
  gates = [...options.reports.flatMap(fromReport),
    ...options.gates.map((g, i) => fromPair(g, options.expressions[i]))];
} catch (e) {
  fail(e.message);
}
if (gates.length === 0) fail('no deployable gate to put into the manifest');
const manifest = join(cloud, 'manifest.yml');
writeFileSync(manifest, manifestYaml(process.env.FORGE_APP_ID || currentAppId(manifest), gates));
const deployed = Object.fromEntries(gates.flatMap(g => validatorModules(g).map(m => [m.key, g.gateJson])));
writeFileSync(join(cloud, 'static/config/gates.json'), JSON.stringify(deployed, null, 2) + '\n');
process.stdout.write(`build-manifest: ${gates.length} validator module(s) written to ${manifest}\n`);
