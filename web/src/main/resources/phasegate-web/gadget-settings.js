/* Phasegate gadgets, module 6 of 8: the settings form (board, sprint, capacity, auto-refresh). */
(function (G) {
  'use strict';
  const {el, append, clear} = G.dom;
  const {getJson} = G.api;

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

  G.settings = {ConfigForm};
})(window.PhasegateGadgets = window.PhasegateGadgets || {});
