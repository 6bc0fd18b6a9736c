'use strict';
// A small evaluator for the subset of the Jira expression language that Phasegate's compiler
// (io.phasegate.core.cloud.JiraExpressionCompiler) emits. It is NOT Atlassian's evaluator: it follows
// the documented syntax and types as far as docs/cloud.md describes them, and is strict where it is
// unsure (a method on the wrong type, a property of null, an unknown identifier are errors), so that
// the differential tests fail rather than pass by accident.

class JexprError extends Error {}

const PUNCT = ['=>', '==', '!=', '<=', '>=', '&&', '||', '??', '(', ')', '[', ']', '{', '}', '.', ',', ':', '?', '!', '+', '-', '*', '/', '%', '<', '>', ';', '='];

function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === "'" || c === '"') {
      let j = i + 1; let text = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\') {
          const e = src[j + 1];
          if (e === 'n') text += '\n'; else if (e === 'r') text += '\r'; else if (e === 't') text += '\t';
          else if (e === 'u') { text += String.fromCharCode(parseInt(src.substr(j + 2, 4), 16)); j += 4; }
          else if (e === "'" || e === '"' || e === '\\') text += e;
          else throw new JexprError('bad escape \\' + e);
          j += 2;
        } else { text += src[j++]; }
      }
      if (j >= src.length) throw new JexprError('unterminated string');
      tokens.push({ t: 'str', v: text }); i = j + 1; continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i));
      tokens.push({ t: 'num', v: Number(m[0]) }); i += m[0].length; continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i));
      tokens.push({ t: 'id', v: m[0] }); i += m[0].length; continue;
    }
    const p = PUNCT.find(x => src.startsWith(x, i));
    if (!p) throw new JexprError('unexpected character ' + JSON.stringify(c) + ' at ' + i);
    tokens.push({ t: 'p', v: p }); i += p.length;
  }
  tokens.push({ t: 'eof' });
  return tokens;
}

