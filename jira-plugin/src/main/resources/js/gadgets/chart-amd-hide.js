/*
 * Runs right before Chart.js (chart.umd.js from the org.webjars.npm:chart.js webjar, unchanged) in the
 * same web-resource. Chart.js's UMD wrapper calls an anonymous define() whenever a global AMD define
 * with define.amd exists, and Jira's almond-based AMD loader rejects anonymous modules (see
 * highcharts/highcharts#8896 "used in JIRA", requirejs/almond#112). So the global define is hidden for
 * that one file, which then sets window.Chart; chart-amd-restore.js puts everything back.
 */
(function (global) {
  'use strict';
  global.__phasegateChartGuard = {define: global.define, hadChart: 'Chart' in global, chart: global.Chart};
  global.define = undefined;
})(window);
