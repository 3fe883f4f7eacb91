/* Draws each chart from the table beside it (so the two always agree): the page carries no other
   data and makes no request. window.dpcoachCharts holds the charts by table id, for tests. */
(function () {
  'use strict';
  window.dpcoachCharts = {};

  function value(cell) {
    var v = cell.getAttribute('data-value');
    return v === null || v === '' ? null : Number(v);
  }

  function read(table) {
    var header = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) {
      return c.textContent;
    }).slice(1);
    var totalColumn = table.getAttribute('data-total-column') === 'true';
    if (totalColumn) {
      header = header.slice(0, -1);
    }
    var rows = [];
    Array.prototype.forEach.call(table.tBodies[0].rows, function (tr) {
      if (tr.classList.contains('total') || !tr.cells[0] || tr.cells[0].tagName !== 'TH') {
        return;
      }
      var cells = Array.prototype.slice.call(tr.cells, 1);
      if (totalColumn) {
        cells = cells.slice(0, -1);
      }
      rows.push({ label: tr.cells[0].textContent, values: cells.map(value) });
    });
    return { header: header, rows: rows };
  }

  function option(kind, data, title) {
    var base = {
      animation: false,
      aria: { enabled: true, label: { description: title + '. The same figures are in the table beside the chart.' } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true }
    };
    if (kind === 'bars') {
      var last = data.rows.map(function (r) { return r.values[r.values.length - 1]; });
      base.grid.top = 16;
      base.xAxis = { type: 'value' };
      base.yAxis = { type: 'category', inverse: true, data: data.rows.map(function (r) { return r.label; }),
        axisLabel: { width: 220, overflow: 'truncate' } };
      base.series = [{ type: 'bar', name: data.header[data.header.length - 1], data: last }];
      return base;
    }
    if (kind === 'columns') {
      base.legend = { type: 'scroll', top: 0 };
      base.xAxis = { type: 'category', data: data.rows.map(function (r) { return r.label; }),
        axisLabel: { width: 120, overflow: 'truncate' } };
      base.yAxis = { type: 'value' };
      base.series = data.header.map(function (h, i) {
        return { type: 'bar', name: h, data: data.rows.map(function (r) { return r.values[i]; }) };
      });
      return base;
    }
    base.legend = { type: 'scroll', top: 0 };
    base.xAxis = { type: 'category', data: data.header.map(function (h) { return h.replace('w/c ', ''); }) };
    base.yAxis = { type: 'value' };
    base.series = data.rows.map(function (r) {
      var s = { type: 'bar', name: r.label, data: r.values };
      if (kind === 'stacked') {
        s.stack = 'all';
      }
      return s;
    });
    return base;
  }

  function draw() {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), function (table) {
      var kind = table.getAttribute('data-chart');
      var el = document.getElementById('chart-' + table.id);
      if (kind === 'none' || !el || typeof echarts === 'undefined') {
        return;
      }
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option(kind, read(table), table.caption ? table.caption.textContent : ''));
      window.dpcoachCharts[table.id] = chart;
      el.setAttribute('data-drawn', 'true');
    });
    window.addEventListener('resize', function () {
      Object.keys(window.dpcoachCharts).forEach(function (id) { window.dpcoachCharts[id].resize(); });
    });
    document.body.setAttribute('data-charts', 'drawn');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
