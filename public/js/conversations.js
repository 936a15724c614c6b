// Direct conversations: live updates and conveniences. Progressive enhancement: every page works
// without this script (forms post, links load pages); with it, new and edited messages and
// "X is typing" appear without a reload, a message that arrives on an open page is marked seen,
// and the address fields propose people you may write to. Served by the portal (CSP 'self').
(function () {
  'use strict';

  var strings = document.querySelector('[data-conversation-strings]');
  var said = strings ? strings.dataset : {};

  function text(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (_, name) {
      return values[name] === undefined ? '' : values[name];
    });
  }

  // ---- People completion on the address fields (only people you may write to are proposed).
  document.querySelectorAll('[data-people-picker]').forEach(function (picker) {
    var input = picker.querySelector('input');
    var form = picker.closest('form');
    if (!input || !form) return;
    var single = picker.hasAttribute('data-single');
    var conversationId = form.dataset.conversationId;
    var list = document.createElement('ul');
    list.className = 'mention-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', said.textSuggestions || '');
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    var pending = 0;
    var current = function () {
      var parts = input.value.split(',');
      return parts[parts.length - 1].trim();
    };
    var choose = function (email) {
      if (single) {
        input.value = email;
      } else {
        var parts = input.value.split(',').map(function (part) {
          return part.trim();
        });
        parts[parts.length - 1] = email;
        input.value = parts.filter(Boolean).join(', ') + ', ';
      }
      list.hidden = true;
      input.focus();
    };
    input.addEventListener('input', function () {
      var typed = current();
      if (typed.length < 2) {
        list.hidden = true;
        return;
      }
      var ticket = ++pending;
      var url = '/conversations/people.json?q=' + encodeURIComponent(typed);
      if (conversationId) url += '&conversation=' + encodeURIComponent(conversationId);
      fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
          return response.ok ? response.json() : { people: [] };
        })
        .then(function (data) {
          if (ticket !== pending) return;
          list.textContent = '';
          data.people.forEach(function (person) {
            var item = document.createElement('li');
            item.setAttribute('role', 'option');
            item.tabIndex = 0;
            item.dataset.email = person.email;
            item.textContent =
              person.name + ' · ' + person.organisation + ' <' + person.email + '>';
            item.addEventListener('mousedown', function (e) {
              e.preventDefault();
              choose(person.email);
            });
            item.addEventListener('keydown', function (e) {
              if (e.key === 'Enter') {
                e.preventDefault();
                choose(person.email);
              }
            });
            list.appendChild(item);
          });
          list.hidden = data.people.length === 0;
        })
        .catch(function () {
          list.hidden = true;
        });
    });
  });

  // ---- The list: says when it changed (a new message, something read in another tab).
  var listNotice = document.querySelector('[data-conversation-list]');
  if (listNotice && window.cttpLive) {
    window.cttpLive.on('conversations.unread', function () {
      listNotice.hidden = false;
    });
  }

  // ---- @mention completion in the reply form: the conversation's participants only.
  var handles = Array.prototype.map.call(
    document.querySelectorAll('[data-handles] [data-handle]'),
    function (item) {
      return { handle: item.dataset.handle, name: item.textContent };
    },
  );
  var composerArea = document.querySelector('#reply textarea[name="body"]');
  if (composerArea && handles.length) {
    var mentions = document.createElement('ul');
    mentions.className = 'mention-list';
    mentions.setAttribute('role', 'listbox');
    mentions.setAttribute('aria-label', said.textSuggestions || '');
    mentions.hidden = true;
    composerArea.parentNode.insertBefore(mentions, composerArea.nextSibling);
    var insert = function (handle) {
      var caret = composerArea.selectionStart;
      var before = composerArea.value.slice(0, caret).replace(/@[\w.+-]*$/, '@' + handle + ' ');
      composerArea.value = before + composerArea.value.slice(caret);
      composerArea.setSelectionRange(before.length, before.length);
      mentions.hidden = true;
      composerArea.focus();
    };
    composerArea.addEventListener('input', function () {
      var before = composerArea.value.slice(0, composerArea.selectionStart);
      var match = /(^|\s)@([\w.+-]{0,60})$/.exec(before);
      mentions.textContent = '';
      if (!match) {
        mentions.hidden = true;
        return;
      }
      var typed = match[2].toLowerCase();
      handles
        .filter(function (person) {
          return (
            person.handle.indexOf(typed) === 0 || person.name.toLowerCase().indexOf(typed) === 0
          );
        })
        .forEach(function (person) {
          var item = document.createElement('li');
          item.setAttribute('role', 'option');
          item.tabIndex = 0;
          item.textContent = person.name + ' (@' + person.handle + ')';
          item.addEventListener('mousedown', function (e) {
            e.preventDefault();
            insert(person.handle);
          });
          item.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') {
              e.preventDefault();
              insert(person.handle);
            }
          });
          mentions.appendChild(item);
        });
      mentions.hidden = mentions.children.length === 0;
    });
  }

  // ---- Live updates of an open conversation over socket.io.
  var root = document.querySelector('[data-conversation]');
  if (!root || !window.cttpLive) return;
  var socket = window.cttpLive;
  var room = root.dataset.room;
  var conversationId = Number(root.dataset.id);
  var messages = document.querySelector('[data-messages]');
  var typing = document.querySelector('[data-typing]') || document.createElement('p');
  var reply = document.getElementById('reply');
  var token = reply ? reply.querySelector('input[name="_csrf"]') : null;

  window.cttpJoinRooms(root, [room]);

  // A message seen on the open page is read: the badge and the list follow.
  var seenTimer = null;
  var seenUpTo = 0;
  function seen(messageId) {
    if (!token || document.visibilityState === 'hidden') return;
    seenUpTo = Math.max(seenUpTo, messageId);
    clearTimeout(seenTimer);
    seenTimer = setTimeout(function () {
      var body = new URLSearchParams();
      body.set('_csrf', token.value);
      body.set('upTo', String(seenUpTo));
      fetch('/conversations/' + conversationId + '/read', {
        method: 'POST',
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
        body: body,
      }).catch(function () {});
    }, 500);
  }

  socket.on('conversation.message', function (message) {
    if (message.conversationId !== conversationId || !messages) return;
    if (document.querySelector('[data-message="' + message.messageId + '"]')) return;
    if (!root.dataset.lastPage) return;
    var item = document.createElement('li');
    item.className = 'card post post--live';
    item.id = 'message-' + message.messageId;
    item.dataset.message = message.messageId;
    var head = document.createElement('header');
    head.className = 'post__head';
    var who = document.createElement('strong');
    who.textContent = message.author;
    var when = document.createElement('span');
    when.className = 'muted small';
    when.textContent = ' · ' + new Date(message.createdAt).toLocaleString();
    head.appendChild(who);
    head.appendChild(when);
    var body = document.createElement('div');
    body.className = 'post__body';
    body.dataset.messageBody = '';
    // Sanitised on the server (markdown-it, then sanitize-html), exactly as the page shows it.
    body.innerHTML = message.html;
    var foot = document.createElement('footer');
    var link = document.createElement('a');
    link.href = message.url;
    link.textContent = said.textLink || '';
    foot.appendChild(link);
    item.appendChild(head);
    item.appendChild(body);
    item.appendChild(foot);
    messages.appendChild(item);
    typing.textContent = '';
    if (message.authorId !== Number(root.dataset.me)) seen(message.messageId);
  });

  socket.on('conversation.messageEdited', function (change) {
    if (change.conversationId !== conversationId) return;
    var body = document.querySelector(
      '[data-message="' + change.messageId + '"] [data-message-body]',
    );
    if (body) body.innerHTML = change.html;
  });

  var typingTimer = null;
  socket.on('typing', function (who) {
    if (who.room !== room) return;
    typing.textContent = text(said.textTyping, { name: who.name });
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () {
      typing.textContent = '';
    }, 4000);
  });
  var lastTyped = 0;
  if (reply)
    reply.addEventListener('input', function () {
      var now = Date.now();
      if (!socket.connected || now - lastTyped < 2000) return;
      lastTyped = now;
      socket.emit('typing', room);
    });
})();
