/*
 * Charts of the website cluster's coverage, drawn with ECharts over the server-rendered
 * page, whose tables carry the same figures for readers without script. The figures come
 * as JSON in the data-coverage attribute of #coverage-chart; names are set as text only.
 */
(function () {
  'use strict';

  function start() {
    var element = document.getElementById('coverage-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.dataset.coverage);
    var labels = element.dataset;
    var names = data.lines.map(function (line) { return line.name; });
    element.hidden = false;
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, bottom: 80, top: 40 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 45, interval: 0 } },
      yAxis: [
        { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        { type: 'value', minInterval: 1 }
      ],
      series: [
        { name: labels.labelCommunities, type: 'bar',
          data: data.lines.map(function (line) { return line.communityPercent; }),
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 100 }] } },
        { name: labels.labelBuildings, type: 'bar',
          data: data.lines.map(function (line) { return line.buildingPercent; }),
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 20 }] } },
        { name: labels.labelUpdated30, type: 'line', yAxisIndex: 1,
          data: data.lines.map(function (line) { return line.updated30; }) },
        { name: labels.labelUpdated90, type: 'line', yAxisIndex: 1,
          data: data.lines.map(function (line) { return line.updated90; }) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
}());
