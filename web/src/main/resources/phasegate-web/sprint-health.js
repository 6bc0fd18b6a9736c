/* Phasegate Sprint Health gadget: GET /boards/{id}/health (docs/rest/contract.md). Needs phasegate-gadget.js and its modules. */
(function (G) {
  'use strict';
  const {el, metricTile, drillDown, howCalculated, hiddenNotice, warningsList, section, chart, lozenge,
    noteValue, parseNote} = G.ui;

  const COLOURS = {scope: '#6B778C', done: '#0052CC', pace: '#FF991F', projection: '#00875A'};

  function count(metric) {
    const value = noteValue(metric, 'count');
    return value === undefined ? undefined : value;
  }

  function subtitle(ctx) {
    const {i18n, data} = ctx;
    const sprint = data.sprint || {};
    const board = data.board || {};
    const dates = sprint.startDate ? i18n.t('phasegate.sprint.dates', i18n.date(sprint.startDate),
      i18n.date(sprint.completeDate || sprint.endDate)) : '';
    return [el('span', {'data-role': 'board-name', text: board.name || ''}), ' · ',
      el('span', {'data-role': 'sprint-name', text: sprint.name || ''}), ' ',
      sprint.state ? lozenge(i18n.t('phasegate.sprint.state.' + sprint.state), sprint.state === 'active'
        ? 'current' : 'default') : null,
      dates ? el('span', {class: 'pg-muted', text: ' ' + dates}) : null];
  }

  function isEmpty(ctx) {
    const m = ctx.metrics;
    if (!ctx.data.sprint || !m.M1) return true;
    return count(m.M1) === '0' && count(m.M2) === '0' && count(m.M5) === '0';
  }

  function countSub(ctx, metric) {
    const n = count(metric);
    return n === undefined ? null : ctx.i18n.t(n === '1' ? 'phasegate.count.issue' : 'phasegate.count.issues', n);
  }

  function commitment(ctx) {
    const {i18n, metrics: m} = ctx;
    const sayDo = noteValue(m.M10, 'count');
    return el('div', {class: 'pg-tiles pg-tiles--headline'},
      metricTile(ctx, 'M1', 'phasegate.metric.M1.label', {sub: countSub(ctx, m.M1)}),
      metricTile(ctx, 'M9', 'phasegate.metric.M9.label', {sub: countSub(ctx, m.M9)}),
      metricTile(ctx, 'M10', 'phasegate.metric.M10.label', {sub: sayDo && sayDo.includes('/')
        ? i18n.t('phasegate.metric.M10.sub', ...sayDo.split('/')) : null}));
  }

  function term(ctx, id, symbol, op) {
    const {i18n} = ctx;
    const metric = ctx.metrics[id];
    const value = metric && metric.value !== null ? Number(metric.value) : null;
    return el('div', {class: 'pg-term', 'data-term': symbol},
      op ? el('span', {class: 'pg-term__op', 'aria-hidden': 'true', text: op}) : null,
      el('div', {class: 'pg-term__box'},
        el('span', {class: 'pg-term__symbol', text: symbol}),
        el('span', {class: 'pg-term__value', 'data-role': 'value',
          text: value === null ? i18n.t('phasegate.value.none') : i18n.number(Math.abs(value), 1)}),
        el('span', {class: 'pg-term__label', text: i18n.t('phasegate.metric.' + id + '.label')}),
        drillDown(ctx, metric && metric.issues)));
  }

  /** F = C + A − R + Δ, each term with its drill-down; Δ's sign decides its operator. */
  function breakdown(ctx) {
    const {i18n, metrics: m} = ctx;
    const v = (id) => (m[id] && m[id].value !== null ? Number(m[id].value) : null);
    const delta = v('M4');
    const deltaOp = delta !== null && delta < 0 ? '−' : '+';
    const text = [v('M5'), '=', v('M1'), '+', v('M2'), '−', v('M3'), deltaOp, delta === null ? null
      : Math.abs(delta)].map((x) => (typeof x === 'number' ? i18n.number(x, 1) : x === null
      ? i18n.t('phasegate.value.none') : x)).join(' ');
    const sum = [v('M1'), v('M2'), v('M3'), delta];
    const holds = sum.every((x) => x !== null) && v('M5') !== null
      && Math.abs(sum[0] + sum[1] - sum[2] + sum[3] - v('M5')) < 0.005;
    const inc = noteValue(m.M4, 'increase');
    const dec = noteValue(m.M4, 'decrease');
    return el('div', {class: 'pg-breakdown', 'data-role': 'breakdown'},
      el('p', {class: 'pg-breakdown__legend', text: i18n.t('phasegate.breakdown.legend')}),
      el('div', {class: 'pg-equation', 'aria-label': text},
        term(ctx, 'M5', 'F'), term(ctx, 'M1', 'C', '='), term(ctx, 'M2', 'A', '+'), term(ctx, 'M3', 'R', '−'),
        term(ctx, 'M4', 'Δ', deltaOp)),
      el('p', {class: 'pg-equation__text', 'data-role': 'equation', text: text}),
      inc !== undefined && dec !== undefined ? el('p', {class: 'pg-muted',
        text: i18n.t('phasegate.breakdown.delta', i18n.number(Math.abs(Number(inc)), 1), i18n.number(Math.abs(Number(dec)), 1))})
        : null,
      holds ? null : el('p', {class: 'pg-notice pg-notice--warning', text: i18n.t('phasegate.breakdown.mismatch')}),
      el('div', {class: 'pg-how-row'}, [['M5', 'F'], ['M1', 'C'], ['M2', 'A'], ['M3', 'R'], ['M4', 'Δ']].map(
        ([id, symbol]) => (m[id] ? howCalculated(ctx, id, m[id], symbol) : null))));
  }

  function scope(ctx) {
    return section('phasegate.section.scope', ctx.i18n,
      el('div', {class: 'pg-tiles'},
        metricTile(ctx, 'M6', 'phasegate.metric.M6.label', {signed: true}),
        metricTile(ctx, 'M6b', 'phasegate.metric.M6b.label')),
      breakdown(ctx));
  }

  function burnupConfig(ctx, burnup) {
    const {i18n} = ctx;
    const days = burnup.days || [];
    const pace = burnup.pace || [];
    const projection = burnup.projection;
    const dates = [...new Set([...days.map((d) => d.date), ...pace.map((d) => d.date),
      ...(projection && projection.date ? [projection.date] : [])])].sort();
    const at = (list, key) => dates.map((date) => {
      const hit = list.find((d) => d.date === date);
      return hit && hit[key] !== null && hit[key] !== undefined ? Number(hit[key]) : null;
    });
    const projected = dates.map(() => null);
    if (projection && days.length) {
      const last = days[days.length - 1];
      projected[dates.indexOf(last.date)] = Number(last.done);
      projected[dates.indexOf(projection.date)] = Number(projection.done);
    }
    const line = (label, data, colour, extra) => Object.assign({label, data, borderColor: colour,
      backgroundColor: colour, borderWidth: 2, pointRadius: 2, tension: 0}, extra || {});
    return {type: 'line', data: {labels: dates.map((d) => i18n.date(d)), datasets: [
      line(i18n.t('phasegate.burnup.scope'), at(days, 'scope'), COLOURS.scope, {stepped: true}),
      line(i18n.t('phasegate.burnup.done'), at(days, 'done'), COLOURS.done, {fill: false}),
      line(i18n.t('phasegate.burnup.pace'), at(pace, 'done'), COLOURS.pace, {borderDash: [6, 4], pointRadius: 0}),
      line(i18n.t('phasegate.burnup.projection'), projected, COLOURS.projection,
        {borderDash: [2, 3], spanGaps: true, pointRadius: 4, pointStyle: 'rectRot'})]},
    options: {scales: {y: {beginAtZero: true, title: {display: true, text: i18n.t('phasegate.unit.pointsAxis')}}},
      plugins: {legend: {position: 'bottom', labels: {boxWidth: 12}}}}};
  }

  function burnup(ctx) {
    const {i18n, metrics: m} = ctx;
    const data = ctx.data.sprint.burnup;
    if (!data || !Array.isArray(data.days) || data.days.length === 0) return null;
    return section('phasegate.section.burnup', i18n,
      chart(ctx, 'burnup', burnupConfig(ctx, data), i18n.t('phasegate.burnup.aria')),
      data.projection ? el('p', {class: 'pg-muted', 'data-role': 'projection', text: i18n.t(
        'phasegate.burnup.projectionText', i18n.number(Number(data.projection.done), 1),
        i18n.date(data.projection.date))}) : null,
      el('div', {class: 'pg-tiles pg-tiles--small'},
        metricTile(ctx, 'M15', 'phasegate.metric.M15.label'),
        metricTile(ctx, 'M16', 'phasegate.metric.M16.label'),
        metricTile(ctx, 'M17b', 'phasegate.metric.M17b.label')));
  }

  function risks(ctx) {
    const {i18n, metrics: m} = ctx;
    const threshold = noteValue(m.M19, 'threshold-working-days');
    const moves = noteValue(m.M20, 'backward-moves');
    return section('phasegate.section.risks', i18n, el('div', {class: 'pg-tiles'},
      metricTile(ctx, 'M18', 'phasegate.metric.M18.label', {tone: m.M18 && Number(m.M18.value) > 0 ? 'danger' : null}),
      metricTile(ctx, 'M19', 'phasegate.metric.M19.label', {sub: threshold === undefined ? null
        : i18n.t('phasegate.metric.M19.sub', threshold)}),
      metricTile(ctx, 'M20', 'phasegate.metric.M20.label', {sub: moves === undefined ? null
        : i18n.t('phasegate.metric.M20.sub', moves)})));
  }

  /** M28's planned:Category:share and delivered:Category:share notes as rows. */
  function mixRows(metric) {
    const rows = new Map();
    for (const note of (metric && metric.notes) || []) {
      const {name, args} = parseNote(note);
      if ((name !== 'planned' && name !== 'delivered') || args.length !== 2) continue;
      if (!rows.has(args[0])) rows.set(args[0], {planned: 0, delivered: 0});
      rows.get(args[0])[name] = Number(args[1]);
    }
    return rows;
  }

  function bar(i18n, share, kind) {
    return el('div', {class: 'pg-bar'},
      el('div', {class: 'pg-bar__fill pg-bar__fill--' + kind, style: {width: Math.max(0, Math.min(1, share)) * 100 + '%'}}),
      el('span', {class: 'pg-bar__text', text: i18n.percent(share)}));
  }

  function workMix(ctx) {
    const {i18n, metrics: m} = ctx;
    if (!m.M28) return null;
    const rows = mixRows(m.M28);
    const measure = noteValue(m.M28, 'measure');
    return section('phasegate.section.mix', i18n,
      el('p', {class: 'pg-muted', text: i18n.t('phasegate.mix.measure', i18n.t('phasegate.mix.measure.' + measure))}),
      el('table', {class: 'pg-table pg-mix', 'data-role': 'mix'},
        el('thead', {}, el('tr', {}, el('th', {text: i18n.t('phasegate.mix.category')}),
          el('th', {text: i18n.t('phasegate.mix.planned')}), el('th', {text: i18n.t('phasegate.mix.delivered')}))),
        el('tbody', {}, [...rows].map(([category, share]) => el('tr', {'data-category': category},
          el('th', {scope: 'row', text: category}),
          el('td', {}, bar(i18n, share.planned, 'planned')),
          el('td', {}, bar(i18n, share.delivered, 'delivered')))))),
      drillDown(ctx, m.M28.issues, 'phasegate.drill.delivered'),
      howCalculated(ctx, 'M28', m.M28));
  }

  function load(ctx) {
    const {i18n, metrics: m} = ctx;
    const metric = m.M29;
    if (!metric) return null;
    const body = [];
    if (noteValue(metric, 'no-capacity') === true || metric.value === null) {
      body.push(el('p', {class: 'pg-notice', 'data-role': 'load-no-capacity', text: i18n.t('phasegate.load.noCapacity')}));
    } else {
      const n = (name) => Number(noteValue(metric, name) || 0);
      const over = n('over');
      const under = n('under');
      const within = n('within');
      const total = Math.max(1, over + under + within);
      const over110 = i18n.percent(Number(noteValue(metric, 'over-above') || 1.1));
      const under60 = i18n.percent(Number(noteValue(metric, 'under-below') || 0.6));
      body.push(el('div', {class: 'pg-stack', 'aria-hidden': 'true'},
        [['over', over], ['within', within], ['under', under]].map(([k, v]) => v > 0
          ? el('div', {class: 'pg-stack__part pg-stack__part--' + k, style: {flexGrow: String(v / total)}}) : null)));
      body.push(el('ul', {class: 'pg-load', 'data-role': 'load'},
        el('li', {'data-load': 'over'}, lozenge(String(over), over > 0 ? 'removed' : 'default'), ' ',
          i18n.t('phasegate.load.over', over110)),
        el('li', {'data-load': 'under'}, lozenge(String(under), under > 0 ? 'moved' : 'default'), ' ',
          i18n.t('phasegate.load.under', under60)),
        el('li', {'data-load': 'within'}, lozenge(String(within), 'success'), ' ', i18n.t('phasegate.load.within'))));
      body.push(el('p', {class: 'pg-muted', 'data-role': 'load-planned', text: i18n.t('phasegate.load.planned',
        n('planned-over'), n('planned-under'))}));
      if (n('no-capacity') > 0) body.push(el('p', {class: 'pg-muted', text: i18n.t('phasegate.load.unknown', n('no-capacity'))}));
      if (noteValue(metric, 'added-intake-concentrated') === true) {
        body.push(el('p', {class: 'pg-notice pg-notice--warning', text: i18n.t('phasegate.load.intake')}));
      }
      body.push(drillDown(ctx, metric.issues, 'phasegate.drill.atRisk'));
    }
    body.push(el('p', {class: 'pg-muted pg-small', text: i18n.t('phasegate.load.ethics')}));
    body.push(howCalculated(ctx, 'M29', metric));
    return section('phasegate.section.load', i18n, ...body);
  }

  function predictability(ctx) {
    const {i18n, metrics: m} = ctx;
    const sprints = noteValue(m.M9b, 'sprints');
    const band = noteValue(m.M13, 'band');
    return section('phasegate.section.predictability', i18n, el('div', {class: 'pg-tiles'},
      metricTile(ctx, 'M9b', 'phasegate.metric.M9b.label', {sub: sprints === undefined ? null
        : i18n.t('phasegate.metric.M9b.sub', sprints)}),
      metricTile(ctx, 'M13', 'phasegate.metric.M13.label', {sub: band ? i18n.t('phasegate.band.' + band) : null}),
      metricTile(ctx, 'M13b', 'phasegate.metric.M13b.label')));
  }

  function render(ctx) {
    return [hiddenNotice(ctx), commitment(ctx), scope(ctx), burnup(ctx), risks(ctx), workMix(ctx), load(ctx),
      predictability(ctx), warningsList(ctx, ctx.data.sprint.warnings)];
  }

  G.define('sprint-health', {
    defaults: {sprint: 'active', capacity: null, refreshMinutes: 0},
    capacity: true,
    backlog: false,
    path(prefs) {
      let path = '/boards/' + encodeURIComponent(prefs.boardId) + '/health?sprint=' + encodeURIComponent(prefs.sprint);
      if (prefs.capacity !== null && prefs.capacity !== undefined && prefs.capacity !== '') {
        path += '&capacity=' + encodeURIComponent(prefs.capacity);
      }
      return path;
    },
    metrics: (data) => (data.sprint && data.sprint.metrics) || {},
    subtitle,
    isEmpty,
    emptyText: (ctx) => ctx.i18n.t('phasegate.sprint-health.empty', (ctx.data.sprint || {}).name || ''),
    render
  });
})(window.PhasegateGadgets);
