// The hit page: when a colleague changes this hit (takes it, clears it, confirms it) while the
// page is open, a notice offers to show it as it is now, rather than letting the analyst act on
// what they see. Without the script (or the socket) a step on a changed hit is refused with a
// message saying who has it: the page still works.
(function () {
  'use strict';
  var root = document.querySelector('[data-hit]');
  var socket = window.cttpLive;
  if (!root || !socket) return;
  var hitId = Number(root.dataset.hit);
  var room = root.dataset.hitRoom;
  var notice = root.querySelector('[data-hit-changed]');
  window.cttpJoinRooms(root, [room]);
  socket.on('screening.hitChanged', function (change) {
    if (!change || change.hitId !== hitId || !notice) return;
    notice.hidden = false;
  });
})();
