// Every text the configuration page shows, by key (as web/'s i18n/en.json does for the gadgets), and
// the one documentation address it links. Not here: the problem texts of a gate's settings. Those are
// the Java parser's own words, generated into gate-config-schema.mjs with the settings they describe,
// so that the page and `phasegate expression` say exactly the same (ConfigPageAgreementTest).

/**
 * The public documentation the page links: the project's address (pom.xml <url>, also the vendor
 * link Jira shows for the Data Center plugin; test/page.test.mjs keeps them equal). docs/cloud.md
 * says which of its pages an administrator needs.
 */
export const DOCS_URL = 'https://phasegate.io';

export const messages = Object.freeze({
  'phasegate.cloud.page.title': 'Phasegate gate',
  'phasegate.cloud.page.loading': 'Loading…',
  'phasegate.cloud.page.view.intro': 'Phasegate gate on this transition:',
  'phasegate.cloud.page.edit.intro': 'Gate configuration (JSON). Check it with "phasegate expression --gate" before deploying.',
  'phasegate.cloud.page.edit.label': 'Gate configuration (JSON)',
  'phasegate.cloud.page.docs': 'How to write a gate, and how to change the check on the transition: Phasegate documentation',
  'phasegate.cloud.page.loadFailed': 'Could not load the gate: {0}',
  'phasegate.cloud.hint.notJson': 'Not valid JSON: {0}. Check quotes, commas and brackets.',
  'phasegate.cloud.hint.notDeployed': 'This differs from the gate the deployed expression was compiled from. '
    + 'Saving records it here, but the transition keeps checking the deployed gate until the app is '
    + 'rebuilt and deployed again (see the Phasegate documentation linked below).',
  'phasegate.cloud.json.at': '{0} at line {1}, column {2}',
  'phasegate.cloud.json.empty': 'no JSON value (the text is empty)',
  'phasegate.cloud.json.afterValue': 'unexpected text after the JSON value',
  'phasegate.cloud.json.tooDeep': 'nesting deeper than {0}',
  'phasegate.cloud.json.endOfText': 'unexpected end of text',
  'phasegate.cloud.json.character': 'unexpected character {0}',
  'phasegate.cloud.json.longNumber': 'a number longer than {0} characters',
  'phasegate.cloud.json.expectedKey': 'expected a key in double quotes',
  'phasegate.cloud.json.duplicateKey': 'duplicate key {0}',
  'phasegate.cloud.json.expectedColon': 'expected ":"',
  'phasegate.cloud.json.expectedCommaOr': 'expected "," or "{0}"',
  'phasegate.cloud.json.unterminated': 'unterminated string',
  'phasegate.cloud.json.controlCharacter': 'a control character in a string (write it as an escape such as \\n)',
  'phasegate.cloud.json.badEscape': 'an invalid escape in a string',
});

/** The text of key with {0}, {1} … filled in. An unknown key is a programming error, not a blank. */
export function text(key, ...args) {
  if (!Object.hasOwn(messages, key)) throw new Error(`messages.mjs has no text for ${key}`);
  return messages[key].replace(/\{(\d+)\}/g, (all, i) => (Number(i) < args.length ? String(args[Number(i)]) : all));
}
