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
})();
