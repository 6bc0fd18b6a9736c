/*
 * The standalone dashboard (phasegate serve, "/"): reads /rest/phasegate/1.0/meta, loads Chart.js
 * from the URL it names, and mounts both gadgets side by side. Preferences live in localStorage and
 * in the URL query (health.board=7&health.sprint=103&health.capacity=30&coverage.sprint=backlog …);
 * the query wins, so a link shows exactly what its sender saw.
 */
(function (global) {
  'use strict';
  const G = global.PhasegateGadgets;
  const BASE = '/rest/phasegate/1.0';
  const GADGETS = [
    {kind: 'sprint-health', prefix: 'health', element: 'pg-sprint-health', fields: ['board', 'sprint', 'capacity', 'refresh']},
    {kind: 'readiness-coverage', prefix: 'coverage', element: 'pg-readiness-coverage', fields: ['board', 'sprint', 'refresh']}
  ];
  const NAMES = {board: 'boardId', sprint: 'sprint', capacity: 'capacity', refresh: 'refreshMinutes'};

  function storageKey(kind) {
    return 'phasegate.prefs.' + kind;
  }

  function stored(kind) {
    try {
      const value = JSON.parse(global.localStorage.getItem(storageKey(kind)) || '{}');
      return value && typeof value === 'object' ? value : {};
    } catch (e) {
      return {};
    }
  }

  function fromQuery(gadget) {
    const query = new URLSearchParams(global.location.search);
    const prefs = {};
    for (const field of gadget.fields) {
      const value = query.get(gadget.prefix + '.' + field);
      if (value === null) continue;
      prefs[NAMES[field]] = field === 'sprint' ? value : value === '' ? null : Number(value);
    }
    return prefs;
  }

  function save(gadget, prefs) {
    try {
      global.localStorage.setItem(storageKey(gadget.kind), JSON.stringify(prefs));
    } catch (e) {
      // Private mode or a full quota: the URL still carries the choice.
    }
    const query = new URLSearchParams(global.location.search);
    for (const field of gadget.fields) {
      const value = prefs[NAMES[field]];
      if (value === null || value === undefined || value === '') query.delete(gadget.prefix + '.' + field);
      else query.set(gadget.prefix + '.' + field, String(value));
    }
    global.history.replaceState(null, '', global.location.pathname + '?' + query.toString());
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(src));
      document.head.appendChild(script);
    });
  }

  async function messages() {
    const response = await fetch('/web/i18n/en.json', {credentials: 'same-origin'});
    return response.json();
  }

  async function meta(i18n) {
    const response = await fetch(BASE + '/meta', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    const body = await response.json().catch(() => null);
    if (!response.ok) throw G.ui.errorFromAnswer(i18n, response.status, body);
    return body || {};
  }

  function notice(text) {
    const box = document.getElementById('pg-dashboard-notice');
    box.textContent = text;
    box.hidden = false;
  }

  async function start() {
    let i18n = new G.I18n({}, 'en');
    try {
      i18n = new G.I18n(await messages(), 'en');
    } catch (e) {
      // The gadgets report the problem themselves.
    }
    for (const node of document.querySelectorAll('[data-i18n]')) {
      if (i18n.has(node.getAttribute('data-i18n'))) node.textContent = i18n.t(node.getAttribute('data-i18n'));
    }
    document.title = i18n.t('phasegate.dashboard.title');
    try {
      const info = await meta(i18n);
      const chartJs = G.ui.sameOriginPath(info.chartJs);
      if (chartJs && !global.Chart) await loadScript(chartJs);
    } catch (e) {
      notice(i18n.t('phasegate.dashboard.metaError', e.message));
    }
    global.phasegateDashboard = {};
    for (const gadget of GADGETS) {
      const prefs = Object.assign({}, stored(gadget.kind), fromQuery(gadget));
      global.phasegateDashboard[gadget.kind] = G.mount(document.getElementById(gadget.element), {
        kind: gadget.kind, baseUrl: BASE, prefs,
        messages: Object.keys(i18n.messages).length ? i18n.messages : undefined,
        onPrefsChange: (next) => save(gadget, next)
      });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window);
