// Draws a workforce plan's two charts: current, required and gap per line (from the rows of the lines table), and the
// monthly tracking of planned against actual headcount (from the data attributes of the tracking element; an actual of
// "null" is a month without figures yet).
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  var narrow = window.innerWidth < 768;
  var charts = [];
  var gap = document.getElementById('workforce-gap-chart');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#workforce-lines tbody tr'));
  if (gap && rows.length > 0) {
    var labels = gap.dataset.labels.split('|');
    var series = ['current', 'required', 'gap'].map(function (field, i) {
      return { name: labels[i], type: 'bar', data: rows.map(function (row) { return Number(row.dataset[field]); }) };
    });
    var chart = echarts.init(gap);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 10, right: 10, top: 30, bottom: 10, containLabel: true },
      // horizontal bars keep long department and position names readable on a phone
      yAxis: { type: 'category', inverse: true, data: rows.map(function (row) { return row.dataset.label; }),
        axisLabel: { width: narrow ? 110 : 220, overflow: 'truncate' } },
      xAxis: { type: 'value' },
      series: series
    });
    gap.style.height = Math.max(320, rows.length * (narrow ? 48 : 36)) + 'px';
    chart.resize();
    charts.push(chart);
  }
  var tracking = document.getElementById('workforce-tracking-chart');
  if (tracking) {
    var names = tracking.dataset.labels.split('|');
    var numbers = function (text) {
      return text.split(',').map(function (value) { return value === 'null' || value === '' ? null : Number(value); });
    };
    var line = echarts.init(tracking);
    line.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 10, right: 10, top: 30, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: tracking.dataset.months.split(','), axisLabel: { rotate: narrow ? 45 : 0 } },
      yAxis: { type: 'value', scale: true },
      series: [
        { name: names[0], type: 'line', data: numbers(tracking.dataset.planned) },
        { name: names[1], type: 'line', data: numbers(tracking.dataset.actual), connectNulls: false, symbolSize: 8 }
      ]
    });
    charts.push(line);
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
});