function parse(src) {
  const tk = tokenize(src);
  let pos = 0;
  const peek = (o = 0) => tk[pos + o];
  const isP = (v, o = 0) => peek(o).t === 'p' && peek(o).v === v;
  const expect = v => { if (!isP(v)) throw new JexprError('expected ' + v + ' at token ' + pos); pos++; };

  function expression() {
    if (peek().t === 'id' && isP('=>', 1)) { const p = peek().v; pos += 2; return { k: 'fn', params: [p], body: expression() }; }
    if (isP('(')) {
      let j = pos + 1; const params = [];
      while (tk[j].t === 'id' && tk[j + 1].t === 'p' && (tk[j + 1].v === ',' || tk[j + 1].v === ')')) {
        params.push(tk[j].v); if (tk[j + 1].v === ')') { j += 2; break; } j += 2;
      }
      if (params.length && tk[j - 1].v === ')' && tk[j].t === 'p' && tk[j].v === '=>') { pos = j + 1; return { k: 'fn', params, body: expression() }; }
    }
    return conditional();
  }
  function conditional() {
    let c = binary(0);
    while (isP('??')) { pos++; c = { k: 'nullish', left: c, right: binary(0) }; }
    if (isP('?')) { pos++; const a = expression(); expect(':'); const b = expression(); return { k: 'cond', c, a, b }; }
    return c;
  }
  const LEVELS = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>='], ['+', '-'], ['*', '/', '%']];
  function binary(level) {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    while (peek().t === 'p' && LEVELS[level].includes(peek().v)) { const op = tk[pos++].v; left = { k: 'bin', op, left, right: binary(level + 1) }; }
    return left;
  }
  function unary() {
    if (isP('!') || isP('-')) { const op = tk[pos++].v; return { k: 'un', op, e: unary() }; }
    if (peek().t === 'id' && peek().v === 'typeof') { pos++; return { k: 'typeof', e: unary() }; }
    return postfix(primary());
  }
  function postfix(e) {
    for (;;) {
      if (isP('.')) {
        pos++; const name = tk[pos++]; if (name.t !== 'id') throw new JexprError('expected a name after .');
        if (isP('(')) { e = { k: 'call', obj: e, name: name.v, args: args() }; } else { e = { k: 'prop', obj: e, name: name.v }; }
      } else if (isP('[')) { pos++; const i = expression(); expect(']'); e = { k: 'index', obj: e, i }; } else return e;
    }
  }
  function args() {
    expect('('); const list = [];
    while (!isP(')')) { list.push(expression()); if (!isP(')')) expect(','); }
    pos++; return list;
  }
  function primary() {
    const t = tk[pos++];
    if (t.t === 'num') return { k: 'lit', v: t.v };
    if (t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'id') {
      if (t.v === 'true') return { k: 'lit', v: true };
      if (t.v === 'false') return { k: 'lit', v: false };
      if (t.v === 'null') return { k: 'lit', v: null };
      return { k: 'var', name: t.v };
    }
    if (t.t === 'p' && t.v === '(') { const e = expression(); expect(')'); return e; }
    if (t.t === 'p' && t.v === '[') {
      const items = []; while (!isP(']')) { items.push(expression()); if (!isP(']')) expect(','); }
      pos++; return { k: 'list', items };
    }
    if (t.t === 'p' && t.v === '{') {
      const entries = [];
      while (!isP('}')) { const key = tk[pos++]; if (key.t !== 'id') throw new JexprError('expected a key'); expect(':'); entries.push([key.v, expression()]); if (!isP('}')) expect(','); }
      pos++; return { k: 'obj', entries };
    }
    throw new JexprError('unexpected token ' + JSON.stringify(t));
  }
  // <program>: local variables first, as the grammar page documents ("let"? name = expression;),
  // then the body, optionally followed by ";". Each name is declared once and seen by what follows.
  function program() {
    const lets = [];
    for (;;) {
      const keyword = peek().t === 'id' && peek().v === 'let' ? 1 : 0;
      if (!(peek(keyword).t === 'id' && isP('=', keyword + 1))) break;
      const name = peek(keyword).v; pos += keyword + 2;
      if (['let', 'issue', 'true', 'false', 'null', 'typeof'].includes(name) || lets.some(l => l.name === name)) throw new JexprError('cannot declare ' + name);
      lets.push({ name, value: expression() }); expect(';');
    }
    const body = expression();
    if (isP(';')) pos++;
    return lets.length ? { k: 'let', lets, body } : body;
  }
  const ast = program();
  if (peek().t !== 'eof') throw new JexprError('trailing tokens at ' + pos);
  return ast;
}

function typeName(v) {
  if (v === null || v === undefined) return 'Null';
  if (typeof v === 'number') return 'Number';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) return 'List';
  if (typeof v === 'function') return 'Function';
  return v.__type || 'Map';
}

function need(v, type, what) { if (typeName(v) !== type) throw new JexprError(what + ' needs ' + type + ', found ' + typeName(v)); return v; }

