/* Phasegate gadgets, module 2 of 8: messages (i18n/en.json) and locale-aware numbers and dates. */
(function (G) {
  'use strict';

  const messageCache = new Map();

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

  G.i18n = {I18n, loadMessages};
})(window.PhasegateGadgets = window.PhasegateGadgets || {});
