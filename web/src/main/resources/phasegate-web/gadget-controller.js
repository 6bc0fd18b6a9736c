/*
 * Phasegate gadgets, module 7 of 8: the controller. One Gadget per mounted element: loads its data,
 * shows the loading, ready, empty, error and configuring states, refreshes on its own timer.
 */
(function (global, G) {
  'use strict';
  const {el, append, clear} = G.dom;
  const {I18n, loadMessages} = G.i18n;
  const {GadgetError, getJson} = G.api;
  const {hiddenNotice} = G.widgets;
  const {ConfigForm} = G.settings;

  // The folder the gadget files are served from: i18n/en.json is next to them.
  const SCRIPT_URL = document.currentScript ? document.currentScript.src : global.location.href;

  class Gadget {
    /** kind: the definition registered for options.kind (PhasegateGadgets.define). */
    constructor(element, options, kind) {
      this.element = element;
      this.options = options;
      this.kind = kind;
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

  G.controller = {Gadget};
})(window, window.PhasegateGadgets = window.PhasegateGadgets || {});
