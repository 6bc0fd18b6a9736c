/* Phasegate Readiness Coverage gadget: GET /boards/{id}/coverage (docs/rest/contract.md). Needs phasegate-gadget.js and its modules. */
(function (G) {
  'use strict';
  const {el, drillDown, howCalculated, hiddenNotice, section, chart, lozenge, noteValue, formatValue,
    issueSearchUrl} = G.ui;

  const COVERED = '#00875A';
  const MISSING = '#DFE1E6';
  const RINGS = [['M35', 'story-points'], ['M36', 'acceptance-criteria'], ['M37', 'functional-tests']];

  function subtitle(ctx) {
    const {i18n, data} = ctx;
    const scope = data.scope || {};
    const name = scope.kind === 'backlog' ? i18n.t('phasegate.config.sprint.backlog') : scope.sprintName || '';
    return [el('span', {'data-role': 'board-name', text: (data.board || {}).name || ''}), ' · ',
      el('span', {'data-role': 'sprint-name', text: name}), ' ',
      lozenge(i18n.t('phasegate.coverage.issueCount', Number(scope.issueCount || 0)), 'default'),
      data.gate && data.gate.gate ? el('span', {class: 'pg-muted', 'data-role': 'gate',
        text: ' ' + i18n.t('phasegate.coverage.gate', data.gate.gate)}) : null];
  }

  function ring(ctx, id) {
    const {i18n} = ctx;
    const metric = ctx.metrics[id];
    if (!metric) return null;
    const value = metric.value === null ? null : Number(metric.value);
    const measured = noteValue(metric, 'measured');
    const config = {type: 'doughnut', data: {labels: [i18n.t('phasegate.coverage.covered'),
      i18n.t('phasegate.coverage.missing')], datasets: [{data: value === null ? [0, 1] : [value, 1 - value],
      backgroundColor: [COVERED, MISSING], borderWidth: 0}]},
    options: {cutout: '72%', plugins: {legend: {display: false}, tooltip: {callbacks: {
      label: (item) => item.label + ': ' + i18n.percent(item.raw)}}}}};
    return el('div', {class: 'pg-ring', 'data-metric': id},
      el('div', {class: 'pg-ring__chart'}, chart(ctx, 'ring-' + id, config, i18n.t('phasegate.metric.' + id + '.label')),
        el('span', {class: 'pg-ring__value', 'data-role': 'value', text: formatValue(i18n, metric)})),
      el('div', {class: 'pg-tile__label', text: i18n.t('phasegate.metric.' + id + '.label')}),
      measured !== undefined ? el('div', {class: 'pg-tile__sub', text: i18n.t('phasegate.coverage.measured', measured)})
        : null,
      drillDown(ctx, metric.issues, 'phasegate.drill.missing'),
      howCalculated(ctx, id, metric));
  }

  function barsConfig(ctx, ids) {
    const {i18n, metrics: m} = ctx;
    const values = ids.map((id) => (m[id].value === null ? 0 : Number(m[id].value)));
    return {type: 'bar', data: {labels: ids.map((id) => i18n.t('phasegate.metric.' + id + '.label')),
      datasets: [{label: i18n.t('phasegate.coverage.covered'), data: values, backgroundColor: COVERED},
        {label: i18n.t('phasegate.coverage.missing'), data: values.map((v) => 1 - v), backgroundColor: MISSING}]},
    options: {indexAxis: 'y', scales: {x: {stacked: true, min: 0, max: 1, ticks: {callback: (v) => i18n.percent(v)}},
      y: {stacked: true}}, plugins: {legend: {display: false}, tooltip: {callbacks: {
      label: (item) => item.dataset.label + ': ' + i18n.percent(item.raw)}}}}};
  }

  function compliance(ctx) {
    const {i18n, metrics: m} = ctx;
    const ids = ['M39', 'M41'].filter((id) => m[id]);
    if (ids.length === 0) return null;
    return section('phasegate.section.compliance', i18n,
      chart(ctx, 'bars', barsConfig(ctx, ids), i18n.t('phasegate.section.compliance')),
      el('div', {class: 'pg-tiles'}, ids.map((id) => {
        const basis = noteValue(m[id], 'basis');
        const weighted = noteValue(m[id], 'points-weighted');
        const basisName = basis && i18n.has('phasegate.rule.' + basis) ? i18n.t('phasegate.rule.' + basis) : basis;
        const sub = basis ? i18n.t('phasegate.coverage.basis', basisName)
          : weighted && weighted !== 'none' ? i18n.t('phasegate.coverage.weighted', i18n.percent(Number(weighted)))
            : null;
        return el('div', {class: 'pg-tile', 'data-metric': id},
          el('div', {class: 'pg-tile__label', text: i18n.t('phasegate.metric.' + id + '.label')}),
          el('div', {class: 'pg-tile__value', 'data-role': 'value', text: formatValue(i18n, m[id])}),
          sub ? el('div', {class: 'pg-tile__sub', text: sub}) : null,
          drillDown(ctx, m[id].issues, 'phasegate.drill.missing'),
          howCalculated(ctx, id, m[id]));
      })));
  }

  function offenders(ctx) {
    const {i18n, data} = ctx;
    const list = Array.isArray(data.offenders) ? data.offenders : [];
    if (list.length === 0) {
      return section('phasegate.section.offenders', i18n, el('p', {class: 'pg-notice pg-notice--success',
        'data-role': 'no-offenders', text: i18n.t('phasegate.coverage.noOffenders')}));
    }
    const keyCell = (key) => {
      const url = issueSearchUrl(data.jiraBaseUrl, [key]);
      return url ? el('a', {href: url, target: '_blank', rel: 'noopener noreferrer', class: 'pg-issue-key', text: key})
        : el('span', {class: 'pg-issue-key', text: key});
    };
    return section('phasegate.section.offenders', i18n,
      el('div', {'data-role': 'offenders-drill'}, drillDown(ctx, list.map((o) => String(o.key)),
        'phasegate.drill.offenders')),
      el('table', {class: 'pg-table pg-offenders', 'data-role': 'offenders'},
        el('thead', {}, el('tr', {}, el('th', {text: i18n.t('phasegate.offenders.key')}),
          el('th', {text: i18n.t('phasegate.offenders.summary')}), el('th', {text: i18n.t('phasegate.offenders.missing')}))),
        el('tbody', {}, list.map((o) => el('tr', {'data-key': String(o.key)},
          el('td', {}, keyCell(String(o.key))),
          el('td', {class: 'pg-offenders__summary', text: o.summary === null || o.summary === undefined ? ''
            : String(o.summary)}),
          el('td', {}, el('ul', {class: 'pg-missing'}, (Array.isArray(o.missing) ? o.missing : []).map((miss) =>
            el('li', {}, lozenge(i18n.has('phasegate.rule.' + miss.rule) ? i18n.t('phasegate.rule.' + miss.rule)
              : String(miss.rule), 'removed'), ' ', el('span', {text: String(miss.message || '')}))))))))));
  }

  function render(ctx) {
    return [hiddenNotice(ctx),
      section('phasegate.section.readiness', ctx.i18n, el('div', {class: 'pg-rings'}, RINGS.map(([id]) => ring(ctx, id)))),
      compliance(ctx), offenders(ctx)];
  }

  G.define('readiness-coverage', {
    defaults: {sprint: 'active', refreshMinutes: 0},
    capacity: false,
    backlog: true,
    path: (prefs) => '/boards/' + encodeURIComponent(prefs.boardId) + '/coverage?sprint=' + encodeURIComponent(prefs.sprint),
    metrics: (data) => data.metrics || {},
    subtitle,
    isEmpty: (ctx) => !ctx.data.scope || Number(ctx.data.scope.issueCount || 0) === 0,
    emptyText: (ctx) => ctx.i18n.t('phasegate.readiness-coverage.empty'),
    render
  });
})(window.PhasegateGadgets);
