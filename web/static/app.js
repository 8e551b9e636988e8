// receipts — the one script: keyboard shortcuts on the review queue, and
// bringing a linked quote into view on a source page. Everything works
// without it.
(function () {
  'use strict';
  function markCurrent() {
    var m = /^#claim-(\d+)$/.exec(location.hash);
    var old = document.querySelectorAll('mark.current');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('current');
    if (!m) return;
    var parts = document.querySelectorAll('mark[data-claim="' + m[1] + '"]');
    for (var j = 0; j < parts.length; j++) parts[j].classList.add('current');
    if (parts.length) parts[0].scrollIntoView({block: 'center'});
  }
  window.addEventListener('hashchange', markCurrent);
  document.addEventListener('DOMContentLoaded', function () {
    markCurrent();
    var cards = Array.prototype.slice.call(document.querySelectorAll('.claim-card'));
    if (!cards.length) return;
    var cur = 0;
    function select(i) {
      if (i < 0 || i >= cards.length) return;
      cards[cur].classList.remove('sel');
      cur = i;
      cards[cur].classList.add('sel');
      cards[cur].focus({preventScroll: true});
      cards[cur].scrollIntoView({block: 'nearest'});
    }
    select(0);
    cards.forEach(function (c, i) { c.addEventListener('focusin', function () { if (i !== cur) select(i); }); });
    document.addEventListener('keydown', function (e) {
      var t = e.target.tagName;
      if (e.ctrlKey || e.metaKey || e.altKey || t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') return;
      var card = cards[cur];
      if (e.key === 'j') select(cur + 1);
      else if (e.key === 'k') select(cur - 1);
      else if (e.key === 'a') card.querySelector('button.accept').click();
      else if (e.key === 'r') card.querySelector('button.reject').click();
      else if (e.key === 'e') {
        var d = card.querySelector('details.edit');
        d.open = true;
        d.querySelector('select').focus();
      } else return;
      e.preventDefault();
    });
  });

  // The published site's search (receipts publish): no server, so the page
  // loads the index publish wrote and filters it in the browser. Every
  // value goes into the page as text, never as markup.
  function fold(s) {
    return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function siteSearch(list) {
    var input = document.getElementById('q');
    var status = document.getElementById('site-search-status');
    var index = null;
    function el(tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text != null) e.textContent = text;
      return e;
    }
    function run() {
      var words = fold(input.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      list.textContent = '';
      if (!index || !words.length) return;
      var hits = [];
      index.companies.forEach(function (c) {
        var head = fold([c.name].concat(c.aliases || [], c.cats || []).join(' '));
        var claims = (c.claims || []).filter(function (k) {
          var t = head + ' ' + fold([k.q, k.party, k.rel, k.year].join(' '));
          return words.every(function (w) { return t.indexOf(w) >= 0; });
        });
        var byName = words.every(function (w) { return head.indexOf(w) >= 0; });
        if (byName || claims.length)
          hits.push({c: c, claims: claims, score: (byName ? 1000 : 0) + claims.length});
      });
      hits.sort(function (a, b) { return b.score - a.score || (a.c.name < b.c.name ? -1 : 1); });
      status.textContent = hits.length + (hits.length === 1 ? ' company' : ' companies');
      hits.slice(0, 50).forEach(function (h) {
        var li = el('li', 'hit');
        var a = el('a', null, h.c.name);
        a.href = '/companies/' + encodeURIComponent(h.c.id) + '/';
        var h3 = el('h3');
        h3.appendChild(a);
        li.appendChild(h3);
        if (h.c.cats && h.c.cats.length) li.appendChild(el('p', 'cats', h.c.cats.join(' · ')));
        h.claims.slice(0, 3).forEach(function (k) {
          var q = el('blockquote');
          var qa = el('a', null, '\u201c' + k.q + '\u201d');
          qa.href = '/sources/' + k.src + '/#claim-' + k.id;
          q.appendChild(qa);
          li.appendChild(q);
        });
        list.appendChild(li);
      });
    }
    var q = new URLSearchParams(location.search).get('q');
    if (q) input.value = q;
    input.addEventListener('input', run);
    fetch(list.getAttribute('data-index')).then(function (r) { return r.json(); })
      .then(function (j) { index = j; run(); })
      .catch(function () { status.textContent = 'The search index could not be loaded.'; });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var list = document.getElementById('site-search');
    if (list) siteSearch(list);
  });
})();
