// Draws one bar per interview dimension (Spearman's rho) with its 95 % interval as a whisker, from the rows of the
// validity table; dimensions without enough data are left out of the chart (the table says so).
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('validity-chart');
  if (!element || !window.echarts) {
    return;
  }
  var labels = element.dataset.labels.split('|');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#validity-table tbody tr'))
    .filter(function (row) { return row.dataset.spearman; });
  if (rows.length === 0) {
    element.parentElement.parentElement.hidden = true;
    return;
  }
  var names = rows.map(function (row) { return row.dataset.dimension; });
  var rho = rows.map(function (row) { return Number(row.dataset.spearman); });
  var intervals = rows.map(function (row, index) {
    return [index, Number(row.dataset.low), Number(row.dataset.high)];
  });
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: function (items) {
        var i = items[0].dataIndex;
        return names[i] + '<br>' + labels[0] + ': ' + rho[i].toFixed(3) + '<br>' + labels[1] + ': '
          + intervals[i][1].toFixed(3) + ' – ' + intervals[i][2].toFixed(3);
      }
    },
    grid: { left: 10, right: 10, top: 20, bottom: 10, containLabel: true },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: window.innerWidth < 768 ? 30 : 0 } },
    yAxis: { type: 'value', min: -1, max: 1 },
    series: [
      { name: labels[0], type: 'bar', data: rho, barMaxWidth: 48 },
      {
        name: labels[1], type: 'custom', data: intervals, z: 10,
        renderItem: function (params, api) {
          var x = api.value(0);
          var low = api.coord([x, api.value(1)]);
          var high = api.coord([x, api.value(2)]);
          var half = Math.min(api.size([1, 0])[0] * 0.15, 12);
          var style = { stroke: '#212529', lineWidth: 1.5 };
          return {
            type: 'group', children: [
              { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style },
              { type: 'line', shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] }, style: style },
              { type: 'line', shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] }, style: style }
            ]
          };
        }
      }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
