// The priority vetting list, live. Progressive enhancement: without this script the page is a
// plain paged list. With it, the page joins its State's screening room; on `screening.hits` it
// fetches the new rows (HTML, with the page's own filters: the read is audited like the page)
// and puts each at its place in the order (gravest first, then soonest departure), or says that
// new hits belong on another page; on `screening.hitChanged` it shows the row's new status and
// who has it, or takes the row away when it no longer belongs on the list as filtered.
(function () {
  'use strict';
  var root = document.querySelector('[data-vetting]');
  var socket = window.cttpLive;
  if (!root || !socket) return;
  var said = root.dataset;
  var rows = root.querySelector('[data-rows]');
  var table = root.querySelector('.table-scroll');
  var none = root.querySelector('[data-none]');
  var elsewhere = root.querySelector('[data-elsewhere]');
  var page = Number(said.page) || 1;
  var lastPage = said.lastPage === '1';
  var statuses = (said.statuses || '').split(' ').filter(Boolean);
  var userId = Number(said.user);

  // The list's order: severity rank descending, then departure ascending (unknown first, as
  // the database orders NULL), then id ascending.
  function key(row) {
    var departure = row.dataset.departure;
    return {
      rank: Number(row.dataset.rank),
      departure: departure === '' ? -Infinity : Number(departure),
      id: Number(row.dataset.hit),
    };
  }
  function before(a, b) {
    if (a.rank !== b.rank) return a.rank > b.rank;
    if (a.departure !== b.departure) return a.departure < b.departure;
    return a.id < b.id;
  }

  function place(row) {
    var mine = key(row);
    var existing = rows.querySelectorAll('tr[data-hit]');
    var first = existing[0];
    // Before the first row of a later page: it belongs on an earlier one.
    if (first && page > 1 && before(mine, key(first))) return false;
    for (var i = 0; i < existing.length; i++) {
      if (before(mine, key(existing[i]))) {
        rows.insertBefore(row, existing[i]);
        return true;
      }
    }
    // After the last row: here only on the last page.
    if (!lastPage && existing.length > 0) return false;
    rows.appendChild(row);
    return true;
  }

  function shown() {
    var any = rows.querySelector('tr[data-hit]') !== null;
    table.hidden = !any;
    none.hidden = any;
  }

  function fetchRows(ids) {
    var href =
      said.rowsHref + (said.rowsHref.indexOf('?') < 0 ? '?' : '&') + 'ids=' + ids.join(',');
    return fetch(href, { headers: { accept: 'text/html' }, credentials: 'same-origin' }).then(
      function (response) {
        if (!response.ok) throw new Error('rows ' + response.status);
        return response.text();
      },
    );
  }

  window.cttpJoinRooms(root, [said.room]);

  socket.on('screening.hits', function (payload) {
    if (!payload || !Array.isArray(payload.hits)) return;
    var ids = payload.hits
      .map(function (hit) {
        return Number(hit.id);
      })
      .filter(function (id) {
        return id > 0 && !rows.querySelector('tr[data-hit="' + id + '"]');
      });
    if (ids.length === 0) return;
    var batches = [];
    for (var i = 0; i < ids.length; i += 50) batches.push(ids.slice(i, i + 50));
    batches.forEach(function (batch) {
      fetchRows(batch)
        .then(function (html) {
          var holder = document.createElement('template');
          holder.innerHTML = html;
          var fresh = holder.content.querySelectorAll('tr[data-hit]');
          var away = 0;
          for (var j = 0; j < fresh.length; j++) {
            if (rows.querySelector('tr[data-hit="' + fresh[j].dataset.hit + '"]')) continue;
            var row = document.importNode(fresh[j], true);
            row.classList.add('vetting-row--new');
            if (!place(row)) away++;
          }
          if (away > 0) elsewhere.hidden = false;
          shown();
        })
        .catch(function () {
          elsewhere.hidden = false;
        });
    });
  });

  socket.on('screening.hitChanged', function (change) {
    if (!change) return;
    var row = rows.querySelector('tr[data-hit="' + Number(change.hitId) + '"]');
    if (!row) return;
    var assignee = said.assignee || '';
    var stillHere =
      statuses.indexOf(change.status) >= 0 &&
      (assignee === '' ||
        (assignee === 'unassigned' && change.assigneeId === null) ||
        (assignee === 'mine' && change.assigneeId === userId) ||
        String(change.assigneeId) === assignee);
    if (!stillHere) {
      row.parentNode.removeChild(row);
      shown();
      return;
    }
    var status = row.querySelector('[data-status]');
    var label =
      said[
        'label' +
          change.status.replace(/(^|-)(\w)/g, function (_, dash, letter) {
            return letter.toUpperCase();
          })
      ];
    if (status && label) {
      status.textContent = '';
      var badge = document.createElement('span');
      badge.className = 'badge' + (change.status === 'new' ? ' badge--warn' : '');
      badge.textContent = label;
      status.appendChild(badge);
    }
    var who = row.querySelector('[data-assignee]');
    if (who) {
      who.textContent = '';
      if (change.assigneeId === null) {
        var nobody = document.createElement('span');
        nobody.className = 'muted';
        nobody.textContent = said.nobody;
        who.appendChild(nobody);
      } else if (change.assigneeId === userId) {
        who.textContent = said.takenByYou;
      } else {
        who.textContent = said.takenBy.replace('⁂', change.assignee || '');
      }
    }
  });
})();
