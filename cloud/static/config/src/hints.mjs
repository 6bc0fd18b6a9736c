// Quick hints while the admin types. Not the real check: the gate is parsed, validated and compiled
// by the phasegate CLI (Java, GateConfigParser and JiraExpressionCompiler) before it is deployed.
const GATE_KEYS = ['gate', 'onMisconfiguration', 'rules'];
const RULES = ['story-points', 'acceptance-criteria', 'test-coverage', 'field-present', 'linked-issue',
  'subtasks-present'];

/** {gate, errors, notes} for the text: gate is the parsed object, or null when the JSON cannot be saved. */
export function hints(text, deployedJson) {
  let gate;
  try {
    gate = JSON.parse(text);
  } catch (e) {
    return { gate: null, errors: [`Not valid JSON: ${e.message}`], notes: [] };
  }
  const errors = [];
  if (gate === null || typeof gate !== 'object' || Array.isArray(gate)) {
    return { gate: null, errors: ['The gate must be a JSON object: {"gate": …, "rules": […]}'], notes: [] };
  }
  Object.keys(gate).filter(k => !GATE_KEYS.includes(k))
    .forEach(k => errors.push(`Unknown key "${k}" (allowed: ${GATE_KEYS.join(', ')})`));
  if (typeof gate.gate !== 'string' || gate.gate.trim() === '') errors.push('"gate" needs a name');
  if (!Array.isArray(gate.rules) || gate.rules.length === 0) errors.push('"rules" needs at least one rule');
  (Array.isArray(gate.rules) ? gate.rules : []).forEach((rule, i) => {
    const kind = rule && rule.rule;
    if (!RULES.includes(kind)) errors.push(`rules[${i}]: "rule" must be one of ${RULES.join(', ')}`);
  });
  const notes = [];
  if (deployedJson !== undefined && !sameGate(gate, deployedJson)) {
    notes.push('This differs from the gate the deployed expression was compiled from. Saving records it here, '
      + 'but the transition keeps checking the deployed gate until the app is rebuilt (see cloud/README.md).');
  }
  return { gate: errors.length ? null : gate, errors, notes };
}

function sameGate(gate, deployedJson) {
  try {
    return JSON.stringify(gate) === JSON.stringify(JSON.parse(deployedJson));
  } catch (e) {
    return false;
  }
}
