/*
 * Test harness only: the smallest stand-in for Jira's AMD loader (almond) that the dashboard items
 * need. Named modules only; define.amd is set, so a library that calls an anonymous define() fails
 * here as it does in Jira. 'wrm/context-path' answers '' (Jira at the server root).
 */
(function (global) {
  'use strict';
  var defined = {};
  var built = {};

  function build(name) {
    if (Object.prototype.hasOwnProperty.call(built, name)) return built[name];
    var module = defined[name];
    if (!module) throw new Error('No AMD module ' + name);
    built[name] = module.factory.apply(null, module.deps.map(build));
    return built[name];
  }

  global.define = function (name, deps, factory) {
    if (typeof name !== 'string') throw new Error('anonymous define() is not supported (as in Jira)');
    if (!Array.isArray(deps)) {
      factory = deps;
      deps = [];
    }
    defined[name] = {deps: deps, factory: factory};
  };
  global.define.amd = {};
  global.require = function (names, callback) {
    var modules = names.map(build);
    if (callback) callback.apply(null, modules);
    return modules;
  };
  global.define('wrm/context-path', [], function () {
    return function () {
      return '';
    };
  });
})(window);
