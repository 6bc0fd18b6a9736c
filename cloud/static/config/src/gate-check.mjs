// Checks a gate configuration as the Java parser does (io.phasegate.core.gate.config: GateConfigParser,
// SettingReader, ConfigObject, JsonTypes), step by step in the same order, over the rule settings Java
// exports (gate-config-schema.mjs, generated from GateConfigSchema) and with Java's message texts.
// ForgeAppTest runs both over the same corpus and requires the same problems, texts and order.
import schema from './gate-config-schema.mjs';
import { JsonNumber, JsonSyntaxError, readJson } from './gate-json.mjs';

const FIELD_ID = new RegExp(`^(?:${schema.fieldIdPattern})$`);
const PLAIN_KEY = new RegExp(`^(?:${schema.plainKeyPattern})$`);
const KNOWN_RULES = Object.keys(schema.rules);
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
// Numbers whose plain form would need more digits than this are shown as 1E+999999999 (ConfigObject.shown).
const PLAIN_DIGITS = 40;

/**
 * {syntaxError, problems}: syntaxError is a text when the input is not JSON; problems are
 * {path, text} as the Java parser reports them (empty when the gate is valid).
 */
export function checkGate(text) {
  let tree;
  try {
    tree = readJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { syntaxError: e.message, problems: [] };
    throw e;
  }
  const problems = [];
  const root = objectOf(tree, '$', problems);
  if (root) {
    root.allowOnly(schema.gateKeys);
    root.requiredString('gate');
    root.oneOf('onMisconfiguration', schema.misconfigurationPolicies, schema.misconfigurationPolicies[0]);
    rules(root, problems);
  }
  return { syntaxError: null, problems };
}

function rules(gate, problems) {
  if (!gate.has('rules')) gate.problem('rules', 'phasegate.config.missing');
  const list = gate.list('rules');
  if (list && list.length === 0) gate.problem('rules', 'phasegate.config.no-rules');
  (list || []).forEach((entry, i) => {
    const rule = objectOf(entry, `${gate.pathOf('rules')}[${i}]`, problems);
    if (rule) readRule(rule);
  });
}

function readRule(rule) {
  const name = rule.requiredString('rule');
  if (name === undefined) return;
  if (!Object.hasOwn(schema.rules, name)) {
    rule.problem('rule', 'phasegate.config.unknown-rule', name, KNOWN_RULES.join(', '));
    return;
  }
  const kind = schema.rules[name];
  rule.allowOnly(kind.allowedKeys);
  const values = new Map();
  for (const setting of kind.settings) {
    if (applies(rule, setting, values)) values.set(setting.key, readOne(rule, setting));
  }
  const configured = key => (values.get(key) instanceof Set ? values.get(key).size > 0 : rule.has(key));
  if (kind.needsOneOf.length > 0 && !kind.needsOneOf.some(configured)) {
    rule.problemHere('phasegate.config.needs-one-of', kind.needsOneOf.join(', '));
  }
}

function applies(rule, setting, values) {
  const condition = setting.onlyWhen;
  if (!condition) return true;
  const chosen = values.get(condition.setting);
  if (chosen === undefined || chosen === condition.value) return chosen !== undefined;
  if (rule.has(setting.key)) rule.problem(setting.key, 'phasegate.config.conflict', condition.conflictWith);
  return false;
}

/** The setting's value (undefined when absent without default, or wrong). */
function readOne(rule, setting) {
  const key = setting.key;
  switch (setting.type) {
    case 'text': {
      const text = setting.required ? rule.requiredString(key) : rule.string(key);
      const value = text !== undefined ? text : setting.default;
      if (setting.needsLetterOrDigit && value !== undefined && !LETTER_OR_DIGIT.test(value)) {
        rule.problem(key, 'phasegate.config.needs-letters', value);
        return undefined;
      }
      return value;
    }
    case 'field':
      return setting.required ? rule.requiredField(key) : rule.field(key);
    case 'flag':
      return rule.flag(key, setting.default);
    case 'count':
      return rule.count(key, setting.default, setting.max);
    case 'names':
      return rule.names(key);
    case 'choice': {
      const inferred = setting.inferred;
      const fallback = inferred && rule.has(inferred.whenPresent) && !rule.has(inferred.whenAbsent)
        ? inferred.value : setting.default;
      return rule.oneOf(key, setting.choices, fallback);
    }
    default:
      throw new Error(`gate-config-schema.mjs has a setting type this page does not know: ${setting.type}`);
  }
}

