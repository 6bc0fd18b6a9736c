// The configuration page's check: the gate JSON is refused exactly when the phasegate CLI's parser
// (Java, GateConfigParser) refuses it, with the same messages (see gate-check.mjs). What the
// transition checks is still the expression compiled into manifest.yml (see cloud/README.md).
import { checkGate } from './gate-check.mjs';

/** {gate, errors, notes} for the text: gate is the parsed object, or null when the JSON cannot be saved. */
export function hints(text, deployedJson) {
  const result = checkGate(text);
  if (result.syntaxError !== null) {
    return { gate: null, errors: [`Not valid JSON: ${result.syntaxError}. Check quotes, commas and brackets.`], notes: [] };
  }
  const errors = result.problems.map(problem => problem.text);
  // Only a gate the Java parser accepts is parsed here: its numbers are small whole numbers, and it
  // has no repeated keys or keys JSON.parse would reorder, so JSON.parse reads the same gate.
  const gate = errors.length ? null : JSON.parse(text);
  const notes = [];
  if (gate !== null && deployedJson !== undefined && !sameGate(gate, deployedJson)) {
    notes.push('This differs from the gate the deployed expression was compiled from. Saving records it here, '
      + 'but the transition keeps checking the deployed gate until the app is rebuilt (see cloud/README.md).');
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
