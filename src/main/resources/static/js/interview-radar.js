// Draws the radar chart of an interview report: one axis per competency dimension, 0–100.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('interview-radar');
  if (!element || !window.echarts || !element.dataset.names) {
    return;
  }
  var names = element.dataset.names.split('|');
  var scores = element.dataset.scores.split(',').map(Number);
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: {},
    radar: { indicator: names.map(function (name) { return { name: name, max: 100 }; }), radius: '65%' },
    series: [{ type: 'radar', areaStyle: { opacity: 0.2 }, data: [{ value: scores, name: '' }] }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
