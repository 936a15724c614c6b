import { AuditEvent } from '../src/audit/audit-event.entity';
import { actorFor } from '../src/common/actor/actor';
import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumEvents, type ForumEvent } from '../src/iwg/forum/forum-events';
import { ForumPost } from '../src/iwg/forum/forum-post.entity';
import { ForumPostingService } from '../src/iwg/forum/forum-posting.service';
import { ForumReadState } from '../src/iwg/forum/forum-read-state.entity';
import { ForumSearchDocuments } from '../src/iwg/forum/forum-search-documents';
import { ForumThread, POSTS_CHANGED } from '../src/iwg/forum/forum-thread.entity';
import { ForumThreadPageReader } from '../src/iwg/forum/forum-thread-page.reader';
import { ForumWatchService } from '../src/iwg/forum/forum-watch.service';
import type { Iwg } from '../src/iwg/iwg.entity';
import type { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { createUser } from './support/factories';
import { csrfFrom, postForm, type Agent, signedInAgent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import { startTestApp, type TestApp } from './support/test-app';

describe('an IWG forum', () => {
  let t: TestApp;
  let east: Iwg;
  let west: Iwg;
  let general: ForumCategory;
  let piu: ForumCategory;
  let amina: User;
  let baraka: User;
  let chairUser: User;
  let stranger: User;
  let staffUser: User;
  let aminaAgent: Agent;
  let barakaAgent: Agent;
  let chairAgent: Agent;
  let staffAgent: Agent;
  let strangerAgent: Agent;
  const events: ForumEvent[] = [];

  const agentAs = (user: User) => signedInAgent(t.server, user);

  async function startThread(agent: Agent, title: string, body: string, category = general) {
    const response = await postForm(
      agent,
      `/iwg/${east.id}/threads/new`,
      `/iwg/${east.id}/threads`,
      {
        categoryId: String(category.id),
        title,
        body,
      },
    );
    expect(response.status).toBe(303);
    const id = Number(/threads\/(\d+)/.exec(response.headers.location)![1]);
    return t.dataSource.getRepository(ForumThread).findOneByOrFail({ id });
  }

  async function reply(
    agent: Agent,
    thread: ForumThread,
    body: string,
    extra: Record<string, string> = {},
  ) {
    return postForm(
      agent,
      `/iwg/${east.id}/threads/${thread.id}?page=1`,
      `/iwg/${east.id}/threads/${thread.id}/posts`,
      {
        body,
        ...extra,
      },
    );
  }

  async function lastPost(thread: ForumThread) {
    return t.dataSource
      .getRepository(ForumPost)
      .findOneOrFail({ where: { threadId: thread.id }, order: { id: 'DESC' } });
  }

  beforeAll(async () => {
    t = await startTestApp();
    t.app.get(ForumEvents).subscribe((event) => {
      events.push(event);
    });
    east = await createIwg(t, 'EAF', ['KEN', 'UGA', 'TZA']);
    west = await createIwg(t, 'WAF', ['NGA']);
    const categories = t.dataSource.getRepository(ForumCategory);
    general = await categories.findOneByOrFail({ iwgId: east.id, kind: 'general' });
    piu = await categories.findOneByOrFail({ iwgId: east.id, pillarCode: 'piu' });
    amina = await createUser(t.dataSource, {
      role: 'official',
      org: 'KEN',
      name: 'Amina Kamau',
      email: 'amina.kamau@example.org',
    });
    baraka = await createUser(t.dataSource, {
      role: 'focal-point',
      org: 'TZA',
      name: 'Baraka Mushi',
      email: 'baraka.mushi@example.org',
    });
    chairUser = await createUser(t.dataSource, {
      role: 'official',
      org: 'UGA',
      name: 'Chair Person',
      email: 'chair.person@example.org',
    });
    stranger = await createUser(t.dataSource, {
      role: 'official',
      org: 'NGA',
      name: 'Ngozi Other',
      email: 'ngozi.other@example.org',
    });
    staffUser = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
    [aminaAgent, barakaAgent, chairAgent, staffAgent, strangerAgent] = await Promise.all(
      [amina, baraka, chairUser, staffUser, stranger].map((user) => agentAs(user)),
    );
    await postForm(staffAgent, `/iwg/${east.id}/manage`, `/iwg/${east.id}/positions`, {
      position: 'chair',
      state: 'UGA',
    });
  });
  afterAll(() => t.close());

  it('starts a thread and replies in Markdown, rendered on the server with script removed', async () => {
    const thread = await startThread(
      aminaAgent,
      'Sharing PNR legislation',
      '**Draft law** attached <script>alert(1)</script>',
    );
    const page = await barakaAgent.get(`/iwg/${east.id}/threads/${thread.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<strong>Draft law</strong>');
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).toContain('&lt;script&gt;');
    // The page's form always sends replyToId, empty for a plain reply.
    const replied = await reply(barakaAgent, thread, 'See [the guide](https://example.org/guide)', {
      replyToId: '',
    });
    expect(replied.status).toBe(303);
    expect(replied.headers.location).toMatch(
      new RegExp(`/iwg/${east.id}/threads/${thread.id}\\?page=1#post-\\d+`),
    );
    const post = await lastPost(thread);
    expect(post.html).toContain('rel="nofollow noopener"');
    const fresh = await t.dataSource.getRepository(ForumThread).findOneByOrFail({ id: thread.id });
    expect(fresh.postCount).toBe(2);
    expect(fresh.lastPostId).toBe(post.id);
  });

  it('refuses an empty title or body with a message, never a 500', async () => {
    const response = await postForm(
      aminaAgent,
      `/iwg/${east.id}/threads/new`,
      `/iwg/${east.id}/threads`,
      {
        categoryId: String(general.id),
        title: '  ',
        body: '',
      },
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain('Enter a title.');
    expect(response.text).toContain('Write something first.');
    const thread = await startThread(aminaAgent, 'Empty reply', 'first');
    const empty = await reply(aminaAgent, thread, '   ');
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Write something first.');
  });

  it("answers 404 for another region's thread, post and category, and audits the thread", async () => {
    const thread = await startThread(aminaAgent, 'East only', 'for the region');
    const post = await lastPost(thread);
    expect((await strangerAgent.get(`/iwg/${east.id}/threads/${thread.id}`)).status).toBe(404);
    expect((await strangerAgent.get(`/iwg/${west.id}/threads/${thread.id}`)).status).toBe(404);
    expect((await strangerAgent.get(`/iwg/${east.id}/posts/${post.id}/history`)).status).toBe(404);
    expect((await strangerAgent.get(`/iwg/${east.id}/categories/${general.id}`)).status).toBe(404);
    const token = await csrfFrom(strangerAgent, '/iwg');
    const posted = await strangerAgent
      .post(`/iwg/${east.id}/threads/${thread.id}/posts`)
      .type('form')
      .send({ _csrf: token, body: 'let me in' });
    expect(posted.status).toBe(404);
    const denied = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'access.denied', targetType: 'iwg' });
    expect(denied.length).toBeGreaterThan(0);
    // The thread id under the stranger's own IWG: a thread that is not there, audited as denied.
    const wrongIwg = await strangerAgent.get(`/iwg/${west.id}/threads/${thread.id}`);
    expect(wrongIwg.status).toBe(404);
    expect(await t.dataSource.getRepository(ForumPost).countBy({ threadId: thread.id })).toBe(1);
  });

  it('resolves @mentions on save; a mention of someone who may not see the thread is not notified and the author is told', async () => {
    const thread = await startThread(aminaAgent, 'Mentions', 'start');
    events.length = 0;
    const response = await reply(aminaAgent, thread, 'Hello @baraka.mushi and @ngozi.other.');
    expect(response.status).toBe(303);
    const page = await aminaAgent.get(response.headers.location);
    expect(page.text).toContain('Not notified, because they cannot see this thread: Ngozi Other.');
    const post = await lastPost(thread);
    expect(post.html).toContain('<span class="mention">@Baraka Mushi</span>');
    expect(post.html).not.toContain('Ngozi Other');
    const created = events.find((event) => event.type === 'post.created');
    expect(created?.type === 'post.created' && created.recipients).toEqual([
      { userId: baraka.id, reason: 'mention' },
    ]);
  });

  it('completes mentions over the IWG members only', async () => {
    const response = await aminaAgent.get(`/iwg/${east.id}/members.json?q=bar`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ members: [{ handle: 'baraka.mushi', name: 'Baraka Mushi' }] });
    expect((await aminaAgent.get(`/iwg/${east.id}/members.json?q=ngo`)).body).toEqual({
      members: [],
    });
    expect((await strangerAgent.get(`/iwg/${east.id}/members.json?q=bar`)).status).toBe(404);
  });

  it('pre-fills the reply form with a quote of the post', async () => {
    const thread = await startThread(barakaAgent, 'Quoting', 'Line one\nLine two');
    const post = await lastPost(thread);
    const page = await aminaAgent.get(`/iwg/${east.id}/threads/${thread.id}?quote=${post.id}`);
    expect(page.text).toContain('&gt; @baraka.mushi:\n&gt; Line one\n&gt; Line two');
    expect(page.text).toContain(`name="replyToId" value="${post.id}"`);
  });

  it('works out who hears of a new post: mention, reply, watching; never muted members or the author', async () => {
    const watches = t.app.get(ForumWatchService);
    const thread = await startThread(aminaAgent, 'Recipients', 'first post by Amina');
    const first = await lastPost(thread);
    // Baraka watches the whole IWG; the chair watches the category but mutes this thread.
    await watches.set(baraka.id, 'iwg', east.id, 'watching');
    await watches.set(chairUser.id, 'category', general.id, 'watching');
    await watches.set(chairUser.id, 'thread', thread.id, 'muted');
    // The stranger watches an IWG they cannot see: never a recipient.
    await watches.set(stranger.id, 'iwg', east.id, 'watching');
    events.length = 0;
    await reply(staffAgent, thread, 'A reply to Amina', { replyToId: String(first.id) });
    const created = events.find((event) => event.type === 'post.created');
    const recipients = created?.type === 'post.created' ? [...created.recipients] : [];
    expect(recipients.sort((a, b) => a.userId - b.userId)).toEqual(
      [
        { userId: amina.id, reason: 'reply' },
        { userId: baraka.id, reason: 'watching' },
      ].sort((a, b) => a.userId - b.userId),
    );
    // Replying watched the thread for staff; the author (Amina) watches it since she started it.
    expect(await watches.levelOf(staffUser.id, 'thread', thread.id)).toBe('watching');
    const direct = await watches.recipientsForNewPost({
      authorId: baraka.id,
      thread,
      mentionedUserIds: [stranger.id, chairUser.id],
      repliedToUserId: null,
    });
    expect(direct.map((r) => r.userId).sort()).toEqual([amina.id, staffUser.id].sort());
    // Muting at the IWG is overridden by watching the thread.
    await watches.set(baraka.id, 'iwg', east.id, 'muted');
    const muted = await watches.recipientsForNewPost({
      authorId: amina.id,
      thread,
      mentionedUserIds: [baraka.id],
      repliedToUserId: null,
    });
    expect(muted.find((r) => r.userId === baraka.id)).toBeUndefined();
    await watches.set(baraka.id, 'iwg', east.id, 'normal');
  });

  it('sets watching levels through the forms', async () => {
    const thread = await startThread(aminaAgent, 'Watch forms', 'x');
    expect(
      (await postForm(barakaAgent, `/iwg/${east.id}`, `/iwg/${east.id}/watch`, { level: 'muted' }))
        .status,
    ).toBe(303);
    expect(
      (
        await postForm(
          barakaAgent,
          `/iwg/${east.id}/categories/${piu.id}`,
          `/iwg/${east.id}/categories/${piu.id}/watch`,
          { level: 'watching' },
        )
      ).status,
    ).toBe(303);
    expect(
      (
        await postForm(
          barakaAgent,
          `/iwg/${east.id}/threads/${thread.id}?page=1`,
          `/iwg/${east.id}/threads/${thread.id}/watch`,
          { level: 'normal' },
        )
      ).status,
    ).toBe(303);
    const watches = t.app.get(ForumWatchService);
    expect(await watches.levelOf(baraka.id, 'iwg', east.id)).toBe('muted');
    expect(await watches.levelOf(baraka.id, 'category', piu.id)).toBe('watching');
    expect(await watches.levelOf(baraka.id, 'thread', thread.id)).toBe('normal');
    const bad = await postForm(barakaAgent, `/iwg/${east.id}`, `/iwg/${east.id}/watch`, {
      level: 'loud',
    });
    expect(bad.status).toBe(400);
    await watches.set(baraka.id, 'iwg', east.id, 'normal');
  });

  it('answers a page past the end with the last page, and a malformed page number with what is wrong with it', async () => {
    const thread = await startThread(aminaAgent, 'Short thread', 'only post');
    const base = `/iwg/${east.id}/threads/${thread.id}`;
    const past = await aminaAgent.get(`${base}?page=7`);
    expect(past.status).toBe(303);
    expect(past.headers.location).toBe(`${base}?page=1`);
    for (const path of [
      `${base}?page=abc`,
      `${base}?page=0`,
      `/iwg/${east.id}/categories/${general.id}?page=x`,
    ]) {
      const bad = await aminaAgent.get(path);
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('Choose a page number from 1.');
      expect(bad.text).not.toContain('Please correct the fields marked below.');
    }
  });

  it('tracks reading: unread counts per category and IWG, opening at the first unread post, mark all read', async () => {
    const reader = await createUser(t.dataSource, { role: 'official', org: 'KEN' });
    const readerAgent = await agentAs(reader);
    const thread = await startThread(aminaAgent, 'Long thread', 'post 1', piu);
    for (let i = 2; i <= 22; i++) await reply(aminaAgent, thread, `post ${i}`);
    const iwgPage = await readerAgent.get(`/iwg/${east.id}`);
    expect(iwgPage.text).toMatch(
      new RegExp(`data-unread-category="${piu.id}">\\d+ unread threads?`),
    );
    // First visit: page 1 (nothing read yet), and reading marks up to the page's last post.
    const first = await readerAgent.get(`/iwg/${east.id}/threads/${thread.id}`);
    expect(first.status).toBe(200);
    const posts = await t.dataSource
      .getRepository(ForumPost)
      .find({ where: { threadId: thread.id }, order: { id: 'ASC' } });
    const state = await t.dataSource
      .getRepository(ForumReadState)
      .findOneByOrFail({ userId: reader.id, threadId: thread.id });
    expect(state.lastReadPostId).toBe(posts[19].id);
    // Next visit: straight to page 2 at post 21, the first unread.
    const again = await readerAgent.get(`/iwg/${east.id}/threads/${thread.id}`);
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe(
      `/iwg/${east.id}/threads/${thread.id}?page=2#post-${posts[20].id}`,
    );
    const second = await readerAgent.get(again.headers.location);
    expect(second.text).toContain(`id="post-${posts[20].id}"`);
    expect(second.text).toMatch(/post--unread/);
    // Now all read: no redirect, no unread mark on the category.
    expect((await readerAgent.get(`/iwg/${east.id}/threads/${thread.id}`)).status).toBe(200);
    // Mark all read clears every count, in one row.
    expect((await readerAgent.get(`/iwg/${east.id}/unread.json`)).body.total.count).toBeGreaterThan(
      0,
    );
    expect(
      (await postForm(readerAgent, `/iwg/${east.id}`, `/iwg/${east.id}/read`, {})).status,
    ).toBe(303);
    const counts = await readerAgent.get(`/iwg/${east.id}/unread.json`);
    expect(counts.body).toEqual({ total: { count: 0, label: '0 unread threads' }, categories: {} });
    await reply(aminaAgent, thread, 'post 23');
    const after = await readerAgent.get(`/iwg/${east.id}/unread.json`);
    expect(after.body.categories[piu.id]).toEqual({ count: 1, label: '1 unread thread' });
    expect((await readerAgent.get(`/iwg`)).text).toContain('1 unread thread');
  });

  it('keeps an edit history for the author and moderators, and refuses a stale edit keeping the text', async () => {
    const thread = await startThread(aminaAgent, 'Edits', 'version one');
    const post = await lastPost(thread);
    const edited = await postForm(
      aminaAgent,
      `/iwg/${east.id}/posts/${post.id}/edit`,
      `/iwg/${east.id}/posts/${post.id}/edit`,
      {
        body: 'version two',
        revision: '1',
      },
    );
    expect(edited.status).toBe(303);
    // The chair (a moderator) edits from the same old revision: refused, their text kept.
    const stale = await postForm(
      chairAgent,
      `/iwg/${east.id}/posts/${post.id}/edit`,
      `/iwg/${east.id}/posts/${post.id}/edit`,
      {
        body: 'my chair version',
        revision: '1',
      },
    );
    expect(stale.status).toBe(400);
    expect(stale.text).toContain('Someone else edited this post after you opened it.');
    expect(stale.text).toContain('my chair version');
    const saved = await t.dataSource.getRepository(ForumPost).findOneByOrFail({ id: post.id });
    expect(saved.body).toBe('version two');
    expect(saved.revision).toBe(2);
    const history = await aminaAgent.get(`/iwg/${east.id}/posts/${post.id}/history`);
    expect(history.status).toBe(200);
    expect(history.text).toContain('version one');
    expect((await chairAgent.get(`/iwg/${east.id}/posts/${post.id}/history`)).status).toBe(200);
    expect((await barakaAgent.get(`/iwg/${east.id}/posts/${post.id}/history`)).status).toBe(404);
    expect((await barakaAgent.get(`/iwg/${east.id}/posts/${post.id}/edit`)).status).toBe(404);
  });

  it('toggles reactions and counts them', async () => {
    const thread = await startThread(aminaAgent, 'Reactions', 'react to me');
    const post = await lastPost(thread);
    const path = `/iwg/${east.id}/posts/${post.id}/reactions`;
    const page = `/iwg/${east.id}/threads/${thread.id}?page=1`;
    expect((await postForm(barakaAgent, page, path, { kind: 'like' })).status).toBe(303);
    expect((await postForm(chairAgent, page, path, { kind: 'like' })).status).toBe(303);
    const posting = t.app.get(ForumPostingService);
    expect((await posting.reactionCounts(post.id)).like).toBe(2);
    expect((await postForm(barakaAgent, page, path, { kind: 'like' })).status).toBe(303);
    expect((await posting.reactionCounts(post.id)).like).toBe(1);
    expect((await postForm(barakaAgent, page, path, { kind: 'shout' })).status).toBe(400);
    const shown = await barakaAgent.get(page);
    expect(shown.text).toMatch(/data-reaction="like">[^<]*<span data-count>1<\/span>/);
  });

  it('shows every change to a page of posts at the next view: reply, edit, reaction, hiding', async () => {
    const thread = await startThread(aminaAgent, 'Fresh pages', 'first words');
    const page = `/iwg/${east.id}/threads/${thread.id}?page=1`;
    const like = (html: string) =>
      /aria-pressed="(true|false)"[^>]*data-reaction="like">[^<]*<span data-count>(\d+)<\/span>/.exec(
        html,
      );
    // Read once by two members, so the page is kept for both reaches.
    expect((await barakaAgent.get(page)).text).toContain('first words');
    expect(like((await chairAgent.get(page)).text)?.slice(1)).toEqual(['false', '0']);

    const post = await lastPost(thread);
    await postForm(barakaAgent, page, `/iwg/${east.id}/posts/${post.id}/reactions`, {
      kind: 'like',
    });
    expect(like((await barakaAgent.get(page)).text)?.slice(1)).toEqual(['true', '1']);
    expect(like((await chairAgent.get(page)).text)?.slice(1)).toEqual(['false', '1']);
    // Viewed again at the same version, each reader's own reactions come with the thread's row
    // (no query of their own); once the version moves, they are read again for the new page.
    const reader = t.app.get(ForumThreadPageReader);
    const ownQuery = jest.spyOn(reader as unknown as { mine: () => unknown }, 'mine');
    for (let view = 0; view < 2; view += 1) {
      expect(like((await barakaAgent.get(page)).text)?.slice(1)).toEqual(['true', '1']);
      expect(like((await chairAgent.get(page)).text)?.slice(1)).toEqual(['false', '1']);
    }
    expect(ownQuery).not.toHaveBeenCalled();
    await postForm(chairAgent, page, `/iwg/${east.id}/posts/${post.id}/reactions`, {
      kind: 'like',
    });
    expect(like((await barakaAgent.get(page)).text)?.slice(1)).toEqual(['true', '2']);
    expect(like((await chairAgent.get(page)).text)?.slice(1)).toEqual(['true', '2']);
    expect(ownQuery).toHaveBeenCalled();
    ownQuery.mockRestore();

    await postForm(
      aminaAgent,
      `/iwg/${east.id}/posts/${post.id}/edit`,
      `/iwg/${east.id}/posts/${post.id}/edit`,
      {
        body: 'second words',
        revision: '1',
      },
    );
    const edited = await barakaAgent.get(page);
    expect(edited.text).toContain('second words');
    expect(edited.text).not.toContain('first words');

    expect((await reply(chairAgent, thread, 'a reply from the chair')).status).toBe(303);
    expect((await barakaAgent.get(page)).text).toContain('a reply from the chair');

    const replyPost = await lastPost(thread);
    const hidden = await postForm(chairAgent, page, `/iwg/${east.id}/posts/${replyPost.id}/hide`, {
      hidden: 'on',
      reason: 'off topic',
    });
    expect(hidden.status).toBe(303);
    expect((await barakaAgent.get(page)).text).not.toContain('a reply from the chair');
    // What another instance writes moves the same version, read by every request.
    await t.dataSource
      .getRepository(ForumPost)
      .update({ id: post.id }, { html: '<p>written elsewhere</p>' });
    await t.dataSource.getRepository(ForumThread).update({ id: thread.id }, POSTS_CHANGED);
    expect((await barakaAgent.get(page)).text).toContain('written elsewhere');
  });

  it('lets the chair, secretariat and staff moderate, audited; others get 404', async () => {
    const thread = await startThread(aminaAgent, 'Moderated', 'first');
    await reply(barakaAgent, thread, 'off-topic rant');
    const rant = await lastPost(thread);
    const page = `/iwg/${east.id}/threads/${thread.id}?page=1`;
    // A member who is not a moderator: as if there were no such action.
    expect(
      (
        await postForm(aminaAgent, page, `/iwg/${east.id}/posts/${rant.id}/hide`, {
          hidden: 'on',
          reason: 'x',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await postForm(aminaAgent, page, `/iwg/${east.id}/threads/${thread.id}/lock`, {
          value: 'on',
        })
      ).status,
    ).toBe(404);
    // The moderator's way in: "Hide…" under each post opens a page that asks why.
    const hidePage = `/iwg/${east.id}/posts/${rant.id}/hide`;
    expect((await chairAgent.get(page)).text).toContain(`href="${hidePage}"`);
    expect((await aminaAgent.get(page)).text).not.toContain(`href="${hidePage}"`);
    expect((await aminaAgent.get(hidePage)).status).toBe(404);
    const asked = await chairAgent.get(hidePage);
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('off-topic rant');
    // Hiding needs a reason: the same page says so.
    const noReason = await postForm(chairAgent, hidePage, hidePage, {
      hidden: 'on',
      reason: '',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('Say why the post is hidden.');
    expect(noReason.text).toContain('<h1>Hide a post</h1>');
    expect(
      (
        await postForm(chairAgent, page, `/iwg/${east.id}/posts/${rant.id}/hide`, {
          hidden: 'on',
          reason: 'Off topic',
        })
      ).status,
    ).toBe(303);
    const seen = await aminaAgent.get(page);
    expect(seen.text).toContain('Hidden by a moderator: Off topic');
    expect(seen.text).not.toContain('off-topic rant');
    // A hidden post takes no reactions: its buttons, and only its, are disabled.
    const reactionButtons = seen.text
      .split('<li class="card post')
      .slice(1)
      .map((post) => ({
        hidden: post.includes(`data-post="${rant.id}"`),
        buttons: post.match(/<button[^>]*data-reaction="[^"]+">/g) ?? [],
      }));
    expect(reactionButtons).toHaveLength(2);
    for (const { hidden, buttons } of reactionButtons) {
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) expect(button.includes(' disabled ')).toBe(hidden);
    }
    expect((await chairAgent.get(page)).text).toContain('off-topic rant');
    // A reply to a hidden post is refused with a message.
    const toHidden = await reply(aminaAgent, thread, 'answering', { replyToId: String(rant.id) });
    expect(toHidden.status).toBe(400);
    expect(toHidden.text).toContain('That post was hidden by a moderator');
    // Lock: members may not reply; the form says so; moderators still may.
    expect(
      (
        await postForm(staffAgent, page, `/iwg/${east.id}/threads/${thread.id}/lock`, {
          value: 'on',
        })
      ).status,
    ).toBe(303);
    const locked = await reply(aminaAgent, thread, 'still talking');
    expect(locked.status).toBe(400);
    expect(locked.text).toContain('This thread is locked');
    expect((await aminaAgent.get(page)).text).toContain(
      'This thread is locked: it takes no new replies.',
    );
    expect((await reply(staffAgent, thread, 'closing note')).status).toBe(303);
    // Pin, move.
    expect(
      (
        await postForm(chairAgent, page, `/iwg/${east.id}/threads/${thread.id}/pin`, {
          value: 'on',
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await postForm(chairAgent, page, `/iwg/${east.id}/threads/${thread.id}/move`, {
          categoryId: String(piu.id),
        })
      ).status,
    ).toBe(303);
    const moved = await t.dataSource.getRepository(ForumThread).findOneByOrFail({ id: thread.id });
    expect(moved).toMatchObject({ pinned: true, locked: true, categoryId: piu.id });
    const categoryPage = await aminaAgent.get(`/iwg/${east.id}/categories/${piu.id}`);
    expect(categoryPage.text.indexOf('Moderated')).toBeGreaterThan(-1);
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { actorId: chairUser.id } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['forum.post-hidden', 'forum.thread-pinned', 'forum.thread-moved']),
    );
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .existsBy({ action: 'forum.thread-locked', actorId: staffUser.id }),
    ).toBe(true);
  });

  it('splits posts into a new thread, recounting both', async () => {
    const thread = await startThread(aminaAgent, 'To split', 'first');
    await reply(barakaAgent, thread, 'tangent one');
    const tangent = await lastPost(thread);
    await reply(aminaAgent, thread, 'tangent two');
    const tangent2 = await lastPost(thread);
    const page = `/iwg/${east.id}/threads/${thread.id}?page=1`;
    const token = await csrfFrom(staffAgent, page);
    const response = await staffAgent
      .post(`/iwg/${east.id}/threads/${thread.id}/split`)
      .type('form')
      .send(
        `_csrf=${encodeURIComponent(token)}&postIds=${tangent.id}&postIds=${tangent2.id}&title=Tangent&categoryId=${general.id}`,
      );
    expect(response.status).toBe(303);
    const created = Number(/threads\/(\d+)/.exec(response.headers.location)![1]);
    const threads = t.dataSource.getRepository(ForumThread);
    expect(await threads.findOneByOrFail({ id: thread.id })).toMatchObject({ postCount: 1 });
    expect(await threads.findOneByOrFail({ id: created })).toMatchObject({
      postCount: 2,
      title: 'Tangent',
      lastPostId: tangent2.id,
    });
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .existsBy({ action: 'forum.thread-split', targetId: String(thread.id) }),
    ).toBe(true);
  });

  it('gives the search module plain-text documents of a thread and a post', async () => {
    const thread = await startThread(
      aminaAgent,
      'Searchable',
      '## PNR *data*\n\nTraitement des données',
    );
    const post = await lastPost(thread);
    const documents = t.app.get(ForumSearchDocuments);
    const threadDocument = await documents.thread(thread.id);
    expect(threadDocument).toMatchObject({
      kind: 'thread',
      title: 'Searchable',
      body: 'PNR data\nTraitement des données',
      iwgId: east.id,
      categoryId: general.id,
      pillarCode: null,
      visibility: { level: 'region', regionId: east.regionId, stateId: null },
      url: `/iwg/${east.id}/threads/${thread.id}`,
    });
    expect(await documents.post(post.id)).toMatchObject({
      kind: 'post',
      hidden: false,
      url: `/iwg/${east.id}/threads/${thread.id}#post-${post.id}`,
    });
  });

  it('lets the secretariat add a category', async () => {
    const secretary = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
    await postForm(staffAgent, `/iwg/${east.id}/manage`, `/iwg/${east.id}/participants`, {
      kind: 'secretariat',
      email: secretary.email,
    });
    const agent = await agentAs(secretary);
    const added = await postForm(agent, `/iwg/${east.id}`, `/iwg/${east.id}/categories`, {
      name: 'Annual meeting 2027',
    });
    expect(added.status).toBe(303);
    expect((await aminaAgent.get(`/iwg/${east.id}`)).text).toContain('Annual meeting 2027');
    const token = await csrfFrom(aminaAgent, `/iwg/${east.id}`);
    expect(
      (
        await aminaAgent
          .post(`/iwg/${east.id}/categories`)
          .type('form')
          .send({ _csrf: token, name: 'Mine' })
      ).status,
    ).toBe(403);
  });

  it('lets services post for an actor outside a request (same rules)', async () => {
    const posting = t.app.get(ForumPostingService);
    const user = (await t.app.get(UsersService).findAuthenticated(amina.id))!;
    const posted = await posting.createThread(actorFor(user), east.id, {
      categoryId: general.id,
      title: 'From a job',
      body: 'x',
      language: 'fr',
    });
    expect(posted.post.language).toBe('fr');
  });
});
