'use strict';
// Reads [{"expression": "...", "context": {"issue": {...}}}, ...] as JSON on stdin and writes one
// line per case: "T" for true, "S" + base64(UTF-8) for a String, "E" + base64 for an evaluation
// error, "O" + base64(JSON) for any other value (Jira treats an error, and any value other than
// true or a String, as a failed validation).
const { evaluate } = require('./jexpr');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const b64 = text => Buffer.from(text, 'utf8').toString('base64');
  const lines = JSON.parse(input).map(c => {
    try {
      const { value } = evaluate(c.expression, c.context);
      if (value === true) return 'T';
      return typeof value === 'string' ? 'S' + b64(value) : 'O' + b64(JSON.stringify(value));
    } catch (e) {
      return 'E' + b64(String((e && e.message) || e));
    }
  });
  process.stdout.write(lines.join('\n') + '\n');
});
