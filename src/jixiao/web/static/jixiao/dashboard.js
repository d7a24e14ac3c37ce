// The year dashboard's charts (ECharts, vendored). Figures come from the #figures JSON script element.
(function () {
  "use strict";
  var figures = JSON.parse(document.getElementById("figures").textContent);
  var labels = figures.labels;  // in the page's language (Django's i18n, on the server)
  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return; }
    window.echarts.init(el).setOption(option);
  }
  chart("chart-stages", {
    title: { text: labels.stages },
    tooltip: {},
    xAxis: { type: "category", data: figures.stages.map(function (s) { return s.label; }) },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "bar", data: figures.stages.map(function (s) { return s.n; }) }]
  });
  chart("chart-grades", {
    title: { text: labels.grades },
    tooltip: {},
    series: [{ type: "pie", radius: "60%", data: figures.grades.map(function (g) { return { name: g.grade, value: g.n }; }) }]
  });
  chart("chart-scatter", {
    title: { text: labels.scatter },
    tooltip: { formatter: function (p) { return p.data[2] + "<br>" + p.data[0] + "% · " + p.data[1]; } },
    xAxis: { type: "value", name: labels.rate, min: 0 },
    yAxis: { type: "value", name: labels.total, min: 0, max: 100 },
    series: [{ type: "scatter", symbolSize: 10,
      data: figures.points.map(function (p) { return [Number(p.rate), Number(p.total), p.title]; }) }]
  });
})();
