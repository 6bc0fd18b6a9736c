/*
 * Phasegate dashboard items for Jira Data Center: the AMD modules that atlassian-plugin.xml names in
 * <amd-module>. Jira's dashboard constructs each with (API, options) and calls render(context,
 * preferences) for the view and renderEdit(context, preferences) for the settings. The gadget itself
 * is web/'s phasegate-gadget.js (with its modules gadget-*.js) and sprint-health.js /
 * readiness-coverage.js, the same files phasegate serve uses; this file only maps the dashboard-item
 * API onto PhasegateGadgets.mount:
 *
 *   preferences      Jira keeps strings; only well-formed values are taken, anything else is unset
 *   savePreferences  the settings form's Save (the gadget shows the new choice at once; the render
 *                    Jira then makes with exactly these preferences is not loaded a second time)
 *   closeEdit        the settings form's Cancel while Jira shows the settings
 *   isEditable       whether the Settings button is shown at all
 *   showLoadingBar / hideLoadingBar / resize   every change of what the gadget shows
 *   setTitle         the item's translated title (never text from the server)
 *   render again with unchanged preferences (the dashboard's Refresh) = the gadget's Refresh
 *
 * Auto-refresh is the gadget's own timer (refreshMinutes, paused while the tab is hidden).
 * Messages come from the phasegate/messages module (generated; Jira's jsI18n transformer fills in the
 * texts), Chart.js from window.PhasegateChart (see chart-amd-hide.js). docs/gadgets.md has the sources.
 */
define('phasegate/dashboard-item', ['wrm/context-path', 'phasegate/messages'], function (contextPath, messages) {
  'use strict';

  var ID = /^\d{1,18}$/;
  var SPRINT = /^(active|last-closed|backlog|\d{1,18})$/;
  var CAPACITY = /^\d{1,6}(\.\d{1,2})?$/;
  var REFRESH_MINUTES = [0, 1, 5, 15, 30, 60];

  /** The gadget preferences in Jira's stored form (strings), or {} for values that are not well-formed. */
  function fromJira(kind, stored) {
    var p = stored || {};
    var prefs = {};
    if (ID.test(String(p.boardId))) prefs.boardId = Number(p.boardId);
    if (SPRINT.test(String(p.sprint)) && (kind === 'readiness-coverage' || p.sprint !== 'backlog')) {
      prefs.sprint = String(p.sprint);
    }
    if (kind === 'sprint-health' && CAPACITY.test(String(p.capacity))) prefs.capacity = Number(p.capacity);
    if (REFRESH_MINUTES.indexOf(Number(p.refreshMinutes)) >= 0 && String(p.refreshMinutes) !== '') {
      prefs.refreshMinutes = Number(p.refreshMinutes);
    }
    return prefs;
  }

  function toJira(kind, prefs) {
    var stored = {isConfigured: 'true', boardId: String(prefs.boardId), sprint: String(prefs.sprint),
      refreshMinutes: String(prefs.refreshMinutes || 0)};
    if (kind === 'sprint-health') {
      stored.capacity = prefs.capacity === null || prefs.capacity === undefined ? '' : String(prefs.capacity);
    }
    return stored;
  }

  /** Jira passes the item's element, or a jQuery object holding it. */
  function elementOf(context) {
    return context && context.jquery ? context[0] : context;
  }

  function call(api, name) {
    if (api && typeof api[name] === 'function') {
      return api[name].apply(api, Array.prototype.slice.call(arguments, 2));
    }
    return undefined;
  }

  function itemFor(kind) {
    function PhasegateDashboardItem(API, options) {
      this.API = API;
      this.options = options || {};
      this.handle = null;
      this.element = null;
      this.shown = null;
      this.saved = null;
    }

    PhasegateDashboardItem.prototype.render = function (context, preferences) {
      this.show(context, preferences, false);
    };

    PhasegateDashboardItem.prototype.renderEdit = function (context, preferences) {
      if (call(this.API, 'isEditable') === false) {
        call(this.API, 'closeEdit');
        return;
      }
      this.show(context, preferences, true);
    };

    PhasegateDashboardItem.prototype.show = function (context, preferences, edit) {
      var element = elementOf(context);
      var prefs = fromJira(kind, preferences);
      var key = JSON.stringify(prefs);
      if (!edit && this.handle && this.element === element && this.shown === key) {
        if (this.saved === key) this.saved = null; // Jira's render after our own save: already shown
        else this.handle.refresh();
        return;
      }
      this.mount(element, prefs, edit);
      this.shown = key;
    };

    PhasegateDashboardItem.prototype.mount = function (element, prefs, edit) {
      var self = this;
      var API = this.API;
      if (this.handle) this.handle.destroy();
      this.element = element;
      call(API, 'setTitle', messages['phasegate.' + kind + '.title']);
      this.handle = window.PhasegateGadgets.mount(element, {
        kind: kind,
        baseUrl: contextPath() + '/rest/phasegate/1.0',
        prefs: prefs,
        messages: messages,
        locale: messages['phasegate.locale'],
        Chart: window.PhasegateChart || window.Chart,
        openSettings: edit,
        configurable: call(API, 'isEditable') !== false,
        onCancel: edit ? function () { call(API, 'closeEdit'); } : undefined,
        onPrefsChange: function (next) {
          var stored = toJira(kind, next);
          self.saved = JSON.stringify(fromJira(kind, stored));
          self.shown = self.saved;
          call(API, 'savePreferences', stored);
        },
        onStateChange: function (state) {
          call(API, state === 'loading' ? 'showLoadingBar' : 'hideLoadingBar');
          call(API, 'resize');
        }
      });
    };

    return PhasegateDashboardItem;
  }

  return {itemFor: itemFor, fromJira: fromJira, toJira: toJira};
});

define('phasegate/dashboard-item/sprint-health', ['phasegate/dashboard-item'], function (items) {
  'use strict';
  return items.itemFor('sprint-health');
});

define('phasegate/dashboard-item/readiness-coverage', ['phasegate/dashboard-item'], function (items) {
  'use strict';
  return items.itemFor('readiness-coverage');
});
