/*
 * Phasegate gadgets — the shared core used by both gadgets, in Jira and in `phasegate serve`.
 *
 * Safety rule: data from the server only ever reaches the page through textContent, attribute
 * values and checked URLs (see el() and safeUrl()); nothing here parses HTML.
 */
(function (global) {
  'use strict';

  const SCRIPT_URL = document.currentScript ? document.currentScript.src : global.location.href;
  const kinds = {};
  const messageCache = new Map();

  /* ---------- DOM building ---------- */

  /** Creates an element. attrs: class, text, data-*, aria-*, href (checked), on* handlers as functions. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'text') node.textContent = String(value);
      else if (name === 'class') node.className = value;
      else if (name === 'href') {
        const url = safeUrl(value);
        if (url) node.setAttribute('href', url);
      } else if (name.startsWith('on') && typeof value === 'function') {
        node.addEventListener(name.slice(2), value);
      } else if (name === 'style') {
        Object.assign(node.style, value);
      } else if (/^[a-z][a-z0-9-]*$/.test(name) && !name.startsWith('on')) {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** Returns the URL when it is http(s) or a same-origin path, otherwise null (javascript:, data:, //host …). */
  function safeUrl(value) {
    if (typeof value !== 'string' || value.trim() === '') return null;
    try {
      const url = new URL(value, global.location.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      return url.href;
    } catch (e) {
      return null;
    }
  }

  /** Returns a same-origin path for a script the server names (Chart.js), or null. */
  function sameOriginPath(value) {
    if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return null;
    const url = safeUrl(value);
    return url && new URL(url).origin === global.location.origin ? url : null;
  }

  /* ---------- i18n ---------- */

  class I18n {
    constructor(messages, locale) {
      this.messages = messages || {};
      this.locale = locale || 'en';
    }

    has(key) {
      return Object.prototype.hasOwnProperty.call(this.messages, key);
    }

    /** The message for key with {0}, {1} … replaced; the key itself when missing, so gaps show. */
    t(key, ...args) {
      const text = this.has(key) ? this.messages[key] : key;
      return text.replace(/\{(\d+)\}/g, (all, i) => (args[i] === undefined ? all : String(args[i])));
    }

    number(value, digits) {
      return new Intl.NumberFormat(this.locale, {maximumFractionDigits: digits === undefined ? 2 : digits})
        .format(value);
    }

    percent(ratio, signed) {
      return new Intl.NumberFormat(this.locale, {
        style: 'percent', maximumFractionDigits: 0, signDisplay: signed ? 'exceptZero' : 'auto'
      }).format(ratio);
    }

    date(iso) {
      if (!iso) return '';
      const date = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
      if (isNaN(date)) return String(iso);
      return new Intl.DateTimeFormat(this.locale, {day: 'numeric', month: 'short', timeZone: 'UTC'}).format(date);
    }

    dateTime(iso) {
      const date = new Date(iso);
      if (!iso || isNaN(date)) return String(iso || '');
      return new Intl.DateTimeFormat(this.locale, {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'})
        .format(date) + ' UTC';
    }
  }

  async function loadMessages(url) {
    if (!messageCache.has(url)) {
      messageCache.set(url, fetch(url, {credentials: 'same-origin'}).then((r) => {
        if (!r.ok) throw new Error('i18n ' + r.status);
        return r.json();
      }));
    }
    try {
      return await messageCache.get(url);
    } catch (e) {
      messageCache.delete(url);
      throw e;
    }
  }

  /* ---------- fetch ---------- */

  /**
   * The message key for every error code of the REST contract (docs/rest/contract.md § Errors): the
   * gadget shows these words, in the user's language, instead of the server's English text. An unknown
   * code falls back to the server's message.
   */
  const ERROR_KEYS = {
    'bad-parameter': 'phasegate.error.code.badParameter',
    'sprint-not-started': 'phasegate.error.code.sprintNotStarted',
    'bad-gate': 'phasegate.error.code.badGate',
    'not-logged-in': 'phasegate.error.code.notLoggedIn',
    'forbidden': 'phasegate.error.code.forbidden',
    'origin-forbidden': 'phasegate.error.code.originForbidden',
    'board-not-found': 'phasegate.error.code.boardNotFound',
    'sprint-not-found': 'phasegate.error.code.sprintNotFound',
    'issue-not-found': 'phasegate.error.code.issueNotFound',
    'not-found': 'phasegate.error.code.notFound',
    'method-not-allowed': 'phasegate.error.code.methodNotAllowed',
    'xsrf-check-failed': 'phasegate.error.code.xsrfCheckFailed',
    'body-too-large': 'phasegate.error.code.bodyTooLarge',
    'unsupported-media-type': 'phasegate.error.code.unsupportedMediaType',
    'internal-error': 'phasegate.error.code.internalError',
    'data-unreadable': 'phasegate.error.code.dataUnreadable',
    'bad-readiness-gate': 'phasegate.error.code.badReadinessGate',
    'data-source-unavailable': 'phasegate.error.code.dataSourceUnavailable'
  };

  class GadgetError extends Error {
    /** message: what the user reads; detail: the server's own text when the message replaced it. */
    constructor(message, status, code, detail) {
      super(message);
      this.status = status;
      this.code = code;
      this.detail = detail || null;
    }
  }

  /**
   * The error answer's words: the translation of a known code ({0} = the board, when there is one),
   * else the server's message, else the status. The server's message stays available as detail.
   */
  function errorFromAnswer(i18n, status, body, boardId) {
    const error = body && typeof body === 'object' ? body.error : null;
    const code = error && typeof error.code === 'string' ? error.code : null;
    const serverText = error && typeof error.message === 'string' && error.message ? error.message : null;
    const key = code && Object.prototype.hasOwnProperty.call(ERROR_KEYS, code) ? ERROR_KEYS[code] : null;
    if (key && i18n.has(key)) {
      return new GadgetError(i18n.t(key, boardId === undefined || boardId === null ? '' : boardId), status, code,
        serverText);
    }
    return new GadgetError(serverText || i18n.t('phasegate.error.status', status), status, code);
  }

  /** GETs JSON; an error answer becomes a GadgetError in the user's words (see errorFromAnswer). */
  async function getJson(url, i18n, signal, boardId) {
    let response;
    try {
      response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}, signal});
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new GadgetError(i18n.t('phasegate.error.network'), 0, 'network');
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) throw errorFromAnswer(i18n, response.status, body, boardId);
    if (body === null || typeof body !== 'object') {
      throw new GadgetError(i18n.t('phasegate.error.notJson'), response.status, 'not-json');
    }
    return body;
  }

  /* ---------- shared widgets ---------- */

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

  /* ---------- configuration form ---------- */

  function field(labelText, control, hint) {
    return el('label', {class: 'pg-field'}, el('span', {class: 'pg-field__label', text: labelText}), control,
      hint ? el('span', {class: 'pg-field__hint', text: hint}) : null);
  }

  /** Options for the sprint choice: active, last closed, [backlog], then every sprint of the board. */
  function sprintOptions(i18n, sprints, withBacklog, selected) {
    const choices = [['active', i18n.t('phasegate.config.sprint.active')],
      ['last-closed', i18n.t('phasegate.config.sprint.lastClosed')]];
    if (withBacklog) choices.push(['backlog', i18n.t('phasegate.config.sprint.backlog')]);
    for (const sprint of sprints) {
      choices.push([String(sprint.id), i18n.t('phasegate.config.sprint.specific', sprint.name,
        i18n.t('phasegate.sprint.state.' + sprint.state))]);
    }
    return choices.map(([value, text]) => el('option', {value, text, selected: value === String(selected)}));
  }

  /* ---------- the gadget controller ---------- */

  class Gadget {
    constructor(element, options) {
      this.element = element;
      this.options = options;
      this.kind = kinds[options.kind];
      if (!this.kind) throw new Error('Unknown gadget kind: ' + options.kind);
      this.baseUrl = String(options.baseUrl || '/rest/phasegate/1.0').replace(/\/+$/, '');
      this.prefs = Object.assign({}, this.kind.defaults, options.prefs || {});
      this.charts = [];
      this.timers = options.timers || {
        setTimeout: (fn, ms) => global.setTimeout(fn, ms),
        clearTimeout: (id) => global.clearTimeout(id)
      };
      this.timer = null;
      this.refreshDue = false;
      this.controller = null;
      this.onVisibility = () => {
        if (!document.hidden && this.refreshDue) this.refresh();
      };
      document.addEventListener('visibilitychange', this.onVisibility);
      this.root = el('div', {class: 'pg-gadget pg-gadget--' + options.kind, 'data-kind': options.kind});
      clear(element).appendChild(this.root);
      this.ready = this.start();
    }

    async start() {
      try {
        const url = this.options.i18nUrl || new URL('i18n/en.json', SCRIPT_URL).href;
        const messages = this.options.messages || await loadMessages(url);
        this.i18n = new I18n(messages, this.options.locale || messages['phasegate.locale'] || 'en');
      } catch (e) {
        this.i18n = new I18n({}, 'en');
      }
      if (this.prefs.boardId === undefined || this.prefs.boardId === null || this.prefs.boardId === '') {
        return this.configure(true);
      }
      if (this.options.openSettings) return this.configure(false);
      return this.refresh();
    }

    get Chart() {
      return this.options.Chart || global.Chart || null;
    }

    url(path) {
      return this.baseUrl + path;
    }

    setState(state) {
      this.root.setAttribute('data-state', state);
      this.notify(state);
    }

    /** Tells the host (a Jira dashboard item) that what is shown changed, e.g. to resize its frame. */
    notify(state) {
      if (typeof this.options.onStateChange !== 'function') return;
      try {
        this.options.onStateChange(state);
      } catch (e) {
        // A host callback must never break the gadget.
      }
    }

    destroyCharts() {
      for (const c of this.charts) c.destroy();
      this.charts = [];
    }

    header(subtitle) {
      const i18n = this.i18n;
      return el('header', {class: 'pg-gadget__header'},
        el('div', {class: 'pg-gadget__titles'},
          el('h2', {class: 'pg-gadget__title', text: i18n.t('phasegate.' + this.options.kind + '.title')}),
          subtitle ? el('div', {class: 'pg-gadget__subtitle', 'data-role': 'subtitle'}, subtitle) : null),
        el('div', {class: 'pg-gadget__actions'},
          el('button', {type: 'button', class: 'pg-button pg-button--subtle', 'data-action': 'refresh',
            text: i18n.t('phasegate.action.refresh'), onclick: () => this.refresh()}),
          this.options.configurable === false ? null : el('button', {type: 'button',
            class: 'pg-button pg-button--subtle', 'data-action': 'configure',
            text: i18n.t('phasegate.action.configure'), onclick: () => this.configure(false)})));
    }

    show(state, subtitle, ...body) {
      this.destroyCharts();
      clear(this.root);
      append(this.root, [this.header(subtitle), el('div', {class: 'pg-gadget__body'}, body)]);
      this.setState(state);
    }

    async refresh() {
      this.refreshDue = false;
      this.clearTimer();
      if (this.controller) this.controller.abort();
      const controller = new AbortController();
      this.controller = controller;
      const i18n = this.i18n;
      this.show('loading', null, el('div', {class: 'pg-state pg-state--loading', role: 'status'},
        el('span', {class: 'pg-spinner', 'aria-hidden': 'true'}), i18n.t('phasegate.state.loading')));
      try {
        const data = await getJson(this.url(this.kind.path(this.prefs)), i18n, controller.signal,
          this.prefs.boardId);
        if (controller.signal.aborted) return;
        this.render(data);
      } catch (e) {
        if (e.name === 'AbortError' || controller.signal.aborted) return;
        this.showError(e);
      } finally {
        if (this.controller === controller) this.controller = null;
        // A superseded load (settings opened, a newer refresh) must not start the timer again.
        if (!controller.signal.aborted) this.schedule();
      }
    }

    render(data) {
      const ctx = {i18n: this.i18n, data, metrics: (this.kind.metrics(data)) || {}, prefs: this.prefs,
        Chart: this.Chart, charts: [], afterRender: []};
      if (this.kind.isEmpty(ctx)) {
        this.show('empty', this.kind.subtitle(ctx), el('div', {class: 'pg-state pg-state--empty', role: 'status'},
          this.kind.emptyText(ctx)), hiddenNotice(ctx));
        return;
      }
      this.show('ready', this.kind.subtitle(ctx), this.kind.render(ctx), el('footer', {class: 'pg-gadget__footer',
        text: this.i18n.t('phasegate.generatedAt', this.i18n.dateTime(data.generatedAt))}));
      for (const fn of ctx.afterRender) fn();
      this.charts = ctx.charts;
      if (this.charts.length) this.notify('ready');
    }

    /** The error state: the error's words, the server's own text folded away, and Try again. */
    showError(error) {
      const i18n = this.i18n;
      const known = error instanceof GadgetError;
      this.show('error', null, el('div', {class: 'pg-state pg-state--error', role: 'alert'},
        el('strong', {text: i18n.t('phasegate.state.error')}),
        el('p', {'data-role': 'error-message', text: known ? error.message : i18n.t('phasegate.error.unexpected')}),
        known && error.detail ? el('details', {class: 'pg-state__detail', 'data-role': 'error-detail'},
          el('summary', {text: i18n.t('phasegate.error.detail')}), el('p', {text: error.detail})) : null,
        el('button', {type: 'button', class: 'pg-button', 'data-action': 'retry',
          text: this.i18n.t('phasegate.action.retry'), onclick: () => this.refresh()})));
    }

    schedule() {
      const minutes = Number(this.prefs.refreshMinutes || 0);
      if (!(minutes > 0)) return;
      this.timer = this.timers.setTimeout(() => {
        if (document.hidden) this.refreshDue = true; // paused until the tab is visible again
        else this.refresh();
      }, minutes * 60000);
    }

    clearTimer() {
      if (this.timer !== null) this.timers.clearTimeout(this.timer);
      this.timer = null;
    }

    /** Shows the configuration form; first = no board chosen yet (the "set me up" state). */
    async configure(first) {
      this.clearTimer();
      if (this.controller) this.controller.abort();
      const i18n = this.i18n;
      this.show('loading', null, el('div', {class: 'pg-state pg-state--loading', role: 'status'},
        el('span', {class: 'pg-spinner', 'aria-hidden': 'true'}), i18n.t('phasegate.state.loading')));
      let boards;
      try {
        boards = (await getJson(this.url('/boards'), i18n)).boards || [];
      } catch (e) {
        this.showError(e);
        return;
      }
      if (boards.length === 0) {
        this.show('empty', null, el('div', {class: 'pg-state pg-state--empty', role: 'status',
          text: i18n.t('phasegate.config.noBoards')}));
        return;
      }
      const form = new ConfigForm(this, boards, first);
      this.show('configuring', null, form.element);
      await form.loadSprints();
    }

    savePrefs(prefs) {
      this.prefs = Object.assign({}, this.kind.defaults, prefs);
      if (typeof this.options.onPrefsChange === 'function') this.options.onPrefsChange(Object.assign({}, this.prefs));
      return this.refresh();
    }

    cancelConfigure() {
      if (typeof this.options.onCancel === 'function') this.options.onCancel();
      else this.refresh();
    }

    destroy() {
      this.clearTimer();
      if (this.controller) this.controller.abort();
      document.removeEventListener('visibilitychange', this.onVisibility);
      this.destroyCharts();
      clear(this.element);
    }
  }

  class ConfigForm {
    constructor(gadget, boards, first) {
      const i18n = gadget.i18n;
      const prefs = gadget.prefs;
      this.gadget = gadget;
      const boardId = prefs.boardId !== undefined && prefs.boardId !== null ? String(prefs.boardId)
        : String(boards[0].id);
      this.board = el('select', {name: 'board', onchange: () => this.loadSprints()},
        boards.map((b) => el('option', {value: String(b.id), selected: String(b.id) === boardId,
          text: i18n.t('phasegate.config.boardOption', b.name, b.project || '')})));
      this.sprint = el('select', {name: 'sprint'});
      this.capacity = gadget.kind.capacity
        ? el('input', {name: 'capacity', type: 'number', min: '0', step: '0.5', inputmode: 'decimal',
          value: prefs.capacity === null || prefs.capacity === undefined ? '' : String(prefs.capacity)}) : null;
      this.refresh = el('select', {name: 'refreshMinutes'}, [0, 1, 5, 15, 30, 60].map((m) => el('option', {
        value: String(m), selected: Number(prefs.refreshMinutes || 0) === m,
        text: m === 0 ? i18n.t('phasegate.config.refresh.off') : i18n.t('phasegate.config.refresh.minutes', m)})));
      this.element = el('form', {class: 'pg-config', 'data-role': 'config', onsubmit: (e) => {
        e.preventDefault();
        this.save();
      }},
      first ? el('p', {class: 'pg-config__intro', text: i18n.t('phasegate.config.intro')}) : null,
      field(i18n.t('phasegate.config.board'), this.board),
      field(i18n.t('phasegate.config.sprint'), this.sprint),
      this.capacity ? field(i18n.t('phasegate.config.capacity'), this.capacity,
        i18n.t('phasegate.config.capacity.hint')) : null,
      field(i18n.t('phasegate.config.refresh'), this.refresh, i18n.t('phasegate.config.refresh.hint')),
      el('div', {class: 'pg-config__buttons'},
        el('button', {type: 'submit', class: 'pg-button pg-button--primary', 'data-action': 'save',
          text: i18n.t('phasegate.action.save')}),
        first ? null : el('button', {type: 'button', class: 'pg-button pg-button--subtle', 'data-action': 'cancel',
          text: i18n.t('phasegate.action.cancel'), onclick: () => gadget.cancelConfigure()})));
    }

    async loadSprints() {
      const gadget = this.gadget;
      const selected = this.sprint.value || gadget.prefs.sprint || 'active';
      let sprints = [];
      try {
        const path = '/boards/' + encodeURIComponent(this.board.value) + '/sprints';
        sprints = (await getJson(gadget.url(path), gadget.i18n)).sprints || [];
      } catch (e) {
        sprints = []; // the fixed choices (active, last closed) still work
      }
      clear(this.sprint);
      append(this.sprint, sprintOptions(gadget.i18n, sprints, gadget.kind.backlog, selected));
    }

    save() {
      const capacity = this.capacity && this.capacity.value !== '' ? Number(this.capacity.value) : null;
      const prefs = {boardId: Number(this.board.value), sprint: this.sprint.value,
        refreshMinutes: Number(this.refresh.value)};
      if (this.capacity) prefs.capacity = capacity !== null && capacity >= 0 ? capacity : null;
      return this.gadget.savePrefs(prefs);
    }
  }

  /* ---------- public API ---------- */

  const PhasegateGadgets = {
    /** Registers a gadget kind (sprint-health.js and readiness-coverage.js call this). */
    define(kind, definition) {
      kinds[kind] = definition;
    },

    /**
     * Mounts a gadget into element and returns a handle {ready, refresh(), configure(), prefs(), destroy()}.
     * options: kind ('sprint-health' | 'readiness-coverage'), baseUrl (the REST base, default
     * '/rest/phasegate/1.0'), prefs ({boardId, sprint, capacity, refreshMinutes}), onPrefsChange(prefs),
     * and optionally messages or i18nUrl, locale, Chart (else window.Chart), onStateChange(state) after
     * every change of what is shown, onCancel() for the settings form's Cancel (else back to the view),
     * openSettings (start with the settings form), configurable (false hides the Settings button),
     * timers ({setTimeout, clearTimeout} for auto-refresh; else the window's — tests pass a fake clock).
     */
    mount(element, options) {
      const gadget = new Gadget(element, options || {});
      return {
        ready: gadget.ready,
        refresh: () => gadget.refresh(),
        configure: () => gadget.configure(false),
        prefs: () => Object.assign({}, gadget.prefs),
        destroy: () => gadget.destroy()
      };
    },

    /** Helpers shared with the gadget files; not a stable API for anyone else. */
    ui: {el, append, clear, safeUrl, sameOriginPath, issueSearchUrl, drillDown, howCalculated, metricTile,
      formatValue, lozenge, hiddenNotice, warningsList, section, chart, parseNote, noteValue, describeNote,
      errorFromAnswer},
    I18n
  };

  global.PhasegateGadgets = PhasegateGadgets;
})(window);
