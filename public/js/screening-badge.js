// The navigation's count of the State's open hits (PIU analysts), kept current on every page:
// it joins the State's screening room; `screening.hits` adds the new hits, `screening.hitChanged`
// carries the State's count after a change. Without this script (or the socket) the count is
// the one of the last page load: the page still works.
(function () {
  'use strict';
  var badge = document.querySelector('[data-nav-count="screening"][data-room]');
  var socket = window.cttpLive;
  if (!badge || !socket) return;
  var number = badge.querySelector('[data-number]');
  var format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  var count = Number(badge.dataset.value) || 0;

  function show(value) {
    count = Math.max(0, value);
    badge.dataset.value = String(count);
    number.textContent = format.format(count);
    badge.hidden = count === 0;
  }
  window.cttpJoinRooms(null, [badge.dataset.room]);
  socket.on('screening.hits', function (payload) {
    if (payload && Array.isArray(payload.hits)) show(count + payload.hits.length);
  });
  socket.on('screening.hitChanged', function (payload) {
    if (payload && typeof payload.openHits === 'number') show(payload.openHits);
  });
})();
