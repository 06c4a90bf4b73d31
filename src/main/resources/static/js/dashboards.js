// The people dashboards: small charts on the index cards (the first series of each dashboard, embedded in the card)
// and one chart per series on a dashboard page (from the JSON embedded in the page); clicking a bar or a point that
// has rows opens the people behind it.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.echarts) {
    return;
  }
  var narrow = window.innerWidth < 768;

  function isTimeSeries(series) {
    return series.points.length > 0 && /^\d{4}-\d{2}$/.test(series.points[0].x);
  }

  function option(series, small) {
    var line = isTimeSeries(series);
    return {
      tooltip: small ? undefined : { trigger: 'axis', confine: true },
      grid: { left: 6, right: 10, top: 12, bottom: 6, containLabel: true },
      xAxis: {
        type: 'category', data: series.points.map(function (p) { return p.label || p.x; }),
        axisLabel: { show: !small, interval: narrow && !line ? 0 : 'auto', rotate: narrow && !line ? 40 : 0,
          fontSize: 10, width: 80, overflow: 'truncate' }
      },
      yAxis: { type: 'value', axisLabel: { show: !small, fontSize: 10 } },
      series: [{
        name: series.label, type: line ? 'line' : 'bar', barMaxWidth: 36, smooth: false,
        data: series.points.map(function (p) { return p.value; })
      }]
    };
  }

  document.querySelectorAll('.dashboard-mini').forEach(function (element) {
    var series = JSON.parse(element.dataset.series || 'null');
    if (series) {
      echarts.init(element).setOption(option(series, true));
    }
  });

  var data = document.getElementById('dashboard-data');
  if (!data) {
    return;
  }
  var view = JSON.parse(data.textContent);
  var rowsUrl = document.getElementById('dashboard-links').dataset.rows;
  document.querySelectorAll('.dashboard-chart').forEach(function (element) {
    var series = view.series[Number(element.dataset.index)];
    var chart = echarts.init(element);
    chart.setOption(option(series, false));
    chart.on('click', function (params) {
      var point = series.points[params.dataIndex];
      if (point && point.drill) {
        window.location.href = rowsUrl + '?' + new URLSearchParams(point.drill).toString();
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
