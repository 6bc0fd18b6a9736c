/*
 * Runs right after Chart.js (see chart-amd-hide.js): keeps this Chart.js as window.PhasegateChart for
 * the Phasegate gadgets and gives back the global define and any window.Chart another app had set.
 */
(function (global) {
  'use strict';
  var guard = global.__phasegateChartGuard || {define: global.define, hadChart: true, chart: global.Chart};
  global.PhasegateChart = global.Chart;
  global.define = guard.define;
  if (guard.hadChart) global.Chart = guard.chart;
  else delete global.Chart;
  delete global.__phasegateChartGuard;
})(window);
