// The navigation's count of unread conversations, kept current in every open tab: the server
// sends `conversations.unread` whenever the member's count changes. Without this script (or
// without the socket) the count is the one of the last page load: the page still works.
(function () {
  'use strict';
  var badge = document.querySelector('[data-nav-count="conversations"]');
  var socket = window.cttpLive;
  if (!badge || !socket) return;
  var number = badge.querySelector('[data-number]');
  var format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  socket.on('conversations.unread', function (payload) {
    if (!payload || typeof payload.count !== 'number') return;
    number.textContent = format.format(payload.count);
    badge.hidden = payload.count === 0;
  });
})();
