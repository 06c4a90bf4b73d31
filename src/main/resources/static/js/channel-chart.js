// Draws a grouped bar chart of the recruiting funnel per channel from the rows of the channel table.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('channel-chart');
  if (!element || !window.echarts) {
    return;
  }
  var stages = element.dataset.stages.split('|');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#channel-table tbody tr'));
  var labels = rows.map(function (row) { return row.dataset.label; });
  var counts = rows.map(function (row) { return row.dataset.counts.split(',').map(Number); });
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: stages, top: 0 },
    grid: { left: 40, right: 10, top: 40, bottom: 30, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: window.innerWidth < 768 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: stages.map(function (stage, index) {
      return { name: stage, type: 'bar', data: counts.map(function (c) { return c[index]; }) };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
