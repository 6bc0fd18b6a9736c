// A strict JSON reader for gate configurations, reading what the phasegate CLI's Jackson reader reads
// (ExpressionCommand: duplicate keys refused, nothing after the value) and keeping what JSON.parse
// loses: objects are Maps in the order written (JSON.parse puts keys such as "2" first), and numbers
// are JsonNumber with their text, so 2.50 and 12345678901234567890 are reported as written. The words
// of a syntax error are the page's (messages.mjs, phasegate.cloud.json.*).
import { text as message } from './messages.mjs';

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
  if (reader.at === text.length) reader.fail('empty');
  const value = reader.value(0);
  reader.space();
  if (reader.at !== text.length) reader.fail('afterValue');
  return value;
}

class Reader {
  constructor(text) {
    this.text = text;
    this.at = 0;
  }

  /** Throws the syntax error phasegate.cloud.json.<what> at the current place. */
  fail(what, ...args) {
    const before = this.text.slice(0, this.at).split('\n');
    throw new JsonSyntaxError(message('phasegate.cloud.json.at', message(`phasegate.cloud.json.${what}`, ...args),
      before.length, before[before.length - 1].length + 1));
  }

  space() {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++;
  }

  value(depth) {
    if (depth > MAX_DEPTH) this.fail('tooDeep', MAX_DEPTH);
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
    if (!number && c === undefined) this.fail('endOfText');
    if (!number) this.fail('character', JSON.stringify(c));
    if (number[0].length > MAX_NUMBER_LENGTH) this.fail('longNumber', MAX_NUMBER_LENGTH);
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
      if (this.text[this.at] !== '"') this.fail('expectedKey');
      const keyAt = this.at;
      const key = this.string();
      if (map.has(key)) {
        this.at = keyAt;
        this.fail('duplicateKey', JSON.stringify(key));
      }
      this.space();
      if (this.text[this.at] !== ':') this.fail('expectedColon');
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
      this.fail('expectedCommaOr', close);
    }
    return false;
  }

  string() {
    let out = '';
    this.at++;
    for (;;) {
      const c = this.text[this.at];
      if (c === undefined) this.fail('unterminated');
      if (c === '"') {
        this.at++;
        return out;
      }
      if (c < ' ') this.fail('controlCharacter');
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
        this.fail('badEscape');
      }
    }
  }
}
