// The configuration page's check: the gate JSON is refused exactly when the phasegate CLI's parser
// (Java, GateConfigParser) refuses it, with the same messages (see gate-check.mjs). What the
// transition checks is still the expression compiled into manifest.yml (see cloud/README.md). The
// page's own words are in messages.mjs; the problem texts are the Java parser's (gate-config-schema.mjs).
import { checkGate } from './gate-check.mjs';
import { text as message } from './messages.mjs';

/** {gate, errors, notes} for the text: gate is the parsed object, or null when the JSON cannot be saved. */
export function hints(text, deployedJson) {
  const result = checkGate(text);
  if (result.syntaxError !== null) {
    return { gate: null, errors: [message('phasegate.cloud.hint.notJson', result.syntaxError)], notes: [] };
  }
  const errors = result.problems.map(problem => problem.text);
  // Only a gate the Java parser accepts is parsed here: its numbers are small whole numbers, and it
  // has no repeated keys or keys JSON.parse would reorder, so JSON.parse reads the same gate.
  const gate = errors.length ? null : JSON.parse(text);
  const notes = [];
  if (gate !== null && deployedJson !== undefined && !sameGate(gate, deployedJson)) {
    notes.push(message('phasegate.cloud.hint.notDeployed'));
  }
  return { gate, errors, notes };
}

function sameGate(gate, deployedJson) {
  try {
    return JSON.stringify(gate) === JSON.stringify(JSON.parse(deployedJson));
  } catch (e) {
    return false;
  }
}
