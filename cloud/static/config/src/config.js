// The validator's create/edit/view page: shows the gate JSON, gives quick hints, and saves it as the
// validator's configuration with workflowRules.onConfigure. What the transition checks is the Jira
// expression in manifest.yml, compiled by the phasegate CLI; the saved JSON records the gate.
import { view } from '@forge/bridge';
import { workflowRules } from '@forge/jira-bridge';
import { hints } from './hints.mjs';

const $ = id => document.getElementById(id);

async function deployedGates() {
  try {
    return await (await fetch('./gates.json')).json();
  } catch (e) {
    return {};
  }
}

function show(result) {
  const list = $('hints');
  list.replaceChildren(...[...result.errors.map(t => [t, 'error']), ...result.notes.map(t => [t, 'note'])]
    .map(([text, kind]) => Object.assign(document.createElement('li'), { textContent: text, className: kind })));
}

async function main() {
  const context = await view.getContext();
  const extension = context.extension || {};
  const deployed = (await deployedGates())[context.moduleKey];
  const saved = extension.validatorConfig;
  const text = saved || deployed || '{\n  "gate": "",\n  "rules": []\n}';
  if (extension.entryPoint === 'view') {
    $('intro').textContent = 'Phasegate gate on this transition:';
    $('stored').textContent = text;
    $('stored').hidden = false;
    return;
  }
  $('intro').textContent = 'Gate configuration (JSON, see docs/gate-config.md). Check it with "phasegate expression --gate".';
  const area = $('gate');
  area.value = typeof text === 'string' ? text : JSON.stringify(text, null, 2);
  area.hidden = false;
  const check = () => hints(area.value, deployed);
  area.addEventListener('input', () => show(check()));
  show(check());
  // Returning undefined keeps Jira from saving a gate with errors (workflowRules.onConfigure contract).
  await workflowRules.onConfigure(() => {
    const result = check();
    show(result);
    return result.gate ? JSON.stringify(result.gate) : undefined;
  });
}

main().catch(e => { $('intro').textContent = 'Could not load the gate: ' + e.message; });
