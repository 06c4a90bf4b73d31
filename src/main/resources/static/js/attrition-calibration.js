// The model card's reliability plot: per bin of predicted risk, the share of people who actually left, against the
// diagonal of perfect calibration; point size follows the number of people in the bin.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('calibration-chart');
  if (!element || !window.echarts || !element.dataset.bins) {
    return;
  }
  var labels = element.dataset.labels.split('|');
  var points = element.dataset.bins.split(';').map(function (bin) {
    var parts = bin.split(':').map(Number);
    return [parts[0], parts[1], parts[2]];
  });
  var largest = Math.max.apply(null, points.map(function (p) { return p[2]; }));
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: {
      formatter: function (item) {
        return labels[0] + ': ' + item.value[0].toFixed(2) + '<br>' + labels[1] + ': ' + item.value[1].toFixed(2)
          + '<br>n = ' + item.value[2];
      }
    },
    grid: { left: 10, right: 16, top: 16, bottom: 10, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 1, name: labels[0], nameLocation: 'middle', nameGap: 24 },
    yAxis: { type: 'value', min: 0, max: 1, name: labels[1] },
    series: [
      { type: 'line', data: [[0, 0], [1, 1]], symbol: 'none', lineStyle: { type: 'dashed', color: '#adb5bd' },
        tooltip: { show: false } },
      { type: 'scatter', data: points,
        symbolSize: function (value) { return 6 + 18 * Math.sqrt(value[2] / largest); } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
