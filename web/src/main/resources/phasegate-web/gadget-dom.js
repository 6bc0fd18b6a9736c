/*
 * Phasegate gadgets, module 1 of 8 (load order: index.html): safe DOM building.
 *
 * Safety rule: data from the server only ever reaches the page through textContent, attribute
 * values and checked URLs (see el() and safeUrl()); nothing in the gadgets parses HTML.
 */
(function (global, G) {
  'use strict';

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

  G.dom = {el, append, clear, safeUrl, sameOriginPath};
})(window, window.PhasegateGadgets = window.PhasegateGadgets || {});
