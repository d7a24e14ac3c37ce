// The year dashboard's charts (ECharts, vendored). Figures come from the #figures JSON script element.
(function () {
  "use strict";
  var figures = JSON.parse(document.getElementById("figures").textContent);
  var en = document.getElementById("chart-lang").dataset.lang === "en";
  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return; }
    window.echarts.init(el).setOption(option);
  }
  chart("chart-stages", {
    title: { text: en ? "Forms by stage" : "各阶段表单数" },
    tooltip: {},
    xAxis: { type: "category", data: figures.stages.map(function (s) { return en ? s.label_en : s.label; }) },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "bar", data: figures.stages.map(function (s) { return s.n; }) }]
  });
  chart("chart-grades", {
    title: { text: en ? "Grades" : "评分等级分布" },
    tooltip: {},
    series: [{ type: "pie", radius: "60%", data: figures.grades.map(function (g) { return { name: g.grade, value: g.n }; }) }]
  });
  chart("chart-scatter", {
    title: { text: en ? "Execution rate (%) against total score" : "预算执行率（%）与总分" },
    tooltip: { formatter: function (p) { return p.data[2] + "<br>" + p.data[0] + "% · " + p.data[1]; } },
    xAxis: { type: "value", name: en ? "rate %" : "执行率%", min: 0 },
    yAxis: { type: "value", name: en ? "total" : "总分", min: 0, max: 100 },
    series: [{ type: "scatter", symbolSize: 10,
      data: figures.points.map(function (p) { return [Number(p.rate), Number(p.total), p.title]; }) }]
  });
})();
