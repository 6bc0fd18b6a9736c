// The validator's create/edit/view page: shows the gate JSON, gives quick hints, and saves it as the
// validator's configuration with workflowRules.onConfigure. What the transition checks is the Jira
// expression in manifest.yml, compiled by the phasegate CLI; the saved JSON records the gate.
// The Forge bridges come in as arguments (config.js passes the real ones, test/page.test.mjs fakes).
// Every text is from messages.mjs or the Java parser's problem texts, and set as textContent.
import { hints } from './hints.mjs';
import { DOCS_URL, text } from './messages.mjs';

const EMPTY_GATE = '{\n  "gate": "",\n  "rules": []\n}';

/**
 * Fills the page in document. forge: {view, router, workflowRules} (@forge/bridge, @forge/jira-bridge);
 * deployedGates(): the gate JSON of each module key (gates.json), {} when unreadable.
 */
export async function startPage(document, forge, deployedGates) {
  const $ = id => document.getElementById(id);
  document.title = text('phasegate.cloud.page.title');
  $('intro').textContent = text('phasegate.cloud.page.loading');
  try {
    await show(document, $, forge, deployedGates);
  } catch (e) {
    $('intro').textContent = text('phasegate.cloud.page.loadFailed', e && e.message ? e.message : String(e));
  }
}

async function show(document, $, forge, deployedGates) {
  const context = await forge.view.getContext();
  const extension = context.extension || {};
  const deployed = (await deployedGates())[context.moduleKey];
  const saved = extension.validatorConfig;
  const gateText = saved || deployed || EMPTY_GATE;
  if (extension.entryPoint === 'view') {
    $('intro').textContent = text('phasegate.cloud.page.view.intro');
    $('stored').textContent = gateText;
    $('stored').hidden = false;
    return;
  }
  $('intro').textContent = text('phasegate.cloud.page.edit.intro');
  docsLink($('docs'), forge.router);
  const area = $('gate');
  area.setAttribute('aria-label', text('phasegate.cloud.page.edit.label'));
  area.value = typeof gateText === 'string' ? gateText : JSON.stringify(gateText, null, 2);
  area.hidden = false;
  const check = () => hints(area.value, deployed);
  const list = $('hints');
  area.addEventListener('input', () => showHints(document, list, check()));
  showHints(document, list, check());
  // Returning undefined keeps Jira from saving a gate with errors (workflowRules.onConfigure contract).
  await forge.workflowRules.onConfigure(() => {
    const result = check();
    showHints(document, list, result);
    return result.gate ? JSON.stringify(result.gate) : undefined;
  });
}

/** The documentation link: Forge pages open outside links through router.open (the user confirms). */
function docsLink(paragraph, router) {
  const link = paragraph.ownerDocument.createElement('a');
  link.href = DOCS_URL;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = text('phasegate.cloud.page.docs');
  link.addEventListener('click', event => {
    event.preventDefault();
    router.open(DOCS_URL).catch(() => {}); // declined by the user: nothing to do
  });
  paragraph.replaceChildren(link);
  paragraph.hidden = false;
}

function showHints(document, list, result) {
  list.replaceChildren(...[...result.errors.map(t => [t, 'error']), ...result.notes.map(t => [t, 'note'])]
    .map(([line, kind]) => Object.assign(document.createElement('li'), { textContent: line, className: kind })));
}
