// A strict JSON reader for gate configurations, reading what the phasegate CLI's Jackson reader reads
// (ExpressionCommand: duplicate keys refused, nothing after the value) and keeping what JSON.parse
// loses: objects are Maps in the order written (JSON.parse puts keys such as "2" first), and numbers
// are JsonNumber with their text, so 2.50 and 12345678901234567890 are reported as written.

/** A JSON number as written, such as "2.50" or "1e3". */
export class JsonNumber {
  constructor(text) {
    this.text = text;
  }
}

/** Not JSON; the message says where. */
export class JsonSyntaxError extends Error {}

// Jackson's default limits (StreamReadConstraints): numbers of at most 1000 characters, nesting depth 1000.
const MAX_NUMBER_LENGTH = 1000;
const MAX_DEPTH = 1000;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The value of the text: Map, Array, string, JsonNumber, boolean or null. Throws JsonSyntaxError. */
export function readJson(text) {
  const reader = new Reader(text);
  reader.space();
  if (reader.at === text.length) reader.fail('no JSON value (the text is empty)');
  const value = reader.value(0);
  reader.space();
  if (reader.at !== text.length) reader.fail('unexpected text after the JSON value');
  return value;
}

class Reader {
  constructor(text) {
    this.text = text;
    this.at = 0;
  }

  fail(what) {
    const before = this.text.slice(0, this.at).split('\n');
    throw new JsonSyntaxError(`${what} at line ${before.length}, column ${before[before.length - 1].length + 1}`);
  }

  space() {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++;
  }

  value(depth) {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH}`);
    const c = this.text[this.at];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]]) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (!number) this.fail(c === undefined ? 'unexpected end of text' : `unexpected character ${JSON.stringify(c)}`);
    if (number[0].length > MAX_NUMBER_LENGTH) this.fail(`a number longer than ${MAX_NUMBER_LENGTH} characters`);
    this.at += number[0].length;
    return new JsonNumber(number[0]);
  }

  object(depth) {
    const map = new Map();
    this.at++;
    this.space();
    if (this.text[this.at] === '}') {
      this.at++;
      return map;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') this.fail('expected a key in double quotes');
      const keyAt = this.at;
      const key = this.string();
      if (map.has(key)) {
        this.at = keyAt;
        this.fail(`duplicate key ${JSON.stringify(key)}`);
      }
      this.space();
      if (this.text[this.at] !== ':') this.fail('expected ":"');
      this.at++;
      this.space();
      map.set(key, this.value(depth + 1));
      if (this.separator('}')) return map;
    }
  }

  array(depth) {
    const list = [];
    this.at++;
    this.space();
    if (this.text[this.at] === ']') {
      this.at++;
      return list;
    }
    for (;;) {
      this.space();
      list.push(this.value(depth + 1));
      if (this.separator(']')) return list;
    }
  }

  /** After an entry: true at the closing bracket, false after a comma. */
  separator(close) {
    this.space();
    const c = this.text[this.at++];
    if (c === close) return true;
    if (c !== ',') {
      this.at--;
      this.fail(`expected "," or "${close}"`);
    }
    return false;
  }

  string() {
    let out = '';
    this.at++;
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) this.fail('unterminated string');
      if (c === '"') {
        this.at++;
        return out;
      }
      if (c < ' ') this.fail('a control character in a string (write it as an escape such as \\n)');
      if (c !== '\\') {
        out += c;
        this.at++;
        continue;
      }
      const e = this.text[this.at + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
        out += String.fromCharCode(parseInt(this.text.slice(this.at + 2, this.at + 6), 16));
        this.at += 6;
      } else if (Object.hasOwn(ESCAPES, e)) {
        out += ESCAPES[e];
        this.at += 2;
      } else {
        this.fail('an invalid escape in a string');
      }
    }
  }
}