function evaluate(src, context) {
  const stats = { expensive: 0, steps: 0 };
  const ast = parse(src);
  const ev = (n, env) => {
    stats.steps++;
    switch (n.k) {
      case 'lit': return n.v;
      case 'var': if (!(n.name in env)) throw new JexprError('unknown identifier ' + n.name); return env[n.name];
      case 'list': return n.items.map(i => ev(i, env));
      case 'obj': { const o = {}; for (const [k, e] of n.entries) o[k] = ev(e, env); return o; }
      case 'fn': return (...a) => { const inner = Object.create(env); n.params.forEach((p, i) => { inner[p] = a[i]; }); return ev(n.body, inner); };
      case 'let': { const scope = Object.create(env); for (const l of n.lets) scope[l.name] = ev(l.value, scope); return ev(n.body, scope); }
      case 'nullish': { const v = ev(n.left, env); return v === null || v === undefined ? ev(n.right, env) : v; }
      case 'cond': return need(ev(n.c, env), 'Boolean', '?:') ? ev(n.a, env) : ev(n.b, env);
      case 'typeof': return typeName(ev(n.e, env));
      case 'un': { const v = ev(n.e, env); return n.op === '!' ? !need(v, 'Boolean', '!') : -need(v, 'Number', '-'); }
      case 'bin': return binaryOp(n, env);
      case 'prop': return property(ev(n.obj, env), n.name);
      case 'index': { const o = ev(n.obj, env); const i = need(ev(n.i, env), 'Number', '[]'); need(o, 'List', '[]'); if (i < 0 || i >= o.length) throw new JexprError('index out of range'); return o[i]; }
      case 'call': return call(ev(n.obj, env), n.name, n.args.map(a => ev(a, env)));
    }
    throw new JexprError('unknown node ' + n.k);
  };
  const binaryOp = (n, env) => {
    if (n.op === '&&') return need(ev(n.left, env), 'Boolean', '&&') && need(ev(n.right, env), 'Boolean', '&&');
    if (n.op === '||') return need(ev(n.left, env), 'Boolean', '||') || need(ev(n.right, env), 'Boolean', '||');
    const a = ev(n.left, env); const b = ev(n.right, env);
    switch (n.op) {
      case '==': return a === b || (a == null && b == null);
      case '!=': return !(a === b || (a == null && b == null));
      case '+':
        if (typeof a === 'string' || typeof b === 'string') {
          if (![a, b].every(x => typeof x === 'string' || typeof x === 'number')) throw new JexprError('cannot concatenate ' + typeName(a) + ' and ' + typeName(b));
          return String(a) + String(b);
        }
        return need(a, 'Number', '+') + need(b, 'Number', '+');
      default: {
        need(a, 'Number', n.op); need(b, 'Number', n.op);
        return { '-': a - b, '*': a * b, '/': a / b, '%': a % b, '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b }[n.op];
      }
    }
  };
  const property = (o, name) => {
    if (o === null || o === undefined) throw new JexprError('Type null does not have any properties (' + name + ')');
    if (Array.isArray(o) || typeof o === 'string') { if (name === 'length') return o.length; throw new JexprError(typeName(o) + ' has no property ' + name); }
    if (typeof o !== 'object') throw new JexprError(typeName(o) + ' has no property ' + name);
    if (o.__type === 'Issue' && /^customfield_/.test(name)) {
      stats.expensive++;
      if (!(name in o)) throw new JexprError('no field ' + name);
    }
    if (!(name in o)) {
      if (o.__type) throw new JexprError(o.__type + ' has no property ' + name);
      return null; // a key missing from a JSON object (Map)
    }
    return o[name];
  };
  const call = (o, name, a) => {
    if (Array.isArray(o)) {
      const fn = x => { if (typeof x !== 'function') throw new JexprError(name + ' needs a function'); return x; };
      switch (name) {
        case 'filter': return o.filter(x => need(fn(a[0])(x), 'Boolean', 'filter'));
        case 'map': return o.map(x => fn(a[0])(x));
        case 'some': return o.some(x => need(fn(a[0])(x), 'Boolean', 'some'));
        case 'every': return o.every(x => need(fn(a[0])(x), 'Boolean', 'every'));
        case 'includes': return o.some(x => x === a[0]);
        case 'indexOf': return o.indexOf(a[0]);
        case 'join': return o.map(x => { if (typeof x !== 'string' && typeof x !== 'number') throw new JexprError('join of ' + typeName(x)); return String(x); }).join(need(a[0], 'String', 'join'));
        case 'reduce': return o.reduce((acc, x) => fn(a[0])(acc, x), a[1]);
        case 'concat': return o.concat(need(a[0], 'List', 'concat'));
        case 'slice': return o.slice(need(a[0], 'Number', 'slice'), a.length > 1 ? need(a[1], 'Number', 'slice') : undefined);
      }
    } else if (typeof o === 'string') {
      switch (name) {
        case 'trim': return o.trim();
        case 'toLowerCase': return o.toLowerCase();
        case 'toUpperCase': return o.toUpperCase();
        case 'split': return o.split(need(a[0], 'String', 'split'));
        case 'includes': return o.includes(need(a[0], 'String', 'includes'));
        case 'startsWith': return o.startsWith(need(a[0], 'String', 'startsWith'));
      }
    }
    throw new JexprError(typeName(o) + ' has no method ' + name);
  };
  const value = ev(ast, { issue: context.issue });
  return { value, stats };
}

module.exports = { evaluate, parse, typeName, JexprError };
