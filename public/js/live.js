// One socket.io connection per tab, shared by the page's live scripts (notifications, forum):
// each listens for its own events on it. Loaded only for members the socket accepts.
(function () {
  'use strict';
  if (typeof window.io === 'function' && !window.cttpLive) {
    window.cttpLive = window.io({ transports: ['websocket', 'polling'], withCredentials: true });
  }
})();
