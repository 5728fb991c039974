// Hand-written SVG charts and evidence highlighting shared by the playground and the admin page.
// Every chart is an <svg role="img"> with <title> and <desc>, so screen readers get a summary.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';
  var counter = 0;
  var palette = ['#0b57d0', '#b3261e', '#146c2e', '#8a4b00', '#6f2da8', '#00687a', '#5f6368'];

  function el(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function root(width, height, title, desc, className) {
    counter += 1;
    var id = 'chart-' + counter;
    var svg = el('svg', {
      'class': 'chart ' + (className || ''), viewBox: '0 0 ' + width + ' ' + height, role: 'img',
      'aria-labelledby': id + '-title ' + id + '-desc', 'data-chart': className || 'chart'
    });
    svg.appendChild(el('title', { id: id + '-title' }, title));
    svg.appendChild(el('desc', { id: id + '-desc' }, desc));
    return svg;
  }

  // items: [{label, value}], max: scale maximum. Horizontal bars with the value printed.
  function barChart(opts) {
    var items = opts.items || [];
    var rowH = 26, left = 150, right = 60, width = 520, top = 10;
    var height = top + items.length * rowH + 24;
    var max = opts.max || Math.max.apply(null, items.map(function (i) { return i.value; }).concat([1]));
    var desc = opts.desc || items.map(function (i) { return i.label + ': ' + i.value + (opts.suffix || ''); }).join('; ');
    var svg = root(width, height, opts.title, desc, opts.className || 'bars');
    var plot = width - left - right;
    for (var t = 0; t <= max; t += (opts.step || Math.max(1, Math.ceil(max / 4)))) {
      var gx = left + plot * t / max;
      svg.appendChild(el('line', { 'class': 'grid', x1: gx, x2: gx, y1: top, y2: height - 20 }));
      svg.appendChild(el('text', { x: gx, y: height - 6, 'text-anchor': 'middle' }, String(t)));
    }
    items.forEach(function (item, i) {
      var y = top + i * rowH;
      var w = max === 0 ? 0 : plot * Math.max(0, item.value) / max;
      svg.appendChild(el('text', { x: left - 8, y: y + 17, 'text-anchor': 'end' }, item.label));
      var bar = el('rect', { 'class': 'bar', x: left, y: y + 4, width: Math.max(w, 1), height: rowH - 8, fill: item.color || palette[0] });
      bar.appendChild(el('title', {}, item.label + ': ' + item.value + (opts.suffix || '')));
      svg.appendChild(bar);
      svg.appendChild(el('text', { x: left + w + 6, y: y + 17 }, String(item.value) + (opts.suffix || '')));
    });
    svg.appendChild(el('line', { 'class': 'axis', x1: left, x2: left, y1: top, y2: height - 20 }));
    return svg;
  }

  // sections: [{label, actual, target}] in seconds. Actual bar with the target drawn as a dashed box.
  function timeChart(opts) {
    var items = opts.items || [];
    var rowH = 30, left = 100, right = 90, width = 520, top = 10;
    var height = top + items.length * rowH + 24;
    var max = Math.max.apply(null, items.map(function (i) { return Math.max(i.actual, i.target || 0); }).concat([10]));
    var desc = items.map(function (i) {
      return i.label + ': about ' + i.actual + ' s' + (i.target ? ' (target ' + i.target + ' s)' : '');
    }).join('; ');
    var svg = root(width, height, opts.title, desc, 'time');
    var plot = width - left - right;
    items.forEach(function (item, i) {
      var y = top + i * rowH;
      var w = plot * item.actual / max;
      svg.appendChild(el('text', { x: left - 8, y: y + 19, 'text-anchor': 'end' }, item.label));
      var over = item.target && item.actual > item.target * 1.25;
      var bar = el('rect', { 'class': 'actual' + (over ? ' over' : ''), x: left, y: y + 6, width: Math.max(w, 1), height: rowH - 12 });
      bar.appendChild(el('title', {}, item.label + ': ' + item.actual + ' s'));
      svg.appendChild(bar);
      if (item.target) {
        svg.appendChild(el('rect', { 'class': 'target', x: left, y: y + 3, width: plot * item.target / max, height: rowH - 6 }));
      }
      svg.appendChild(el('text', { x: left + Math.max(w, item.target ? plot * item.target / max : 0) + 6, y: y + 19 },
        item.actual + ' s' + (item.target ? ' / ' + item.target + ' s' : '')));
    });
    svg.appendChild(el('line', { 'class': 'axis', x1: left, x2: left, y1: top, y2: height - 20 }));
    svg.appendChild(el('text', { x: left, y: height - 4 }, 'bar: estimated speaking time; dashed: target'));
    return svg;
  }

  // x: labels; series: [{label, values:[number|null]}]; yMin/yMax fixed scale.
  function lineChart(opts) {
    var x = opts.x || [], series = opts.series || [];
    var legend = opts.legend !== false;
    var width = opts.width || 640, left = 40, right = legend ? 150 : 16, top = 12, bottom = 40;
    var height = opts.height || 240;
    var yMin = opts.yMin, yMax = opts.yMax;
    var plotW = width - left - right, plotH = height - top - bottom;
    var svg = root(width, height, opts.title, opts.desc, opts.className || 'line');
    function px(i) { return left + (x.length <= 1 ? plotW / 2 : plotW * i / (x.length - 1)); }
    function py(v) { return top + plotH - plotH * (v - yMin) / (yMax - yMin); }
    var step = opts.yStep || 1;
    for (var v = yMin; v <= yMax + 1e-9; v += step) {
      svg.appendChild(el('line', { 'class': 'grid', x1: left, x2: left + plotW, y1: py(v), y2: py(v) }));
      svg.appendChild(el('text', { x: left - 6, y: py(v) + 4, 'text-anchor': 'end' }, String(Math.round(v * 10) / 10)));
    }
    var every = Math.max(1, Math.ceil(x.length / 7));
    x.forEach(function (label, i) {
      var last = i === x.length - 1;
      if ((i % every === 0 && (last || x.length - 1 - i >= every)) || last) {
        svg.appendChild(el('text', { x: px(i), y: height - bottom + 16, 'text-anchor': 'middle' }, label));
      }
    });
    series.forEach(function (s, si) {
      var color = palette[si % palette.length];
      var d = '';
      s.values.forEach(function (value, i) {
        if (value === null || value === undefined) { return; }
        d += (d === '' ? 'M' : 'L') + px(i).toFixed(1) + ' ' + py(value).toFixed(1) + ' ';
        var dot = el('circle', { cx: px(i), cy: py(value), r: 3.5, fill: color });
        dot.appendChild(el('title', {}, s.label + ', ' + x[i] + ': ' + value));
        svg.appendChild(dot);
      });
      if (d !== '') {
        svg.appendChild(el('path', { d: d, fill: 'none', stroke: color, 'stroke-width': 2 }));
      }
      if (legend) {
        var ly = top + 4 + si * 18;
        svg.appendChild(el('rect', { x: left + plotW + 12, y: ly, width: 12, height: 12, fill: color }));
        svg.appendChild(el('text', { x: left + plotW + 30, y: ly + 11 }, s.label));
      }
    });
    svg.appendChild(el('line', { 'class': 'axis', x1: left, x2: left, y1: top, y2: top + plotH }));
    svg.appendChild(el('line', { 'class': 'axis', x1: left, x2: left + plotW, y1: top + plotH, y2: top + plotH }));
    return svg;
  }

  // Writes text into container with the spans wrapped in <mark>. Overlapping spans merge; each mark gets a title.
  function highlight(container, text, spans) {
    var sorted = (spans || []).filter(function (s) { return s.length > 0 && s.start >= 0 && s.start + s.length <= text.length; })
      .slice().sort(function (a, b) { return a.start - b.start; });
    var merged = [];
    sorted.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.start + s.length);
        if (last.notes.indexOf(s.note) < 0) { last.notes.push(s.note); }
        last.flag = last.flag || s.flag;
      } else {
        merged.push({ start: s.start, end: s.start + s.length, notes: [s.note], flag: !!s.flag });
      }
    });
    var at = 0;
    merged.forEach(function (m) {
      if (m.start > at) { container.appendChild(document.createTextNode(text.slice(at, m.start))); }
      var mark = document.createElement('mark');
      if (m.flag) { mark.className = 'flag'; }
      mark.title = m.notes.join('; ');
      mark.textContent = text.slice(m.start, m.end);
      container.appendChild(mark);
      at = m.end;
    });
    if (at < text.length) { container.appendChild(document.createTextNode(text.slice(at))); }
    return merged.length;
  }

  window.MIBCharts = { barChart: barChart, timeChart: timeChart, lineChart: lineChart, highlight: highlight };
})();
