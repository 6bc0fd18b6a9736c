/*
 * Phasegate gadgets, module 5 of 8: the building blocks both gadgets draw with — tiles, drill-downs
 * into Jira, "How is this calculated?", lozenges, sections, notices and Chart.js charts.
 */
(function (G) {
  'use strict';
  const {el, safeUrl} = G.dom;
  const {describeNote, formatValue} = G.notes;

  /** The Jira issue-search URL for keys, or null when Jira's address is unknown or not http(s). */
  function issueSearchUrl(jiraBaseUrl, keys) {
    const base = safeUrl(jiraBaseUrl || '');
    if (!base || !keys || keys.length === 0) return null;
    return base.replace(/\/+$/, '') + '/issues/?jql=' + encodeURIComponent('key in (' + keys.join(',') + ')');
  }

  /** A drill-down: a link into Jira issue search, or the keys as plain text when there is no link. */
  function drillDown(ctx, keys, labelKey) {
    if (!Array.isArray(keys) || keys.length === 0) return null;
    const key = labelKey || 'phasegate.drill.issues';
    const label = ctx.i18n.t(keys.length === 1 && ctx.i18n.has(key + '.one') ? key + '.one' : key, keys.length);
    const url = issueSearchUrl(ctx.data.jiraBaseUrl, keys);
    if (url) {
      return el('a', {class: 'pg-drill', href: url, target: '_blank', rel: 'noopener noreferrer',
        'data-role': 'drill', title: keys.join(', ')}, label);
    }
    return el('span', {class: 'pg-drill pg-drill--plain', 'data-role': 'drill'},
      label + ': ', el('span', {class: 'pg-keys', text: keys.join(', ')}));
  }

  /** "How is this calculated?": the metric's words, id, formula version and inputs (notes). */
  function howCalculated(ctx, id, metric, about) {
    const i18n = ctx.i18n;
    const notes = (metric && Array.isArray(metric.notes) ? metric.notes : []).map((n) => describeNote(i18n, n));
    return el('details', {class: 'pg-how', 'data-metric': id},
      el('summary', {text: about ? i18n.t('phasegate.how.summaryFor', about) : i18n.t('phasegate.how.summary')}),
      el('p', {text: i18n.t('phasegate.metric.' + id + '.how')}),
      el('p', {class: 'pg-how__id', text: i18n.t('phasegate.how.version', id,
        metric && metric.formulaVersion !== undefined ? metric.formulaVersion : '?')}),
      notes.length ? el('ul', {class: 'pg-how__notes'}, notes.map((n) => el('li', {text: n}))) : null);
  }

  /** A tile: label, value, optional sub line, drill-down and the disclosure. */
  function metricTile(ctx, id, labelKey, options) {
    const metric = ctx.metrics[id];
    const opts = options || {};
    if (!metric) return null;
    return el('div', {class: 'pg-tile' + (opts.tone ? ' pg-tile--' + opts.tone : ''), 'data-metric': id},
      el('div', {class: 'pg-tile__label', text: ctx.i18n.t(labelKey)}),
      el('div', {class: 'pg-tile__value', 'data-role': 'value', text: formatValue(ctx.i18n, metric, opts)}),
      opts.sub ? el('div', {class: 'pg-tile__sub', text: opts.sub}) : null,
      drillDown(ctx, metric.issues, opts.drillKey),
      howCalculated(ctx, id, metric));
  }

  function lozenge(text, tone) {
    return el('span', {class: 'pg-lozenge pg-lozenge--' + (tone || 'default'), text});
  }

  function hiddenNotice(ctx) {
    const hidden = Number(ctx.data.hidden || 0);
    if (!(hidden > 0)) return null;
    return el('div', {class: 'pg-notice', 'data-role': 'hidden', role: 'note'},
      ctx.i18n.t(hidden === 1 ? 'phasegate.hidden.one' : 'phasegate.hidden.many', hidden));
  }

  function warningsList(ctx, warnings) {
    if (!Array.isArray(warnings) || warnings.length === 0) return null;
    return el('details', {class: 'pg-warnings', 'data-role': 'warnings'},
      el('summary', {text: ctx.i18n.t('phasegate.warnings.summary', warnings.length)}),
      el('ul', {}, warnings.map((w) => el('li', {text: String(w)}))));
  }

  function section(titleKey, i18n, ...children) {
    return el('section', {class: 'pg-section'}, el('h3', {class: 'pg-section__title', text: i18n.t(titleKey)}),
      children);
  }

  /** A Chart.js chart on a fresh canvas, or a note when Chart.js is not loaded. */
  function chart(ctx, role, config, label) {
    const Chart = ctx.Chart;
    const canvas = el('canvas', {'data-role': role, role: 'img', 'aria-label': label});
    const box = el('div', {class: 'pg-chart pg-chart--' + role}, canvas);
    if (!Chart) {
      return el('div', {class: 'pg-chart pg-chart--missing', 'data-role': role + '-missing',
        text: ctx.i18n.t('phasegate.chart.unavailable')});
    }
    ctx.afterRender.push(() => {
      config.options = Object.assign({animation: false, responsive: true, maintainAspectRatio: false},
        config.options || {});
      ctx.charts.push(new Chart(canvas, config));
    });
    return box;
  }

  G.widgets = {issueSearchUrl, drillDown, howCalculated, metricTile, lozenge, hiddenNotice, warningsList, section,
    chart};
})(window.PhasegateGadgets = window.PhasegateGadgets || {});