function objectOf(value, path, problems) {
  if (value instanceof Map) return new ConfigObject(value, path, problems);
  add(problems, path, 'phasegate.config.expected-object', nameOf(value));
  return null;
}

/** One JSON object, read with type checks; every problem is recorded and reading goes on. */
class ConfigObject {
  constructor(values, path, problems) {
    this.values = values;
    this.path = path;
    this.problems = problems;
  }

  pathOf(key) {
    return PLAIN_KEY.test(key) ? `${this.path}.${key}` : `${this.path}['${key.replaceAll("'", "\\'")}']`;
  }

  problem(key, message, ...args) {
    add(this.problems, this.pathOf(key), message, ...args);
  }

  problemHere(message, ...args) {
    add(this.problems, this.path, message, ...args);
  }

  allowOnly(keys) {
    for (const key of this.values.keys()) {
      if (!keys.includes(key)) this.problem(key, 'phasegate.config.unknown-key', key, keys.join(', '));
    }
  }

  /** Present and not JSON null. */
  has(key) {
    return this.values.has(key) && this.values.get(key) !== null;
  }

  string(key) {
    return this.has(key) ? text(this.values.get(key), this.pathOf(key), this.problems) : undefined;
  }

  requiredString(key) {
    return this.required(key) ? this.string(key) : undefined;
  }

  field(key) {
    const id = this.string(key);
    if (id === undefined) return undefined;
    if (FIELD_ID.test(id)) return id;
    this.problem(key, 'phasegate.config.bad-field-id', id);
    return undefined;
  }

  requiredField(key) {
    return this.required(key) ? this.field(key) : undefined;
  }

  flag(key, fallback) {
    const value = this.has(key) ? this.values.get(key) : fallback;
    if (typeof value === 'boolean') return value;
    this.problem(key, 'phasegate.config.expected-boolean', nameOf(value));
    return fallback;
  }

  count(key, fallback, max) {
    if (!this.has(key)) return fallback;
    const value = this.values.get(key);
    if (!(value instanceof JsonNumber)) {
      this.problem(key, 'phasegate.config.expected-whole-number', nameOf(value));
      return fallback;
    }
    const number = decimal(value.text);
    if (!number.whole) this.problem(key, 'phasegate.config.not-whole-number', shown(number));
    else if (number.sign <= 0) this.problem(key, 'phasegate.config.too-small', shown(number), 1);
    else if (number.exceeds(max)) this.problem(key, 'phasegate.config.too-large', shown(number), max);
    else return Number(value.text);
    return fallback;
  }

  /** The non-blank strings of a list, stripped, without repeats. */
  names(key) {
    const list = this.list(key) || [];
    const names = new Set();
    list.forEach((entry, i) => {
      const name = text(entry, `${this.pathOf(key)}[${i}]`, this.problems);
      if (name !== undefined) names.add(name);
    });
    return names;
  }

  list(key) {
    if (!this.has(key)) return undefined;
    const value = this.values.get(key);
    if (Array.isArray(value)) return value;
    this.problem(key, 'phasegate.config.expected-list', nameOf(value));
    return undefined;
  }

  oneOf(key, allowed, fallback) {
    if (!this.has(key)) return fallback;
    const name = this.string(key);
    if (name !== undefined && !allowed.includes(name)) {
      this.problem(key, 'phasegate.config.unknown-value', name, allowed.join(', '));
      return undefined;
    }
    return name;
  }

