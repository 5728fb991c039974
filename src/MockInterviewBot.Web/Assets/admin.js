// The admin page: asks for the token (kept in sessionStorage), then draws the figures. No inline script (CSP).
(function () {
  'use strict';
  var charts = window.MIBCharts;
  var $ = function (id) { return document.getElementById(id); };
  var key = 'mib.adminToken';

  function token() { try { return window.sessionStorage.getItem(key) || ''; } catch (e) { return ''; } }
  function setToken(value) {
    try {
      if (value) { window.sessionStorage.setItem(key, value); } else { window.sessionStorage.removeItem(key); }
    } catch (e) { /* storage unavailable */ }
  }

  function showError(message) {
    $('login-error').textContent = message || '';
    $('login-error').hidden = !message;
  }

  function signedOut(message) {
    setToken('');
    $('dashboard').hidden = true;
    $('login-panel').hidden = false;
    showError(message);
    $('token').focus();
  }

  function load() {
    var tenant = $('tenant').value || '';
    var days = $('days').value || '14';
    var url = '/api/admin/overview?days=' + encodeURIComponent(days) + (tenant ? '&tenant=' + encodeURIComponent(tenant) : '');
    $('status').textContent = 'Loading…';
    return fetch(url, { headers: { 'Authorization': 'Bearer ' + token(), 'Accept': 'application/json' } }).then(function (response) {
      if (response.status === 401) { signedOut('That token was not accepted.'); return null; }
      if (!response.ok) { throw new Error('The server answered ' + response.status + '.'); }
      return response.json();
    }).then(function (data) {
      if (!data) { return; }
      var first = $('dashboard').hidden;
      $('login-panel').hidden = true;
      $('dashboard').hidden = false;
      if (first) { $('filter-title').focus(); }
      showError('');
      draw(data);
      $('status').textContent = 'Updated ' + data.now.slice(0, 19).replace('T', ' ') + ' UTC.';
    }).catch(function (error) { $('status').textContent = error.message; });
  }

  function figure(label, value) {
    var div = document.createElement('div');
    var dt = document.createElement('dt'); dt.textContent = label;
    var dd = document.createElement('dd'); dd.textContent = value;
    div.appendChild(dt); div.appendChild(dd);
    return div;
  }

  function draw(data) {
    var tenantSelect = $('tenant');
    var current = data.tenant || '';
    tenantSelect.textContent = '';
    [{ id: '', label: 'All tenants' }].concat(data.tenants).forEach(function (t) {
      var o = document.createElement('option');
      o.value = t.id; o.textContent = t.label;
      tenantSelect.appendChild(o);
    });
    tenantSelect.value = current;

    var figures = $('figures');
    figures.textContent = '';
    figures.appendChild(figure('Sessions today', String(data.sessionsToday)));
    figures.appendChild(figure('Active now', String(data.activeSessions)));
    figures.appendChild(figure('Started (' + data.days + ' days)', String(data.startedInWindow)));
    figures.appendChild(figure('Completion rate', data.completionRate === null ? '—' : Math.round(data.completionRate * 100) + '%'));

    var verdicts = $('verdicts-chart');
    verdicts.textContent = '';
    verdicts.appendChild(charts.barChart({
      title: 'Verdicts in the last ' + data.days + ' days',
      items: data.verdicts.map(function (v) { return { label: v.label, value: v.count }; }),
      className: 'verdicts'
    }));

    var dims = $('dims-chart');
    dims.textContent = '';
    var withData = data.trend.series.filter(function (s) { return s.averages.some(function (a) { return a !== null; }); });
    dims.appendChild(charts.lineChart({
      title: 'Average rating per dimension per day',
      desc: withData.length === 0 ? 'No scored answers in this window.' : withData.map(function (s) {
        var values = s.averages.filter(function (a) { return a !== null; });
        return s.label + ': latest ' + values[values.length - 1];
      }).join('; '),
      x: data.trend.days.map(function (d) { return d.slice(5); }),
      series: data.trend.series.map(function (s) { return { label: s.label, values: s.averages }; }),
      yMin: 1, yMax: 4, yStep: 1, className: 'dimension-trend'
    }));

    $('scenarios-summary').textContent = data.scenarios.total + ' scenario file(s), ' + data.scenarios.withErrors + ' with errors' +
      (data.scenarios.source === 'catalog' ? ' (validation details unavailable: showing the loaded catalog).' : '.');
    var body = $('scenarios').tBodies[0];
    body.textContent = '';
    data.scenarios.files.forEach(function (f) {
      var tr = body.insertRow();
      tr.insertCell().textContent = f.file;
      tr.insertCell().textContent = f.scenarioId || '—';
      var status = tr.insertCell();
      status.className = f.ok ? 'ok' : 'bad';
      status.textContent = f.ok ? 'valid' : f.errors.join('\n');
    });

    var errors = $('errors');
    errors.textContent = '';
    if (data.recentErrors.length === 0) {
      var none = document.createElement('li');
      none.textContent = 'No warnings or errors since start-up.';
      errors.appendChild(none);
    }
    data.recentErrors.forEach(function (e) {
      var li = document.createElement('li');
      li.textContent = e.at.slice(0, 19).replace('T', ' ') + ' ' + e.level + ' ' + e.category + ': ' + e.message;
      errors.appendChild(li);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('login-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var value = $('token').value.trim();
      if (!value) { showError('Enter the admin token.'); return; }
      setToken(value);
      $('token').value = '';
      load();
    });
    $('filter-form').addEventListener('submit', function (event) { event.preventDefault(); load(); });
    $('sign-out').addEventListener('click', function () { signedOut(''); });
    if (token()) { load(); } else { $('token').focus(); }
    document.body.dataset.ready = 'true';
  });
})();
