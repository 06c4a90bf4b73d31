// Draws the org tree with ECharts; each node shows filled / planned headcount.
// Unit names are typed by the tenant: the tooltip is HTML, so every value in it is escaped.
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}

document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('org-chart');
  if (!element || !window.echarts) {
    return;
  }
  var planned = element.dataset.labelPlanned;
  var filled = element.dataset.labelFilled;
  var narrow = window.innerWidth < 768;
  fetch(element.dataset.source, { credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (tree) {
      var chart = echarts.init(element);
      chart.setOption({
        tooltip: {
          trigger: 'item',
          formatter: function (info) {
            var d = info.data;
            return escapeHtml(d.name) + '<br>' + escapeHtml(filled + ' ' + d.filled + ' / ' + planned + ' ' + d.planned);
          }
        },
        series: [{
          type: 'tree',
          data: [tree],
          orient: narrow ? 'LR' : 'TB',
          top: '5%', bottom: '10%', left: narrow ? '15%' : '3%', right: narrow ? '25%' : '3%',
          symbolSize: 10,
          initialTreeDepth: 3,
          expandAndCollapse: true,
          label: {
            position: narrow ? 'left' : 'top',
            fontSize: 12,
            formatter: function (p) { return p.data.name + '\n' + p.data.filled + '/' + p.data.planned; }
          },
          leaves: { label: { position: narrow ? 'right' : 'bottom' } },
          animationDuration: 300
        }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
});
