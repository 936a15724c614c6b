// The header's notification badge, kept current in every open tab: the server sends
// `notifications.unread` with the member's count whenever it changes. Without this script (or
// without the socket) the badge shows the count of the last page load: the page still works.
(function () {
  'use strict';
  var link = document.querySelector('[data-notification-badge]');
  if (!link || typeof window.io !== 'function') return;
  var count = link.querySelector('[data-count]');
  var format = new Intl.NumberFormat(document.documentElement.lang || undefined);
  function show(value) {
    count.textContent = format.format(value);
    count.hidden = value === 0;
    link.setAttribute('data-unread', String(value));
  }
  var socket = window.cttpLive;
  if (!socket) return;
  socket.on('notifications.unread', function (payload) {
    if (payload && typeof payload.count === 'number') show(payload.count);
  });
})();
