// The playground page: start form, conversation log, scorecard charts and history. No inline script (CSP).
(function () {
  'use strict';
  var charts = window.MIBCharts;
  var $ = function (id) { return document.getElementById(id); };
  var options = null;
  var busy = false;

  function browserId() {
    var key = 'mib.browserId';
    var id = null;
    try { id = window.localStorage.getItem(key); } catch (e) { id = null; }
    if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
      if (window.crypto && window.crypto.randomUUID) {
        id = window.crypto.randomUUID();
      } else {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        id = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
      }
      try { window.localStorage.setItem(key, id); } catch (e) { /* private mode: id lives for this page only */ }
    }
    return id;
  }
  var user = browserId();

  function api(method, path, body) {
    var init = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error(data.detail || data.title || ('Request failed (' + response.status + ')'));
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function showError(id, message) {
    var node = $(id);
    node.textContent = message || '';
    node.hidden = !message;
  }

  // ---- light markdown: **bold**, _italic_, `code`, "> " quotes, "- " bullets; built as DOM, never innerHTML ----
  function inline(parent, text) {
    var pattern = /(\*\*[^*]+\*\*|`[^`]+`|_[^_\s][^_]*_)/g;
    var at = 0, match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > at) { parent.appendChild(document.createTextNode(text.slice(at, match.index))); }
      var token = match[0], node;
      if (token.indexOf('**') === 0) { node = document.createElement('strong'); node.textContent = token.slice(2, -2); }
      else if (token.charAt(0) === '`') { node = document.createElement('code'); node.textContent = token.slice(1, -1); }
      else { node = document.createElement('em'); node.textContent = token.slice(1, -1); }
      parent.appendChild(node);
      at = match.index + token.length;
    }
    if (at < text.length) { parent.appendChild(document.createTextNode(text.slice(at))); }
  }

  function markdown(text, className) {
    var box = document.createElement('div');
    if (className) { box.className = className; }
    var list = null;
    (text || '').split('\n').forEach(function (line) {
      if (/^\s*[-•] /.test(line)) {
        if (!list) { list = document.createElement('ul'); box.appendChild(list); }
        var li = document.createElement('li');
        inline(li, line.replace(/^\s*[-•] /, ''));
        list.appendChild(li);
        return;
      }
      list = null;
      if (line.indexOf('> ') === 0) {
        var q = document.createElement('blockquote');
        inline(q, line.slice(2));
        box.appendChild(q);
      } else if (line.trim() !== '') {
        var p = document.createElement('p');
        inline(p, line);
        box.appendChild(p);
      }
    });
    return box;
  }

  // ---- rendering replies ----
  function renderBlock(block, container) {
    switch (block.type) {
      case 'header': {
        var h = document.createElement('h3');
        h.textContent = block.text;
        container.appendChild(h);
        break;
      }
      case 'text': container.appendChild(markdown(block.markdown)); break;
      case 'context': container.appendChild(markdown(block.markdown, 'context')); break;
      case 'quote': {
        var q = document.createElement('blockquote');
        q.textContent = block.text;
        container.appendChild(q);
        break;
      }
      case 'divider': container.appendChild(document.createElement('hr')); break;
      case 'fields': {
        var dl = document.createElement('dl');
        dl.className = 'fields';
        block.fields.forEach(function (f) {
          var dt = document.createElement('dt'); dt.textContent = f.label;
          var dd = document.createElement('dd'); inline(dd, f.value);
          dl.appendChild(dt); dl.appendChild(dd);
        });
        container.appendChild(dl);
        break;
      }
      case 'actions': {
        var row = document.createElement('div');
        row.className = 'row actions';
        block.buttons.forEach(function (b) {
          var button = document.createElement('button');
          button.type = 'button';
          button.textContent = b.label;
          button.className = b.style === 'primary' ? 'primary' : (b.style === 'danger' ? 'danger' : '');
          button.dataset.action = b.actionId;
          button.addEventListener('click', function () { sendAction(b.actionId, b.value, b.label); });
          row.appendChild(button);
        });
        container.appendChild(row);
        break;
      }
      case 'choice': {
        var wrap = document.createElement('div');
        var id = 'choice-' + Math.random().toString(36).slice(2);
        var label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = block.placeholder;
        var select = document.createElement('select');
        select.id = id;
        var blank = document.createElement('option');
        blank.value = ''; blank.textContent = 'Choose…';
        select.appendChild(blank);
        block.choices.forEach(function (c) {
          var o = document.createElement('option');
          o.value = c.id; o.textContent = c.label;
          select.appendChild(o);
        });
        select.addEventListener('change', function () {
          if (select.value) { sendAction(block.actionId, select.value, select.options[select.selectedIndex].text); }
        });
        wrap.appendChild(label); wrap.appendChild(select);
        container.appendChild(wrap);
        break;
      }
      case 'table': {
        var table = document.createElement('table');
        var head = table.createTHead().insertRow();
        block.headers.forEach(function (t) { var th = document.createElement('th'); th.scope = 'col'; th.textContent = t; head.appendChild(th); });
        var body = table.createTBody();
        block.rows.forEach(function (r) { var tr = body.insertRow(); r.forEach(function (c) { tr.insertCell().textContent = c; }); });
        container.appendChild(table);
        break;
      }
      case 'scorecard': container.appendChild(renderScorecard(block.scorecard)); break;
      default: break;
    }
  }

  function renderScorecard(card) {
    var box = document.createElement('section');
    box.className = 'scorecard';
    box.setAttribute('aria-label', 'Scorecard');
    var verdict = document.createElement('p');
    verdict.className = 'verdict ' + card.verdict;
    verdict.textContent = 'Verdict: ' + card.verdictLabel + ' (' + card.overall + '/100, ' + card.level + ' level)';
    box.appendChild(verdict);
    if (card.reason) { box.appendChild(markdown(card.reason, 'context')); }

    if (card.dimensions.length > 0) {
      box.appendChild(charts.barChart({
        title: 'Ratings by dimension (1 to 4)',
        items: card.dimensions.map(function (d) { return { label: d.label, value: d.rating }; }),
        max: 4, step: 1, suffix: '/4', className: 'dimensions'
      }));
    }

    var sections = card.sections.map(function (s) { return { label: s.label, actual: s.estimatedSeconds, target: s.targetSeconds }; });
    sections.push({ label: 'Whole answer', actual: card.estimatedSeconds, target: card.targetSeconds });
    box.appendChild(charts.timeChart({ title: 'Speaking time vs target per section', items: sections }));

    var spans = [];
    card.dimensions.forEach(function (d) {
      d.evidence.forEach(function (e) { spans.push({ start: e.start, length: e.length, note: d.label }); });
    });
    card.redFlags.forEach(function (f) { spans.push({ start: f.start, length: f.length, note: 'Red flag: ' + f.kind, flag: true }); });
    var heading = document.createElement('h4');
    heading.textContent = 'Your answer, with the evidence highlighted';
    box.appendChild(heading);
    var answer = document.createElement('div');
    answer.className = 'answer-text';
    answer.setAttribute('aria-label', 'Your answer with evidence highlighted');
    var marks = charts.highlight(answer, card.answerText, spans);
    box.appendChild(answer);
    var legend = document.createElement('p');
    legend.className = 'legend';
    legend.textContent = marks + ' highlighted passage(s): yellow earned a rating, red is a red flag. Hover a highlight to see which dimension it counts for.';
    box.appendChild(legend);

    var table = document.createElement('table');
    var caption = table.createCaption(); caption.textContent = 'Why each rating';
    var head = table.createTHead().insertRow();
    ['Dimension', 'Rating', 'Reason'].forEach(function (t) { var th = document.createElement('th'); th.scope = 'col'; th.textContent = t; head.appendChild(th); });
    var body = table.createTBody();
    card.dimensions.forEach(function (d) {
      var tr = body.insertRow();
      tr.insertCell().textContent = d.label;
      tr.insertCell().textContent = d.rating + '/4';
      tr.insertCell().textContent = d.reason;
    });
    box.appendChild(table);
    if (card.levelNote) { box.appendChild(markdown(card.levelNote, 'context')); }
    return box;
  }

  function addMessage(kind, node) {
    var log = $('log');
    var hint = log.querySelector('.hint-text');
    if (hint) { hint.remove(); }
    node.classList.add('msg', kind);
    log.appendChild(node);
    node.scrollIntoView({ block: 'nearest' });
  }

  function renderReplies(result) {
    (result.replies || []).forEach(function (reply) {
      var node = document.createElement('article');
      node.classList.add(reply.purpose);
      node.dataset.purpose = reply.purpose;
      if (reply.blocks.length === 0) { node.appendChild(markdown(reply.fallbackText)); }
      reply.blocks.forEach(function (b) { renderBlock(b, node); });
      addMessage('bot', node);
    });
  }

  function echo(text) {
    var node = document.createElement('div');
    node.textContent = text;
    node.setAttribute('aria-label', 'You said');
    addMessage('user', node);
  }

  function setBusy(value) {
    busy = value;
    $('send').disabled = value;
    $('start-button').disabled = value;
  }

  function turn(body, echoText) {
    if (busy) { return Promise.resolve(); }
    setBusy(true);
    showError('answer-error', '');
    if (echoText) { echo(echoText); }
    body.user = user;
    return api('POST', '/api/playground/turn', body).then(function (result) {
      renderReplies(result);
      loadHistory();
    }).catch(function (error) {
      showError('answer-error', error.message);
    }).finally(function () { setBusy(false); });
  }

  function sendAction(id, value, label) {
    return turn({ action: { id: id, value: value === undefined ? null : value } }, '[' + label + ']').then(function () { $('answer').focus(); });
  }

  // ---- start form ----
  function fill(select, items, anyLabel) {
    select.textContent = '';
    if (anyLabel) {
      var any = document.createElement('option');
      any.value = ''; any.textContent = anyLabel;
      select.appendChild(any);
    }
    items.forEach(function (item) {
      var o = document.createElement('option');
      o.value = item.id; o.textContent = item.label;
      select.appendChild(o);
    });
  }

  function fillCompetencies() {
    var framework = options.frameworks.filter(function (f) { return f.id === $('framework').value; })[0];
    fill($('competency'), framework ? framework.competencies : [], 'Any competency');
  }

  function start(event) {
    event.preventDefault();
    if (busy) { return; }
    setBusy(true);
    showError('start-error', '');
    var body = {
      user: user, mode: $('mode').value, framework: $('framework').value, competency: $('competency').value,
      level: $('level').value, role: $('role').value
    };
    api('POST', '/api/playground/start', body).then(function (result) {
      renderReplies(result);
      loadHistory();
      $('answer').focus();
    }).catch(function (error) {
      showError('start-error', error.message);
    }).finally(function () { setBusy(false); });
  }

  function send(event) {
    if (event) { event.preventDefault(); }
    var box = $('answer');
    var text = box.value;
    if (text.trim() === '') {
      showError('answer-error', 'Type an answer or a command first.');
      return;
    }
    if (options && text.length > options.maxAnswerChars) {
      showError('answer-error', 'An answer is limited to ' + options.maxAnswerChars + ' characters.');
      return;
    }
    turn({ text: text }, text).then(function () {
      if (!$('answer-error').textContent) { box.value = ''; updateCounter(); }
      box.focus();
    });
  }

  function updateCounter() {
    var text = $('answer').value;
    var words = text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
    $('counter').textContent = words + ' words' + (options ? ', ' + text.length + ' / ' + options.maxAnswerChars + ' characters' : '');
  }

  // ---- history ----
  function loadHistory() {
    return api('GET', '/api/playground/history?user=' + encodeURIComponent(user)).then(function (history) {
      var list = $('history');
      list.textContent = '';
      history.sessions.forEach(function (s) {
        var li = document.createElement('li');
        var when = new Date(s.createdAt);
        li.textContent = when.toISOString().slice(0, 16).replace('T', ' ') + ' — ' + s.mode + ', ' + s.framework +
          (s.competency ? ' / ' + s.competency : '') + ' — ' + (s.verdictLabel ? s.verdictLabel + ' (' + s.overall + ')' : s.status);
        list.appendChild(li);
      });
      var scored = history.sessions.filter(function (s) { return s.overall !== null; }).reverse();
      var trend = $('trend');
      trend.textContent = '';
      if (scored.length > 0) {
        trend.appendChild(charts.lineChart({
          title: 'Overall score over your sessions',
          desc: 'Overall score (0 to 100) per scored session, oldest first: ' + scored.map(function (s) { return s.overall; }).join(', '),
          x: scored.map(function (s, i) { return '#' + (i + 1); }),
          series: [{ label: 'Overall', values: scored.map(function (s) { return s.overall; }) }],
          yMin: 0, yMax: 100, yStep: 25, className: 'trend', width: 300, height: 200, legend: false
        }));
      }
    }).catch(function () { /* history is optional */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('start-form').addEventListener('submit', start);
    $('answer-form').addEventListener('submit', send);
    $('answer').addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { send(event); }
    });
    $('answer').addEventListener('input', updateCounter);
    $('framework').addEventListener('change', fillCompetencies);
    $('refresh-history').addEventListener('click', loadHistory);
    api('GET', '/api/playground/options').then(function (data) {
      options = data;
      fill($('mode'), data.modes);
      fill($('framework'), data.frameworks.map(function (f) { return { id: f.id, label: f.label }; }), 'Any framework');
      fill($('level'), data.levels);
      $('level').value = 'mid';
      fill($('role'), data.roles, 'Any role');
      fillCompetencies();
      updateCounter();
      document.body.dataset.ready = 'true';
    }).catch(function (error) { showError('start-error', 'Could not load the options: ' + error.message); });
    loadHistory();
  });
})();