  required(key) {
    if (!this.has(key)) this.problem(key, 'phasegate.config.missing');
    return this.has(key);
  }
}

function add(problems, path, message, ...args) {
  problems.push({ path, text: format(schema.messages[message], [path, ...args]) });
}

/** The Java MessageFormat patterns used here have only {n} (a String) and {n,number,#} (an integer). */
function format(pattern, args) {
  return pattern.replace(/\{(\d+)(?:,number,#)?\}/g, (_, i) => String(args[Number(i)]));
}

function nameOf(value) {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Map) return 'object';
  if (Array.isArray(value)) return 'array';
  if (value instanceof JsonNumber) return 'number';
  return typeof value;
}

/** A non-blank string stripped of what Java strips (JsonTypes.text), or undefined with a problem. */
function text(value, path, problems) {
  if (typeof value !== 'string') {
    add(problems, path, 'phasegate.config.expected-string', nameOf(value));
    return undefined;
  }
  const stripped = strip(value);
  if (stripped === '') {
    add(problems, path, 'phasegate.config.blank');
    return undefined;
  }
  return stripped;
}

function strip(value) {
  let start = 0;
  let end = value.length;
  while (start < end && schema.whitespace.includes(value[start])) start++;
  while (end > start && schema.whitespace.includes(value[end - 1])) end--;
  return value.slice(start, end);
}

/**
 * A JSON number as Java's BigDecimal of its text (Jackson reads floats as BigDecimal): unscaled
 * digits and scale, whether it is whole, its sign, and whether it exceeds a maximum.
 */
function decimal(source) {
  const [, minus, int, fraction = '', exponent = '0'] = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$/.exec(source);
  const digits = (int + fraction).replace(/^0+(?=.)/, '');
  const scale = BigInt(fraction.length) - BigInt(exponent);
  const zero = /^0+$/.test(digits);
  const significant = digits.replace(/0+$/, '');
  const strippedScale = zero ? 0n : scale - BigInt(digits.length - significant.length);
  return {
    digits,
    scale,
    sign: zero ? 0 : minus ? -1 : 1,
    whole: strippedScale <= 0n,
    // For a whole positive number: significant digits followed by -strippedScale zeros.
    exceeds: max => BigInt(significant.length) - strippedScale > BigInt(String(max).length)
      || BigInt(significant) * 10n ** -strippedScale > BigInt(max),
  };
}

/** BigDecimal.toPlainString, or toString beyond PLAIN_DIGITS digits of scale (ConfigObject.shown). */
function shown({ digits, scale, sign }) {
  const minus = sign < 0 ? '-' : '';
  const abs = scale < 0n ? -scale : scale;
  if (abs > BigInt(PLAIN_DIGITS)) return minus + scientific(digits, scale);
  const n = Number(scale);
  if (n === 0) return minus + digits;
  if (n < 0) return sign === 0 ? '0' : minus + digits + '0'.repeat(-n);
  return digits.length > n
    ? `${minus}${digits.slice(0, digits.length - n)}.${digits.slice(digits.length - n)}`
    : `${minus}0.${'0'.repeat(n - digits.length)}${digits}`;
}

/** BigDecimal.toString for a scale beyond PLAIN_DIGITS either way. */
function scientific(digits, scale) {
  const adjusted = -scale + BigInt(digits.length - 1);
  if (scale >= 0n && adjusted >= -6n) {
    // Plain after all: only possible with at least scale - 5 digits, so the text stays short.
    const n = Number(scale);
    return digits.length > n
      ? `${digits.slice(0, digits.length - n)}.${digits.slice(digits.length - n)}`
      : `0.${'0'.repeat(n - digits.length)}${digits}`;
  }
  const coefficient = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return adjusted === 0n ? coefficient : `${coefficient}E${adjusted > 0n ? '+' : ''}${adjusted}`;
}
