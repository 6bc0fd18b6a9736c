/*
 * Test harness only: a dashboard with one frame per dashboard item, emulating the part of Jira's
 * dashboard-item API the Phasegate items use (docs/gadgets.md, "Inside Jira"). window.HARNESS_ITEMS
 * (written by DashboardHarness) lists {key, module, prefs}. Like Jira, an item whose preferences lack
 * isConfigured opens with renderEdit, and savePreferences stores and then renders the item again.
 * Everything the items call is recorded in window.harness.calls.
 */
(function (global) {
  'use strict';
  var harness = {calls: [], saved: {}, items: {}};
  global.harness = harness;

  function record(key, name, value) {
    harness.calls.push({item: key, call: name, value: value === undefined ? null : value});
  }

  function copy(prefs) {
    return JSON.parse(JSON.stringify(prefs || {}));
  }

  function api(item) {
    return {
      isEditable: function () { return true; },
      savePreferences: function (prefs) {
        record(item.key, 'savePreferences', copy(prefs));
        item.prefs = copy(prefs);
        harness.saved[item.key] = copy(prefs);
        setTimeout(function () { item.instance.render(item.body, copy(item.prefs)); }, 0);
      },
      setTitle: function (title) {
        record(item.key, 'setTitle', title);
        item.title.textContent = title;
      },
      resize: function () { record(item.key, 'resize'); },
      showLoadingBar: function () { record(item.key, 'showLoadingBar'); },
      hideLoadingBar: function () { record(item.key, 'hideLoadingBar'); },
      closeEdit: function () {
        record(item.key, 'closeEdit');
        item.instance.render(item.body, copy(item.prefs));
      },
      once: function (event, callback) { setTimeout(callback, 0); }
    };
  }

  function start() {
    var board = document.getElementById('dashboard');
    (global.HARNESS_ITEMS || []).forEach(function (spec) {
      var frame = document.createElement('section');
      frame.className = 'harness-item';
      frame.setAttribute('data-item', spec.key);
      var item = {key: spec.key, prefs: copy(spec.prefs), title: document.createElement('h2'),
        body: document.createElement('div')};
      item.title.className = 'harness-item__title';
      item.body.className = 'harness-item__body';
      frame.appendChild(item.title);
      frame.appendChild(item.body);
      board.appendChild(frame);
      var Item = global.require([spec.module])[0];
      item.instance = new Item(api(item), {});
      harness.items[spec.key] = {
        refresh: function () { item.instance.render(item.body, copy(item.prefs)); },
        edit: function () { item.instance.renderEdit(item.body, copy(item.prefs)); }
      };
      if (item.prefs.isConfigured === 'true') item.instance.render(item.body, copy(item.prefs));
      else item.instance.renderEdit(item.body, copy(item.prefs));
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window);
