// node --test test/page.test.mjs: the validator's configuration page (static/config/index.html with
// src/page.mjs) as an administrator sees it, in a DOM (happy-dom), with Forge's bridges replaced by
// fakes that record what the page asks of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { startPage } from '../static/config/src/page.mjs';
import { DOCS_URL, messages } from '../static/config/src/messages.mjs';

const CONFIG = new URL('../static/config/', import.meta.url);
const HTML = readFileSync(new URL('index.html', CONFIG), 'utf8');
const DEPLOYED = '{"gate":"Ready","rules":[{"rule":"subtasks-present","min":2}]}';

/** Opens the page for a context; returns the document, what the bridges saw, and the save callback. */
async function open(extension, { deployed = { 'phasegate-ready': DEPLOYED }, context } = {}) {
  const window = new Window({ url: 'https://site.example/config/' });
  const document = new window.DOMParser().parseFromString(HTML, 'text/html');
  const seen = { opened: [], save: null };
  const forge = {
    view: { getContext: context || (async () => ({ moduleKey: 'phasegate-ready', extension })) },
    router: { open: async url => { seen.opened.push(url); } },
    workflowRules: { onConfigure: async callback => { seen.save = callback; } },
  };
  await startPage(document, forge, async () => deployed);
  return { document, window, seen, $: id => document.getElementById(id) };
}

const hintsOf = page => [...page.$('hints').children].map(li => [li.className, li.textContent]);

test('the edit page shows the deployed gate, its texts and a link to the public documentation', async () => {
  const page = await open({ entryPoint: 'create' });
  assert.equal(page.document.title, 'Phasegate gate');
  assert.equal(page.$('intro').textContent, messages['phasegate.cloud.page.edit.intro']);
  assert.doesNotMatch(page.$('intro').textContent, /docs\/|README|\.md\b/);
  assert.equal(page.$('gate').hidden, false);
  assert.equal(page.$('gate').value, DEPLOYED);
  assert.equal(page.$('gate').getAttribute('aria-label'), 'Gate configuration (JSON)');
  assert.deepEqual(hintsOf(page), []);
  const link = page.$('docs').querySelector('a');
  assert.equal(page.$('docs').hidden, false);
  assert.equal(link.getAttribute('href'), DOCS_URL);
  assert.match(link.textContent, /Phasegate documentation/);
  link.click();
  assert.deepEqual(page.seen.opened, [DOCS_URL], 'opened through Forge router.open');
});

test('typing shows the Java parser\'s problems at once, and Jira gets nothing to save while there are any', async () => {
  const page = await open({ entryPoint: 'edit', validatorConfig: DEPLOYED });
  const area = page.$('gate');
  area.value = '{"gate": "Ready", "rules": [{"rule": "subtasks-present", "min": 0}]}';
  area.dispatchEvent(new page.window.Event('input'));
  assert.deepEqual(hintsOf(page), [['error', '$.rules[0].min: 0 is too small. The minimum is 1.']]);
  assert.equal(page.seen.save(), undefined);

  area.value = '{"gate": "Ready", "rules": [';
  area.dispatchEvent(new page.window.Event('input'));
  assert.deepEqual(hintsOf(page), [['error',
    'Not valid JSON: unexpected end of text at line 1, column 29. Check quotes, commas and brackets.']]);
  assert.equal(page.seen.save(), undefined);
});

test('a valid gate that differs from the deployed one is saved, with a note that the check is unchanged', async () => {
  const page = await open({ entryPoint: 'edit', validatorConfig: DEPLOYED });
  page.$('gate').value = '{"gate": "Ready", "rules": [{"rule": "subtasks-present", "min": 3}]}';
  assert.equal(page.seen.save(), '{"gate":"Ready","rules":[{"rule":"subtasks-present","min":3}]}');
  const [[kind, note]] = hintsOf(page);
  assert.equal(kind, 'note');
  assert.equal(note, messages['phasegate.cloud.hint.notDeployed']);
  assert.match(note, /documentation/);
  assert.doesNotMatch(note, /README|\.md\b|cloud\//);
});

test('the view page shows the saved gate as text, without an editor', async () => {
  const saved = '{"gate":"<img src=x onerror=alert(1)>","rules":[]}';
  const page = await open({ entryPoint: 'view', validatorConfig: saved });
  assert.equal(page.$('intro').textContent, 'Phasegate gate on this transition:');
  assert.equal(page.$('stored').hidden, false);
  assert.equal(page.$('stored').textContent, saved);
  assert.equal(page.$('stored').children.length, 0, 'markup in the gate stays text');
  assert.equal(page.$('gate').hidden, true);
  assert.equal(page.seen.save, null, 'the view page saves nothing');
});

test('a context that cannot be read is said in words', async () => {
  const page = await open({}, { context: async () => { throw new Error('the bridge is not ready'); } });
  assert.equal(page.$('intro').textContent, 'Could not load the gate: the bridge is not ready');
  assert.equal(page.$('gate').hidden, true);
});

test('index.html has no words of its own: every text the page shows comes from messages.mjs', () => {
  const document = new new Window().DOMParser().parseFromString(HTML, 'text/html');
  const own = [...document.querySelectorAll('title, body *:not(script):not(style)')]
    .flatMap(e => [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent.trim()))
    .filter(Boolean);
  assert.deepEqual(own, []);
  assert.deepEqual([...document.querySelectorAll('[aria-label], [title], [placeholder]')], []);
});

test('every key the page\'s scripts name has a text, and every text is used', () => {
  const sources = readdirSync(new URL('src/', CONFIG))
    .filter(f => /\.(m?js)$/.test(f) && f !== 'messages.mjs' && f !== 'gate-config-schema.mjs')
    .map(f => readFileSync(new URL(`src/${f}`, CONFIG), 'utf8'));
  const named = new Set(sources.flatMap(s => [...s.matchAll(/'(phasegate\.cloud\.[\w.]+)'/g)].map(m => m[1])));
  // gate-json.mjs names its syntax errors by the last part of the key: fail('duplicateKey', …).
  for (const s of sources) for (const m of s.matchAll(/\bfail\('(\w+)'/g)) named.add(`phasegate.cloud.json.${m[1]}`);
  named.add('phasegate.cloud.json.at');
  assert.deepEqual([...named].filter(k => !Object.hasOwn(messages, k)), [], 'named without a text');
  assert.deepEqual(Object.keys(messages).filter(k => !named.has(k)), [], 'texts no script uses');
});

test('the documentation link is the project\'s public address, as the build and docs/cloud.md give it', () => {
  const pom = readFileSync(new URL('../../pom.xml', import.meta.url), 'utf8');
  assert.equal(DOCS_URL, /<url>([^<]+)<\/url>/.exec(pom)[1]);
  assert.ok(readFileSync(new URL('../../docs/cloud.md', import.meta.url), 'utf8').includes(DOCS_URL));
});
