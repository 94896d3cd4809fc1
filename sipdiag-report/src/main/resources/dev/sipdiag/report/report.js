(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('sipdiag-data').textContent);
  var L = data.labels;
  var PAGE_SIZE = data.pageSize;
  // Row layout (see HtmlReport.ROW_FIELDS): start, from, to, outcome id, final, pdd ms, duration ms,
  // findings text, Call-ID, anchor of the call's details or null, finding count.
  var START = 0, FROM = 1, TO = 2, OUTCOME = 3, FINAL = 4, PDD = 5, DURATION = 6, FINDINGS = 7, CALLID = 8,
    ANCHOR = 9;
  var rows = data.calls;
  var search = rows.map(function (r) {
    return [r[FROM], r[TO], r[CALLID], r[FINAL], r[FINDINGS], L.outcomes[r[OUTCOME]]].join('\u0001').toLowerCase();
  });
  var order = rows.map(function (r, i) { return i; });
  var view = order;
  var page = 0;
  var sortCol = START;
  var sortDir = 1;

  function fmt(pattern) {
    var args = arguments;
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return String(args[Number(i) + 1]); });
  }

  var table = document.getElementById('calls-table');
  var tbody = table.querySelector('tbody');
  var filter = document.getElementById('filter');
  var outcome = document.getElementById('outcome');
  var count = document.getElementById('count');
  var pageInfo = document.getElementById('page');
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    if (cls) { td.className = cls; }
    td.textContent = text === null || text === undefined ? '' : String(text);
    tr.appendChild(td);
    return td;
  }

  function ms(v) {
    if (v === null) { return ''; }
    return v >= 10000 ? (v / 1000).toFixed(1) + ' s' : v + ' ms';
  }

  function render() {
    var pages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    var frag = document.createDocumentFragment();
    var end = Math.min(view.length, (page + 1) * PAGE_SIZE);
    for (var k = page * PAGE_SIZE; k < end; k++) {
      var r = rows[view[k]];
      var tr = document.createElement('tr');
      cell(tr, r[START], 'opt');
      cell(tr, r[FROM]);
      cell(tr, r[TO]);
      var o = cell(tr, '');
      var badge = document.createElement('span');
      badge.className = 'badge o-' + r[OUTCOME];
      badge.textContent = L.outcomes[r[OUTCOME]];
      o.appendChild(badge);
      cell(tr, r[FINAL]);
      cell(tr, ms(r[PDD]), 'num opt');
      cell(tr, ms(r[DURATION]), 'num opt');
      cell(tr, r[FINDINGS], 'opt');
      var id = cell(tr, r[ANCHOR] ? '' : r[CALLID]);
      if (r[ANCHOR]) {
        var a = document.createElement('a');
        a.href = '#' + r[ANCHOR];
        a.textContent = r[CALLID];
        id.appendChild(a);
      }
      frag.appendChild(tr);
    }
    if (view.length === 0) {
      var empty = document.createElement('tr');
      var td = cell(empty, L.noMatch, 'muted');
      td.colSpan = 9;
      frag.appendChild(empty);
    }
    tbody.replaceChildren(frag);
    count.textContent = fmt(L.shown, view.length, rows.length);
    pageInfo.textContent = fmt(L.page, page + 1, pages);
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function compare(a, b) {
    var x = rows[a][sortCol], y = rows[b][sortCol];
    if (x === y) { return a - b; }
    if (x === null || x === '') { return 1; }
    if (y === null || y === '') { return -1; }
    if (typeof x === 'number' && typeof y === 'number') { return (x - y) * sortDir; }
    return String(x).localeCompare(String(y), undefined, {numeric: true}) * sortDir;
  }

  function apply() {
    var q = filter.value.trim().toLowerCase();
    var o = outcome.value;
    view = order.filter(function (i) {
      return (!o || rows[i][OUTCOME] === o) && (!q || search[i].indexOf(q) >= 0);
    });
    view.sort(compare);
    page = 0;
    render();
  }

  table.querySelectorAll('th[data-col]').forEach(function (th) {
    function sortBy() {
      var col = Number(th.getAttribute('data-col'));
      sortDir = col === sortCol ? -sortDir : 1;
      sortCol = col;
      table.querySelectorAll('th[data-col]').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
      apply();
    }
    th.addEventListener('click', sortBy);
    th.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(); }
    });
  });
  filter.addEventListener('input', apply);
  outcome.addEventListener('change', apply);
  prev.addEventListener('click', function () { page--; render(); });
  next.addEventListener('click', function () { page++; render(); });
  document.getElementById('calls-controls').hidden = false;
  apply();

  // Ladders: a message (or a finding's message button) shows its raw text in its call's box.
  var selected = null;
  function show(el) {
    var call = el.closest('.call');
    if (!call) { return; }
    var idx = el.getAttribute('data-msg');
    var box = call.querySelector('.raw-box');
    box.querySelector('.raw-title').textContent = fmt(L.raw, idx);
    box.querySelector('pre').textContent = Object.prototype.hasOwnProperty.call(data.raw, idx) ? data.raw[idx] : '';
    box.hidden = false;
    if (selected) { selected.classList.remove('selected'); }
    selected = call.querySelector('.msg[data-msg="' + idx + '"]');
    if (selected) { selected.classList.add('selected'); }
  }
  document.addEventListener('click', function (e) {
    var el = e.target.closest ? e.target.closest('[data-msg]') : null;
    if (el) { show(el); }
  });
  document.addEventListener('keydown', function (e) {
    if ((e.key === 'Enter' || e.key === ' ') && e.target.getAttribute && e.target.getAttribute('data-msg') !== null
        && e.target.tagName !== 'BUTTON') {
      e.preventDefault();
      show(e.target);
    }
  });
})();
