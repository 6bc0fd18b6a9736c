// The configuration page's entry point (bundled by npm run build:ui): the page (page.mjs) with the
// real Forge bridges and the gates this deployment was compiled from (gates.json, next to the page).
import { router, view } from '@forge/bridge';
import { workflowRules } from '@forge/jira-bridge';
import { startPage } from './page.mjs';

async function deployedGates() {
  try {
    return await (await fetch('./gates.json')).json();
  } catch (e) {
    return {};
  }
}

startPage(document, { view, router, workflowRules }, deployedGates);
