// One socket.io connection per tab, shared by the page's live scripts (notifications, forum):
// each listens for its own events on it. Loaded only for members the socket accepts.
(function () {
  'use strict';
  if (typeof window.io === 'function' && !window.cttpLive) {
    window.cttpLive = window.io({ transports: ['websocket', 'polling'], withCredentials: true });
  }
  if (!window.cttpLive) return;

  /**
   * Joins `rooms` now if the socket is already connected (another script of the page may have
   * connected it before this one ran) and again after every reconnection; marks `root` live
   * (`data-live="on"`, which tests and styles wait for) once every room accepted, and not live
   * while disconnected.
   */
  window.cttpJoinRooms = function (root, rooms) {
    var socket = window.cttpLive;
    function join() {
      var joined = 0;
      rooms.forEach(function (name) {
        socket.emit('subscribe', name, function (accepted) {
          if (accepted && ++joined === rooms.length && root) root.dataset.live = 'on';
        });
      });
    }
    socket.on('connect', join);
    if (socket.connected) join();
    socket.on('disconnect', function () {
      if (root) delete root.dataset.live;
    });
  };
})();
