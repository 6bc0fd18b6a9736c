/*
 * Phasegate gadgets, module 3 of 8: the REST client. GETs JSON from the contract
 * (docs/rest/contract.md) and turns every error answer into the user's words.
 */
(function (G) {
  'use strict';

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

  G.api = {ERROR_KEYS, GadgetError, errorFromAnswer, getJson};
})(window.PhasegateGadgets = window.PhasegateGadgets || {});
