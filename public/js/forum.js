// The forum's live updates and conveniences. Progressive enhancement: every page works without
// this script (forms post, links load pages); with it, new posts, edits, hidden posts,
// reactions and "X is typing" appear without a reload, unread counts refresh, @mentions
// complete and "Quote" fills the reply form in place. Served by the portal (CSP script-src 'self').
(function () {
  'use strict';

  var root = document.querySelector('[data-forum]');
  var composer = document.querySelector('[data-composer]');
  var iwgId = (root || composer || {}).dataset ? (root || composer).dataset.iwg : null;

  function text(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (_, name) {
      return values[name] === undefined ? '' : values[name];
    });
  }

  // ---- Quote: fills the reply form on this page instead of loading it again.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-quote]');
    var reply = document.getElementById('reply');
    if (!link || !reply) return;
    var post = document.querySelector('[data-post="' + link.dataset.quote + '"] [data-post-body]');
    var area = reply.querySelector('textarea[name="body"]');
    if (!post || !area) return;
    event.preventDefault();
    var quoted = post.innerText.trim().split('\n').map(function (line) {
      return '> ' + line;
    });
    area.value = '> @' + link.dataset.handle + ':\n' + quoted.join('\n') + '\n\n' + area.value;
    var target = reply.querySelector('input[name="replyToId"]');
    if (target) target.value = link.dataset.quote;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  });

  // ---- @mention completion in every composer.
  if (composer && iwgId) {
    var area = composer.querySelector('textarea[name="body"]');
    var list = document.createElement('ul');
    list.className = 'mention-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    if (area) area.parentNode.insertBefore(list, area.nextSibling);
    var pending = 0;
    var prefixAt = function () {
      var before = area.value.slice(0, area.selectionStart);
      var match = /(^|\s)@([\w.+-]{1,60})$/.exec(before);
      return match ? match[2] : null;
    };
    var choose = function (handle) {
      var caret = area.selectionStart;
      var before = area.value.slice(0, caret).replace(/@[\w.+-]*$/, '@' + handle + ' ');
      area.value = before + area.value.slice(caret);
      area.setSelectionRange(before.length, before.length);
      list.hidden = true;
      area.focus();
    };
    if (area)
      area.addEventListener('input', function () {
        var prefix = prefixAt();
        if (!prefix) {
          list.hidden = true;
          return;
        }
        var ticket = ++pending;
        fetch('/iwg/' + iwgId + '/members.json?q=' + encodeURIComponent(prefix), {
          headers: { accept: 'application/json' },
          credentials: 'same-origin',
        })
          .then(function (response) {
            return response.ok ? response.json() : { members: [] };
          })
          .then(function (data) {
            if (ticket !== pending) return;
            list.textContent = '';
            data.members.forEach(function (member) {
              var item = document.createElement('li');
              item.setAttribute('role', 'option');
              item.tabIndex = 0;
              item.textContent = member.name + ' (@' + member.handle + ')';
              item.addEventListener('mousedown', function (e) {
                e.preventDefault();
                choose(member.handle);
              });
              item.addEventListener('keydown', function (e) {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  choose(member.handle);
                }
              });
              list.appendChild(item);
            });
            list.hidden = data.members.length === 0;
          })
          .catch(function () {
            list.hidden = true;
          });
      });
  }

  // ---- Attachments: complete library titles into the field (addresses stay what is sent).
  var attachments = document.querySelector('[data-attachments]');
  if (attachments && attachments.dataset.source) {
    var field = attachments.querySelector('input[name="attachments"]');
    var options = attachments.querySelector('datalist');
    var asked = 0;
    field.addEventListener('input', function () {
      var parts = field.value.split(',');
      var last = parts.pop().trim();
      if (last.length < 2 || /^(\/library\/)?\d+$/.test(last)) return;
      var prefix = parts.length ? parts.join(',') + ', ' : '';
      var ticket = ++asked;
      fetch(attachments.dataset.source + '?q=' + encodeURIComponent(last), {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      })
        .then(function (response) {
          return response.ok ? response.json() : { resources: [] };
        })
        .then(function (data) {
          if (ticket !== asked) return;
          options.textContent = '';
          data.resources.forEach(function (resource) {
            var option = document.createElement('option');
            option.value = prefix + resource.reference;
            option.label = resource.title;
            options.appendChild(option);
          });
        })
        .catch(function () {});
    });
  }

  function showAttachments(post, list) {
    var holder = post.querySelector('[data-attachments-list]');
    if (!holder) {
      holder = document.createElement('ul');
      holder.className = 'attachments';
      holder.dataset.attachmentsList = '';
      post.querySelector('[data-post-body]').insertAdjacentElement('afterend', holder);
    }
    holder.textContent = '';
    (list || []).forEach(function (attachment) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = attachment.href;
      link.textContent = attachment.title;
      item.appendChild(link);
      holder.appendChild(item);
    });
    holder.hidden = holder.children.length === 0;
  }

  // ---- Live updates over socket.io.
  if (!root || !window.cttpLive) return;
  var room = root.dataset.room;
  var threadId = root.dataset.thread ? Number(root.dataset.thread) : null;
  var socket = window.cttpLive;
  var rooms = [room];
  if (threadId && iwgId) rooms.push('iwg:' + iwgId);
  window.cttpJoinRooms(root, rooms);

  var posts = document.querySelector('[data-posts]');
  var onLastPage = !document.querySelector('.pagination a[rel="next"]');
  var strings = document.querySelector('[data-forum-strings]');
  var said = strings ? strings.dataset : {};

  socket.on('forum.post', function (post) {
    if (post.threadId !== threadId || !posts) return;
    if (document.querySelector('[data-post="' + post.postId + '"]')) return;
    if (!onLastPage) return;
    var item = document.createElement('li');
    item.className = 'card post post--unread post--live';
    item.id = 'post-' + post.postId;
    item.dataset.post = post.postId;
    var head = document.createElement('header');
    head.className = 'post__head';
    var who = document.createElement('strong');
    who.textContent = post.author;
    var when = document.createElement('span');
    when.className = 'muted small';
    when.textContent = ' · ' + new Date(post.createdAt).toLocaleString();
    head.appendChild(who);
    head.appendChild(when);
    var body = document.createElement('div');
    body.className = 'post__body';
    body.dataset.postBody = '';
    // Sanitised on the server (markdown-it, then sanitize-html), exactly as the page shows it.
    body.innerHTML = post.html;
    var foot = document.createElement('footer');
    var link = document.createElement('a');
    link.href = post.url;
    link.textContent = said.textReload || '';
    foot.appendChild(link);
    item.appendChild(head);
    item.appendChild(body);
    item.appendChild(foot);
    posts.appendChild(item);
    showAttachments(item, post.attachments);
    typing.textContent = '';
  });

  socket.on('forum.postEdited', function (change) {
    var post = document.querySelector('[data-post="' + change.postId + '"]');
    if (!post || change.threadId !== threadId) return;
    post.querySelector('[data-post-body]').innerHTML = change.html;
    showAttachments(post, change.attachments);
  });

  socket.on('forum.postHidden', function (change) {
    var post = document.querySelector('[data-post="' + change.postId + '"]');
    if (!post || change.threadId !== threadId) return;
    post.classList.toggle('post--hidden', change.hidden);
    var note = post.querySelector('[data-hidden-note]');
    if (change.hidden) {
      if (!note) {
        note = document.createElement('p');
        note.className = 'notice';
        note.dataset.hiddenNote = '';
        post.insertBefore(note, post.querySelector('[data-post-body]'));
      }
      note.textContent = text(said.textHidden, { reason: change.reason || '' });
      if (!said.moderator) post.querySelector('[data-post-body]').textContent = '';
    } else if (note) {
      note.remove();
    }
  });

  socket.on('forum.reaction', function (change) {
    var post = document.querySelector('[data-post="' + change.postId + '"]');
    if (!post) return;
    Object.keys(change.counts).forEach(function (kind) {
      var count = post.querySelector('[data-reaction="' + kind + '"] [data-count]');
      if (count) count.textContent = String(change.counts[kind]);
    });
  });

  var typing = document.querySelector('[data-typing]') || document.createElement('p');
  var typingTimer = null;
  socket.on('typing', function (who) {
    if (who.room !== room) return;
    typing.textContent = text(said.textTyping, { name: who.name });
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () {
      typing.textContent = '';
    }, 4000);
  });
  var reply = document.getElementById('reply');
  var lastTyped = 0;
  if (reply && threadId)
    reply.addEventListener('input', function () {
      var now = Date.now();
      if (!socket.connected || now - lastTyped < 2000) return;
      lastTyped = now;
      socket.emit('typing', room);
    });

  var refreshTimer = null;
  socket.on('forum.activity', function (activity) {
    if (String(activity.iwgId) !== String(iwgId)) return;
    var notice = document.querySelector('[data-live-activity]');
    if (notice) notice.hidden = false;
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(function () {
      fetch('/iwg/' + iwgId + '/unread.json', {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (counts) {
          if (!counts) return;
          document.querySelectorAll('[data-unread-category]').forEach(function (badge) {
            var entry = counts.categories[badge.dataset.unreadCategory];
            badge.hidden = !entry;
            if (entry) badge.textContent = entry.label;
          });
          var total = document.querySelector('[data-unread-total]');
          if (total) {
            total.hidden = counts.total.count === 0;
            total.textContent = counts.total.label;
          }
        })
        .catch(function () {});
    }, 300);
  });
})();
