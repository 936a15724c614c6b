import { AuditEvent } from '../src/audit/audit-event.entity';
import { ConversationMessage } from '../src/conversations/conversation-message.entity';
import { ConversationParticipant } from '../src/conversations/conversation-participant.entity';
import { Conversation } from '../src/conversations/conversation.entity';
import { Notification } from '../src/notifications/notification.entity';
import { actorFor } from '../src/common/actor/actor';
import { ConversationsService } from '../src/conversations/conversations.service';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn, type Agent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import {
  TEST_ORIGIN,
  connectLive,
  cookieOf,
  eventsOf,
  listen,
  subscribe,
  waitUntil,
  type LiveClient,
} from './support/live-client';
import { startTestApp, type TestApp } from './support/test-app';

interface Member {
  user: User;
  agent: Agent;
}

/** Direct conversations: who may talk with whom, writing, reading, privacy, notifications, live. */
describe('direct conversations', () => {
  let t: TestApp;
  let url: string;
  const sockets: LiveClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    url = await listen(t);
    await createIwg(t, 'EAF', ['KEN', 'TZA']);
    await createIwg(t, 'WAF', ['NGA']);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(() => t.close());

  async function member(overrides: Parameters<typeof createUser>[1]): Promise<Member> {
    const user = await createUser(t.dataSource, overrides);
    const agent = agentFor(t.server);
    await signIn(agent, user);
    return { user, agent };
  }

  async function start(from: Member, fields: Record<string, string>) {
    return postForm(from.agent, '/conversations/new', '/conversations', {
      subject: '',
      ...fields,
    });
  }

  function conversationOf(location: string): number {
    return Number(/\/conversations\/(\d+)/.exec(location)![1]);
  }

  async function reply(from: Member, id: number, body: string) {
    return postForm(from.agent, `/conversations/${id}?page=1`, `/conversations/${id}/messages`, {
      body,
    });
  }

  const messages = (conversationId: number) =>
    t.dataSource
      .getRepository(ConversationMessage)
      .find({ where: { conversationId }, order: { id: 'ASC' } });

  it('starts a conversation, replies, and counts what each participant has not read', async () => {
    const amina = await member({ role: 'official', org: 'KEN', name: 'Amina Kamau' });
    const baraka = await member({ role: 'focal-point', org: 'TZA', name: 'Baraka Mwangi' });
    const staff = await member({ role: 'staff', withTwoFactor: true, name: 'Tomás Rivera' });

    const started = await start(amina, {
      recipients: `${baraka.user.email.toUpperCase()}, ${staff.user.email}`,
      subject: 'Carrier data quality',
      body: 'Hello **both**',
    });
    expect(started.status).toBe(303);
    const id = conversationOf(started.headers.location);
    const participants = await t.dataSource
      .getRepository(ConversationParticipant)
      .findBy({ conversationId: id });
    expect(participants.map((p) => p.userId).sort()).toEqual(
      [amina.user.id, baraka.user.id, staff.user.id].sort(),
    );
    const [first] = await messages(id);
    expect(first.html).toBe('<p>Hello <strong>both</strong></p>\n');

    // Baraka's list: the conversation, unread, with the excerpt; the navigation counts it.
    const list = await baraka.agent.get('/conversations');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Carrier data quality');
    expect(list.text).toContain('1 new message');
    expect(list.text).toContain('Amina Kamau: Hello both');
    expect(list.text).toMatch(/data-nav-count="conversations"><span data-number>1<\/span>/);
    // The home page lists it among what waits for him.
    const home = await baraka.agent.get('/');
    expect(home.text).toContain('1 conversation has new messages.');
    expect(home.text).toContain(`href="/conversations/${id}">Carrier data quality</a>`);
    // Amina wrote it: nothing unread for her.
    expect((await amina.agent.get('/')).text).toContain('No new messages in your conversations.');
    expect((await amina.agent.get('/conversations')).text).toMatch(
      /data-nav-count="conversations" hidden><span data-number>0<\/span>/,
    );

    await reply(amina, id, 'A second message');
    expect((await baraka.agent.get('/conversations')).text).toContain('2 new messages');
    // Opening without a page goes to the first unread message.
    const opened = await baraka.agent.get(`/conversations/${id}`);
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe(`/conversations/${id}?page=1#message-${first.id}`);
    const page = await baraka.agent.get(opened.headers.location);
    expect(page.status).toBe(200);
    expect(page.text).toContain('A second message');
    expect(page.text).toContain('Baraka Mwangi');
    // Seen: nothing unread any more, and the next visit opens on the last page, not a redirect.
    expect((await baraka.agent.get('/conversations')).text).toContain('You have read everything.');
    expect((await baraka.agent.get(`/conversations/${id}`)).status).toBe(200);

    // Baraka replies: Amina and the staff member have one unread.
    expect((await reply(baraka, id, 'Noted.')).status).toBe(303);
    expect((await staff.agent.get('/conversations')).text).toContain('3 new messages');
    expect((await amina.agent.get('/conversations')).text).toContain('1 new message');

    // Mark all read.
    const marked = await postForm(staff.agent, '/conversations', '/conversations/read', {});
    expect(marked.status).toBe(303);
    const after = await staff.agent.get('/conversations');
    expect(after.text).toContain('1 conversation marked read.');
    expect(after.text).toContain('You have read everything.');
  });

  it('refuses bad input clearly and creates nothing', async () => {
    const amina = await member({ role: 'official', org: 'KEN', name: 'Amina Kamau' });
    const baraka = await member({ role: 'official', org: 'TZA', name: 'Baraka Mwangi' });
    const nigerian = await member({ role: 'official', org: 'NGA', name: 'Chidi Okafor' });
    const analyst = await member({ role: 'piu-analyst', org: 'KEN', withTwoFactor: true });
    const staff = await member({ role: 'staff', withTwoFactor: true, name: 'Tomás Rivera' });
    const before = await t.dataSource.getRepository(Conversation).count();

    const empty = await start(amina, { recipients: baraka.user.email, body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Write a message.');
    expect(empty.text).toContain(baraka.user.email);

    const long = await start(amina, { recipients: baraka.user.email, body: 'x'.repeat(20_001) });
    expect(long.status).toBe(400);
    expect(long.text).toContain('at most 20,000 characters');

    const noOne = await start(amina, { recipients: '', body: 'Hi' });
    expect(noOne.status).toBe(400);
    expect(noOne.text).toContain('Enter the e-mail address of at least one person.');

    // Another region's official, a PIU analyst and an address nobody has read alike.
    for (const address of [nigerian.user.email, analyst.user.email, 'nobody@example.org']) {
      const refused = await start(amina, { recipients: address, body: 'Hi' });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain(
        `You cannot start a conversation with this address: ${address}.`,
      );
    }
    // Staff may write to both officials, but they may not be in one conversation together.
    const apart = await start(staff, {
      recipients: `${amina.user.email}, ${nigerian.user.email}`,
      body: 'Hi',
    });
    expect(apart.status).toBe(400);
    expect(apart.text).toContain(
      'Amina Kamau and Chidi Okafor cannot see each other in the member directory',
    );
    expect(await t.dataSource.getRepository(Conversation).count()).toBe(before);

    // PIU analysts do not use conversations at all.
    expect((await analyst.agent.get('/conversations')).status).toBe(403);
  });

  it('proposes only people the member may talk with', async () => {
    const amina = await member({ role: 'official', org: 'KEN', name: 'Zawadi Amina' });
    await member({ role: 'official', org: 'TZA', name: 'Zawadi Baraka' });
    await member({ role: 'official', org: 'NGA', name: 'Zawadi Chidi' });
    await member({ role: 'piu-analyst', org: 'KEN', name: 'Zawadi Analyst' });
    await createUser(t.dataSource, {
      role: 'official',
      org: 'TZA',
      name: 'Zawadi Gone',
      active: false,
    });
    const response = await amina.agent.get('/conversations/people.json?q=zawadi');
    expect(response.status).toBe(200);
    const names = (response.body as { people: { name: string }[] }).people.map((p) => p.name);
    expect(names).toEqual(['Zawadi Baraka']);
    // By the start of a later word too.
    const byWord = await amina.agent.get('/conversations/people.json?q=bar');
    expect((byWord.body as { people: { name: string }[] }).people.map((p) => p.name)).toContain(
      'Zawadi Baraka',
    );
  });

  it('keeps a conversation to its participants: 404 and an audit entry for anyone else, admins included', async () => {
    const amina = await member({ role: 'official', org: 'KEN' });
    const baraka = await member({ role: 'official', org: 'TZA' });
    const kenyan = await member({ role: 'official', org: 'KEN' });
    const admin = await member({ role: 'admin', withTwoFactor: true });
    const started = await start(amina, { recipients: baraka.user.email, body: 'Private' });
    const id = conversationOf(started.headers.location);
    const [message] = await messages(id);
    for (const outsider of [kenyan, admin]) {
      expect((await outsider.agent.get(`/conversations/${id}?page=1`)).status).toBe(404);
      const token = await csrfFrom(outsider.agent, '/conversations');
      const posted = await outsider.agent
        .post(`/conversations/${id}/messages`)
        .type('form')
        .send({ _csrf: token, body: 'Let me in' });
      expect(posted.status).toBe(404);
      expect(
        (await outsider.agent.get(`/conversations/${id}/messages/${message.id}/edit`)).status,
      ).toBe(404);
      const denied = await t.dataSource
        .getRepository(AuditEvent)
        .findBy({ action: 'access.denied', targetType: 'conversation', targetId: String(id) });
      expect(denied.some((event) => event.actorId === outsider.user.id)).toBe(true);
    }
    expect(await messages(id)).toHaveLength(1);
    // Nor does another participant edit someone else's message.
    expect(
      (await baraka.agent.get(`/conversations/${id}/messages/${message.id}/edit`)).status,
    ).toBe(404);
  });

  it('lets a participant leave: then it is gone for them, and writing to it is refused', async () => {
    const amina = await member({ role: 'official', org: 'KEN' });
    const baraka = await member({ role: 'official', org: 'TZA' });
    const started = await start(amina, { recipients: baraka.user.email, body: 'Hello' });
    const id = conversationOf(started.headers.location);
    const token = await csrfFrom(baraka.agent, `/conversations/${id}?page=1`);
    const left = await baraka.agent
      .post(`/conversations/${id}/leave`)
      .type('form')
      .send({ _csrf: token });
    expect(left.status).toBe(303);
    expect((await baraka.agent.get('/conversations')).text).toContain('You left the conversation.');
    expect((await baraka.agent.get(`/conversations/${id}?page=1`)).status).toBe(404);
    const late = await baraka.agent
      .post(`/conversations/${id}/messages`)
      .type('form')
      .send({ _csrf: token, body: 'One more thing' });
    expect(late.status).toBe(404);
    expect(await messages(id)).toHaveLength(1);
    // Amina is alone in it now: the page says so instead of an empty list of names.
    expect((await amina.agent.get(`/conversations/${id}?page=1`)).text).toContain(
      '<h1>Only you</h1>',
    );
    // Amina can add Baraka again.
    const added = await postForm(
      amina.agent,
      `/conversations/${id}?page=1`,
      `/conversations/${id}/participants`,
      { recipient: baraka.user.email },
    );
    expect(added.status).toBe(303);
    expect((await baraka.agent.get(`/conversations/${id}?page=1`)).status).toBe(200);
  });

  it('adds a participant only when everyone in it may talk with them', async () => {
    const staff = await member({ role: 'staff', withTwoFactor: true });
    const amina = await member({ role: 'official', org: 'KEN', name: 'Amina Kamau' });
    const nigerian = await member({ role: 'official', org: 'NGA', name: 'Chidi Okafor' });
    const baraka = await member({ role: 'focal-point', org: 'TZA', name: 'Baraka Mwangi' });
    const started = await start(staff, { recipients: amina.user.email, body: 'Hello' });
    const id = conversationOf(started.headers.location);
    const refused = await postForm(
      staff.agent,
      `/conversations/${id}?page=1`,
      `/conversations/${id}/participants`,
      { recipient: nigerian.user.email },
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Amina Kamau and Chidi Okafor cannot see each other');
    const added = await postForm(
      staff.agent,
      `/conversations/${id}?page=1`,
      `/conversations/${id}/participants`,
      { recipient: baraka.user.email },
    );
    expect(added.status).toBe(303);
    // The new participant sees the whole conversation and is told.
    const page = await baraka.agent.get(`/conversations/${id}?page=1`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Hello');
    const told = await t.dataSource
      .getRepository(Notification)
      .findOneBy({ userId: baraka.user.id, subjectKind: 'conversation', subjectId: String(id) });
    expect(told).toMatchObject({ type: 'message', reason: 'invited' });
  });

  it('notifies the others of a new message, and a mentioned participant of the mention', async () => {
    const amina = await member({ role: 'official', org: 'KEN', name: 'Amina Kamau' });
    const baraka = await member({ role: 'official', org: 'TZA', name: 'Baraka Mwangi' });
    const staff = await member({ role: 'staff', withTwoFactor: true, name: 'Tomás Rivera' });
    const outsider = await member({ role: 'official', org: 'KEN', name: 'Outside Person' });
    const handle = (user: User) => user.email.slice(0, user.email.indexOf('@'));
    const started = await start(amina, {
      recipients: `${baraka.user.email}, ${staff.user.email}`,
      body: `Hello @${handle(baraka.user)}, and @${handle(outsider.user)} too`,
    });
    expect(started.status).toBe(303);
    const id = conversationOf(started.headers.location);
    const [message] = await messages(id);
    // The participant's name shown; the outsider's handle left as text and the author told.
    expect(message.html).toContain('<span class="mention">@Baraka Mwangi</span>');
    expect(message.html).not.toContain('Outside Person');
    const page = await amina.agent.get(started.headers.location);
    expect(page.text).toContain(
      'Not notified, because they are not in this conversation: Outside Person.',
    );
    const notifications = await t.dataSource
      .getRepository(Notification)
      .findBy({ subjectKind: 'conversation-message', subjectId: String(message.id) });
    const byUser = new Map(notifications.map((n) => [n.userId, n]));
    expect(byUser.get(baraka.user.id)).toMatchObject({
      type: 'mention',
      reason: 'mentioned',
      threadKey: `conversation:${id}`,
    });
    expect(byUser.get(staff.user.id)).toMatchObject({
      type: 'message',
      reason: 'participant',
      threadKey: `conversation:${id}`,
      mailState: 'pending',
    });
    expect(byUser.has(amina.user.id)).toBe(false);
    expect(byUser.has(outsider.user.id)).toBe(false);
    // The centre shows it with the message's excerpt.
    const centre = await staff.agent.get('/notifications');
    expect(centre.text).toContain('Amina Kamau sent you a message');
    // Reading the conversation marks its notifications read: no mail follows.
    await staff.agent.get(`/conversations/${id}?page=1`);
    const read = await t.dataSource
      .getRepository(Notification)
      .findOneByOrFail({ id: byUser.get(staff.user.id)!.id });
    expect(read.readAt).not.toBeNull();
    // Replying is reading: Baraka's notification is read once he answers (from the list's
    // form token: he does not open the conversation's page first).
    const listToken = await csrfFrom(baraka.agent, '/conversations');
    const answer = await baraka.agent
      .post(`/conversations/${id}/messages`)
      .type('form')
      .send({ _csrf: listToken, body: 'Thanks' });
    expect(answer.status).toBe(303);
    const answered = await t.dataSource
      .getRepository(Notification)
      .findOneByOrFail({ id: byUser.get(baraka.user.id)!.id });
    expect(answered.readAt).not.toBeNull();
    // After leaving, the notification no longer shows the conversation.
    const token = await csrfFrom(baraka.agent, `/conversations/${id}?page=1`);
    await baraka.agent.post(`/conversations/${id}/leave`).type('form').send({ _csrf: token });
    expect((await baraka.agent.get('/notifications')).text).not.toContain('Hello');
  });

  it('edits one’s own message, keeps the history for the author, and refuses a stale edit', async () => {
    const amina = await member({ role: 'official', org: 'KEN' });
    const baraka = await member({ role: 'official', org: 'TZA' });
    const started = await start(amina, { recipients: baraka.user.email, body: 'Frist draft' });
    const id = conversationOf(started.headers.location);
    const [message] = await messages(id);
    const editPath = `/conversations/${id}/messages/${message.id}/edit`;
    const saved = await postForm(amina.agent, editPath, editPath, {
      body: 'First draft',
      revision: '1',
    });
    expect(saved.status).toBe(303);
    const edited = await t.dataSource
      .getRepository(ConversationMessage)
      .findOneByOrFail({ id: message.id });
    expect(edited).toMatchObject({ body: 'First draft', revision: 2 });
    expect(edited.editedAt).not.toBeNull();
    const form = await amina.agent.get(editPath);
    expect(form.text).toContain('Earlier versions (only you see them)');
    expect(form.text).toContain('Frist draft');
    // Baraka sees "edited", not the history.
    const page = await baraka.agent.get(`/conversations/${id}?page=1`);
    expect(page.text).toContain('edited');
    expect(page.text).not.toContain('Frist draft');
    const stale = await postForm(amina.agent, editPath, editPath, {
      body: 'From an old tab',
      revision: '1',
    });
    expect(stale.status).toBe(400);
    expect(stale.text).toContain('This message was changed since you opened it');
    expect(
      (await t.dataSource.getRepository(ConversationMessage).findOneByOrFail({ id: message.id }))
        .body,
    ).toBe('First draft');
  });

  it('delivers a new message live to the participants in the room, and to nobody else', async () => {
    const amina = await member({ role: 'official', org: 'KEN', name: 'Amina Kamau' });
    const baraka = await member({ role: 'official', org: 'TZA', name: 'Baraka Mwangi' });
    const admin = await member({ role: 'admin', withTwoFactor: true });
    const started = await start(amina, { recipients: baraka.user.email, body: 'Hello' });
    const id = conversationOf(started.headers.location);
    const room = `conversation:${id}`;
    const connect = async (who: Member) => {
      const socket = await connectLive(url, { cookie: cookieOf(who.agent), origin: TEST_ORIGIN });
      sockets.push(socket);
      return socket;
    };
    const barakaSocket = await connect(baraka);
    const adminSocket = await connect(admin);
    expect(await subscribe(barakaSocket, room)).toBe(true);
    expect(await subscribe(adminSocket, room)).toBe(false);
    const received = eventsOf(barakaSocket, 'conversation.message');
    const counts = eventsOf(barakaSocket, 'conversations.unread');
    const leaked = eventsOf(adminSocket, 'conversation.message');

    await reply(amina, id, 'Hello **live**');
    const event = await waitUntil(received, (e) => e.conversationId === id);
    expect(event).toMatchObject({
      authorId: amina.user.id,
      author: 'Amina Kamau',
      html: '<p>Hello <strong>live</strong></p>\n',
    });
    // Baraka's badge hears of it in every tab.
    expect((await waitUntil(counts, (c) => c.count === 1)).count).toBe(1);
    // The script's "seen" brings the count back down.
    const token = await csrfFrom(baraka.agent, '/conversations');
    const seen = await baraka.agent
      .post(`/conversations/${id}/read`)
      .type('form')
      .send({ _csrf: token, upTo: String(event.messageId) });
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual({ unread: 0 });
    expect(leaked).toEqual([]);

    // Once Baraka leaves, his socket is taken out of the room.
    const leave = await csrfFrom(baraka.agent, '/conversations');
    await baraka.agent.post(`/conversations/${id}/leave`).type('form').send({ _csrf: leave });
    await reply(amina, id, 'Still there?');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received.map((e) => e.html)).not.toContain('<p>Still there?</p>\n');
    expect(await subscribe(barakaSocket, room)).toBe(false);
  });
  it('lists unread conversations first, and opens a long one at the page of the first unread', async () => {
    const amina = await member({ role: 'official', org: 'KEN', name: 'Amina Kamau' });
    const baraka = await member({ role: 'official', org: 'TZA', name: 'Baraka Mwangi' });
    const service = t.app.get(ConversationsService);
    const asAmina = actorFor((await t.app.get(UsersService).findAuthenticated(amina.user.id))!);
    const asBaraka = actorFor((await t.app.get(UsersService).findAuthenticated(baraka.user.id))!);
    const older = await service.start(asAmina, {
      recipients: baraka.user.email,
      subject: 'Older, unread',
      body: 'one',
    });
    await service.start(asBaraka, {
      recipients: amina.user.email,
      subject: 'Newer, read',
      body: 'Written by Baraka',
    });
    const list = (await baraka.agent.get('/conversations')).text;
    expect(list.indexOf('Older, unread')).toBeGreaterThan(-1);
    expect(list.indexOf('Older, unread')).toBeLessThan(list.indexOf('Newer, read'));
    // 31 more messages: Baraka read none of them, so the first unread (the first message) is on
    // page 1; once he read page 1, the first unread is on page 2.
    for (let i = 2; i <= 32; i++)
      await service.reply(asAmina, older.conversation.id, { body: `message ${i}` });
    const id = older.conversation.id;
    const first = await baraka.agent.get(`/conversations/${id}`);
    expect(first.headers.location).toBe(`/conversations/${id}?page=1#message-${older.message.id}`);
    const pageOne = await baraka.agent.get(`/conversations/${id}?page=1`);
    expect(pageOne.text).toContain('message 30');
    expect(pageOne.text).not.toContain('message 31');
    const all = await messages(id);
    const again = await baraka.agent.get(`/conversations/${id}`);
    expect(again.headers.location).toBe(`/conversations/${id}?page=2#message-${all[30].id}`);
    expect((await baraka.agent.get('/conversations')).text).toContain('2 new messages');
  });

  it('does not let a deactivated participant keep others out', async () => {
    const staff = await member({ role: 'staff', withTwoFactor: true });
    const amina = await member({ role: 'official', org: 'KEN', name: 'Amina Kamau' });
    const nigerian = await member({ role: 'official', org: 'NGA', name: 'Chidi Okafor' });
    const started = await start(staff, { recipients: amina.user.email, body: 'Hello' });
    const id = conversationOf(started.headers.location);
    await t.dataSource.getRepository(User).update({ id: amina.user.id }, { active: false });
    const added = await postForm(
      staff.agent,
      `/conversations/${id}?page=1`,
      `/conversations/${id}/participants`,
      { recipient: nigerian.user.email },
    );
    expect(added.status).toBe(303);
  });
});
