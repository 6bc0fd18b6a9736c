/*
 * Phasegate gadgets, module 8 of 8: the public API that both gadgets, the standalone dashboard and
 * the Jira dashboard items use — PhasegateGadgets.define, .mount, .ui and .I18n. Modules 1–7
 * (gadget-dom.js … gadget-controller.js) must be loaded first, in the order of index.html.
 */
(function (G) {
  'use strict';
  const {Gadget} = G.controller;
  const kinds = {};

  /** Registers a gadget kind (sprint-health.js and readiness-coverage.js call this). */
  G.define = function (kind, definition) {
    kinds[kind] = definition;
  };

  /**
   * Mounts a gadget into element and returns a handle {ready, refresh(), configure(), prefs(), destroy()}.
   * options: kind ('sprint-health' | 'readiness-coverage'), baseUrl (the REST base, default
   * '/rest/phasegate/1.0'), prefs ({boardId, sprint, capacity, refreshMinutes}), onPrefsChange(prefs),
   * and optionally messages or i18nUrl, locale, Chart (else window.Chart), onStateChange(state) after
   * every change of what is shown, onCancel() for the settings form's Cancel (else back to the view),
   * openSettings (start with the settings form), configurable (false hides the Settings button),
   * timers ({setTimeout, clearTimeout} for auto-refresh; else the window's — tests pass a fake clock).
   */
  G.mount = function (element, options) {
    const opts = options || {};
    const kind = Object.prototype.hasOwnProperty.call(kinds, opts.kind) ? kinds[opts.kind] : null;
    if (!kind) throw new Error('Unknown gadget kind: ' + opts.kind);
    const gadget = new Gadget(element, opts, kind);
    return {
      ready: gadget.ready,
      refresh: () => gadget.refresh(),
      configure: () => gadget.configure(false),
      prefs: () => Object.assign({}, gadget.prefs),
      destroy: () => gadget.destroy()
    };
  };

  /** Helpers shared with the gadget files; not a stable API for anyone else. */
  G.ui = Object.assign({}, G.dom, G.widgets, G.notes, {errorFromAnswer: G.api.errorFromAnswer});
  G.I18n = G.i18n.I18n;
})(window.PhasegateGadgets = window.PhasegateGadgets || {});
