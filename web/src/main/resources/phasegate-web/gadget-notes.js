/*
 * Phasegate gadgets, module 4 of 8: metric values and notes in words ("15 points", "20 %",
 * "threshold-working-days:3" → the sentence of phasegate.note.threshold-working-days).
 */
(function (G) {
  'use strict';

  /** Splits "name:arg1:…:value" notes; values keep any inner colons in the middle part. */
  function parseNote(note) {
    const text = String(note);
    const first = text.indexOf(':');
    if (first < 0) return {name: text, args: []};
    const last = text.lastIndexOf(':');
    const name = text.slice(0, first);
    if (first === last) return {name, args: [text.slice(first + 1)]};
    return {name, args: [text.slice(first + 1, last), text.slice(last + 1)]};
  }

  function noteValue(metric, name) {
    if (!metric || !Array.isArray(metric.notes)) return undefined;
    for (const note of metric.notes) {
      const parsed = parseNote(note);
      if (parsed.name === name) return parsed.args.length ? parsed.args[parsed.args.length - 1] : true;
    }
    return undefined;
  }

  function describeNote(i18n, note) {
    const {name, args} = parseNote(note);
    const key = 'phasegate.note.' + name;
    if (args.length === 0 && i18n.has(key + '.flag')) return i18n.t(key + '.flag');
    if (i18n.has(key)) return i18n.t(key, ...args.map((a) => humanDuration(i18n, a)));
    return i18n.t('phasegate.note.other', String(note));
  }

  function humanDuration(i18n, value) {
    const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(value);
    if (!match) return value;
    return i18n.t('phasegate.unit.hours', i18n.number((+(match[1] || 0)) + (+(match[2] || 0)) / 60, 1));
  }

  /** A metric value in words: "15 points", "20 %", "—" for null. */
  function formatValue(i18n, metric, options) {
    if (!metric || metric.value === null || metric.value === undefined) return i18n.t('phasegate.value.none');
    const value = Number(metric.value);
    switch (metric.unit) {
      case 'ratio': return i18n.percent(value, options && options.signed);
      case 'points': return i18n.t('phasegate.unit.points', i18n.number(value, 1));
      case 'issues': return i18n.t(value === 1 ? 'phasegate.unit.issue' : 'phasegate.unit.issues', i18n.number(value, 0));
      case 'people': return i18n.t(value === 1 ? 'phasegate.unit.person' : 'phasegate.unit.people', i18n.number(value, 0));
      case 'working-days': return i18n.t('phasegate.unit.workingDays', i18n.number(value, 1));
      case 'points-per-working-day': return i18n.t('phasegate.unit.pointsPerDay', i18n.number(value, 2));
      default: return i18n.number(value) + ' ' + String(metric.unit || '');
    }
  }

  G.notes = {parseNote, noteValue, describeNote, formatValue};
})(window.PhasegateGadgets = window.PhasegateGadgets || {});
