import { AuditEvent } from '../src/audit/audit-event.entity';
import type { AuthenticatedUser } from '../src/common/auth/authenticated-user';
import { InProcessJobRunner } from '../src/jobs/in-process-job-runner';
import { JobRunner } from '../src/jobs/job-runner';
import type {
  NotificationSource,
  NotificationSubject,
} from '../src/notifications/notification-source';
import { NotificationPreference } from '../src/notifications/notification-preference.entity';
import { NotificationSettings } from '../src/notifications/notification-settings.entity';
import { Notification } from '../src/notifications/notification.entity';
import type { NotificationEvent, NotificationType } from '../src/notifications/notification-types';
import { NotificationsService } from '../src/notifications/notifications.service';
import type { User } from '../src/users/user.entity';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn } from './support/http';
import { TEST_ORIGIN, connectLive, cookieOf, listen, type LiveClient } from './support/live-client';
import { ManualClock } from './support/manual-clock';
import { SmtpSink } from './support/smtp-sink';
import { TcpProxy } from './support/tcp-proxy';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A producer's source for the tests: subjects in memory, each with the members who may see it
 * (revoking one is a line), like a forum's threads checked with the visibility policy.
 */
class TestSource implements NotificationSource {
  readonly subjects = new Map<string, NotificationSubject & { readers: Set<number> }>();
  constructor(readonly kind: string) {}

  add(id: number, title: string, readers: number[]): void {
    this.subjects.set(String(id), {
      title,
      excerpt: `Excerpt of ${title}`,
      path: `/test/${this.kind}/${id}`,
      readers: new Set(readers),
    });
  }

  describe(user: AuthenticatedUser, ids: readonly string[]) {
    const found = new Map<string, NotificationSubject>();
    for (const id of ids) {
      const subject = this.subjects.get(id);
      if (subject?.readers.has(user.id)) {
        found.set(id, { title: subject.title, excerpt: subject.excerpt, path: subject.path });
      }
    }
    return Promise.resolve(found);
  }
}

const EVENTS: { [T in NotificationType]: NotificationEvent<T>['params'] } = {
  mention: {},
  reply: {},
  'new-thread': {},
  'new-resource': {},
  meeting: { change: 'scheduled', startsAt: '2026-02-03T09:00:00Z' },
  'action-item': { change: 'assigned', dueOn: '2026-02-10' },
  review: {},
  message: {},
  document: { change: 'submitted' },
  engagement: { change: 'accepted' },
};

describe('notifications', () => {
  let t: TestApp;
  let url: string;
  let sink: SmtpSink;
  let proxy: TcpProxy;
  const clock = new ManualClock(Date.UTC(2026, 0, 5, 8));
  let runner: InProcessJobRunner;
  let notifications: NotificationsService;
  const threads = new TestSource('test-thread');
  const resources = new TestSource('test-resource');
  const sockets: LiveClient[] = [];
  let nextSubject = 1;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    proxy = await TcpProxy.start({ targetHost: sink.host, targetPort: sink.port });
    t = await startTestApp(
      { SMTP_URL: `smtp://${proxy.host}:${proxy.port}`, MAIL_FROM: 'Portal <portal@example.org>' },
      undefined,
      { clock },
    );
    url = await listen(t);
    runner = t.app.get<JobRunner, InProcessJobRunner>(JobRunner);
    notifications = t.app.get(NotificationsService);
    notifications.registerSource(threads);
    notifications.registerSource(resources);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await t.close();
    await proxy.close();
    await sink.stop();
  });

  async function member(overrides: Parameters<typeof createUser>[1] = {}) {
    const user = await createUser(t.dataSource, { name: 'Amina Diallo', ...overrides });
    const agent = agentFor(t.server);
    await signIn(agent, user);
    return { user, agent };
  }

  /** A subject the given members may see. */
  function thread(readers: User[], source = threads): number {
    const id = nextSubject++;
    source.add(
      id,
      `Thread ${id} on PNR retention`,
      readers.map((r) => r.id),
    );
    return id;
  }

  /** Moves time and waits until the jobs it started have finished. */
  async function advance(ms: number): Promise<void> {
    await clock.advance(ms);
    await runner.idle();
    // A job that queued another (a sweep queues digests) did so once the clock had stopped:
    // let what came due now run too.
    for (let round = 0; round < 3; round++) {
      await clock.advance(0);
      await runner.idle();
    }
  }

  /** The message's headers, folded lines joined. */
  function header(raw: string, name: string): string | undefined {
    const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
    return new RegExp(`^${name}: (.*)$`, 'mi').exec(head)?.[1];
  }

  const rowsOf = (userId: number) =>
    t.dataSource.getRepository(Notification).find({ where: { userId }, order: { id: 'ASC' } });

  function setDelivery(userId: number, type: NotificationType, delivery: string) {
    return t.dataSource.getRepository(NotificationPreference).insert({ userId, type, delivery });
  }

  it('turns an event of every type into one notification per recipient, listed in the centre', async () => {
    const { user: reader, agent } = await member();
    const { user: author } = await member({ name: 'Jomo Kariuki' });
    for (const type of Object.keys(EVENTS) as NotificationType[]) {
      const id = thread([reader, author]);
      await setDelivery(reader.id, type, 'in-app').catch(() => undefined);
      const result = await notifications.publish({
        type,
        recipients: [
          { userId: reader.id, reason: 'watching' },
          { userId: reader.id, reason: 'mentioned' },
          { userId: author.id, reason: 'participant' },
        ],
        subject: { kind: 'test-thread', id },
        actorUserId: author.id,
        params: EVENTS[type],
      });
      // The author acted: never notified of their own action; the reader once, first reason.
      expect(result.notified).toEqual([reader.id]);
    }
    const rows = await rowsOf(reader.id);
    expect(rows.map((r) => r.type)).toEqual(Object.keys(EVENTS));
    expect(new Set(rows.map((r) => r.reason))).toEqual(new Set(['watching']));
    expect(await rowsOf(author.id)).toHaveLength(0);

    const page = await agent.get('/notifications').expect(200);
    expect(page.text).toContain('10 unread notifications.');
    expect(page.text).toContain('Jomo Kariuki sent a document for review');
    expect(page.text).toContain('Jomo Kariuki accepted the engagement');
    expect(page.text).toContain('Jomo Kariuki sent you a message');
    expect(page.text).toContain('Jomo Kariuki mentioned you');
    expect(page.text).toContain('Jomo Kariuki replied');
    expect(page.text).toContain('Meeting scheduled for 3 Feb 2026');
    expect(page.text).toContain('Jomo Kariuki assigned you an action item, due 10 Feb 2026');
    expect(page.text).toContain('Jomo Kariuki accepted the engagement');
    expect(page.text).toContain(`Thread ${nextSubject - 1} on PNR retention`);
    expect(page.text).toContain('Excerpt of Thread');
    // The badge on every page, the home page included.
    const home = await agent.get('/').expect(200);
    expect(home.text).toMatch(/data-unread="10"/);
  });

  it('notifies nobody who may not see the subject, nor who turned the type off', async () => {
    const { user: allowed } = await member();
    const { user: outsider } = await member({ org: 'SEN' });
    const { user: muted } = await member();
    await setDelivery(muted.id, 'mention', 'off');
    const id = thread([allowed, muted]);
    const result = await notifications.publish({
      type: 'mention',
      recipients: [
        { userId: allowed.id, reason: 'mentioned' },
        { userId: outsider.id, reason: 'mentioned' },
        { userId: muted.id, reason: 'mentioned' },
      ],
      subject: { kind: 'test-thread', id },
      params: {},
    });
    expect(result).toEqual({ notified: [allowed.id], refused: [outsider.id], muted: [muted.id] });
    expect(await rowsOf(outsider.id)).toHaveLength(0);
    expect(await rowsOf(muted.id)).toHaveLength(0);
    await expect(
      notifications.publish({
        type: 'reply',
        recipients: [],
        subject: { kind: 'no-such-kind', id: 1 },
        params: {},
      }),
    ).rejects.toThrow('no notification source');
  });

  it('opens through a redirect that marks read; marks one or all read; 404 for another’s', async () => {
    const { user, agent } = await member();
    const { agent: other, user: otherUser } = await member();
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const id = thread([user]);
      ids.push(id);
      await notifications.publish({
        type: 'new-thread',
        recipients: [{ userId: user.id, reason: 'watching' }],
        subject: { kind: 'test-thread', id },
        params: {},
      });
    }
    const [first, second] = await rowsOf(user.id);
    const opened = await agent.get(`/notifications/${first.id}/open`).expect(303);
    expect(opened.headers.location).toBe(`/test/test-thread/${ids[0]}`);
    expect((await rowsOf(user.id))[0].readAt).not.toBeNull();

    const token = await csrfFrom(agent, '/notifications');
    await agent
      .post(`/notifications/${second.id}/read`)
      .type('form')
      .send({ _csrf: token })
      .expect(303);
    expect((await rowsOf(user.id)).filter((n) => n.readAt === null)).toHaveLength(1);

    // Someone else's: 404, like one that does not exist, and audited.
    await other.get(`/notifications/${first.id}/open`).expect(404);
    const denied = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'access.denied', actorId: otherUser.id, targetType: 'notification' });
    expect(denied).toHaveLength(1);

    const all = await postForm(agent, '/notifications', '/notifications/read-all', {});
    expect(all.status).toBe(303);
    expect((await rowsOf(user.id)).every((n) => n.readAt !== null)).toBe(true);
    expect((await agent.get('/notifications')).text).toContain('You have read everything.');

    // A subject the member may no longer see: listed without its title; opening says so.
    threads.subjects.get(String(ids[2]))!.readers.delete(user.id);
    const page = await agent.get('/notifications').expect(200);
    expect(page.text).not.toContain(`Thread ${ids[2]} on`);
    expect(page.text).toContain('No longer available to you');
    const gone = await agent.get(`/notifications/${(await rowsOf(user.id))[2].id}/open`);
    expect(gone.headers.location).toBe('/notifications');
  });

  it('updates the badge live in every open tab of the member', async () => {
    const { user, agent } = await member();
    const cookie = cookieOf(agent);
    const tabs = await Promise.all(
      [1, 2].map(() => connectLive(url, { cookie, origin: TEST_ORIGIN })),
    );
    sockets.push(...tabs);
    const counts = tabs.map(
      (socket) => new Promise((resolve) => socket.once('notifications.unread', (p) => resolve(p))),
    );
    const id = thread([user]);
    await notifications.publish({
      type: 'reply',
      recipients: [{ userId: user.id, reason: 'replied-to' }],
      subject: { kind: 'test-thread', id },
      params: {},
    });
    expect(await Promise.all(counts)).toEqual([{ count: 1 }, { count: 1 }]);
    const zero = new Promise((resolve) => tabs[0].once('notifications.unread', (p) => resolve(p)));
    await postForm(agent, '/notifications', '/notifications/read-all', {});
    expect(await zero).toEqual({ count: 0 });
    expect((await agent.get('/')).text).toMatch(/data-unread="0"/);
  });

  it('mails a notification still unread after the delay, with both parts and one-click unsubscribe', async () => {
    const { user } = await member();
    const id = thread([user]);
    await notifications.publish({
      type: 'mention',
      recipients: [{ userId: user.id, reason: 'mentioned' }],
      subject: { kind: 'test-thread', id },
      params: {},
    });
    await advance(59_000);
    expect(sink.messages.filter((m) => m.envelopeTo.includes(user.email))).toHaveLength(0);
    await advance(1_000);
    const mail = await sink.nextMessage({ to: user.email });
    expect(mail.subject).toBe(`Someone mentioned you: Thread ${id} on PNR retention`);
    expect(mail.text).toContain('Hello Amina Diallo,');
    expect(mail.text).toContain(`Excerpt of Thread ${id}`);
    expect(mail.html).toContain(`Thread ${id} on PNR retention`);
    const [row] = await rowsOf(user.id);
    expect(mail.links).toContain(`http://127.0.0.1/notifications/${row.id}/open`);
    expect(row.mailState).toBe('sent');
    const unsubscribe = /^<([^>]+)>$/.exec(header(mail.raw, 'List-Unsubscribe') ?? '')?.[1];
    expect(unsubscribe).toMatch(
      /^http:\/\/127\.0\.0\.1\/notifications\/unsubscribe\/\d+\.mention\./,
    );
    expect(header(mail.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.links).toContain(unsubscribe);

    // The mail client's one-click POST: no cookie, no CSRF token, only the signed link.
    const anonymous = agentFor(t.server);
    await anonymous
      .post(new URL(unsubscribe!).pathname)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200);
    const preference = await t.dataSource
      .getRepository(NotificationPreference)
      .findOneByOrFail({ userId: user.id, type: 'mention' });
    expect(preference.delivery).toBe('in-app');
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'notifications.unsubscribed', targetId: String(user.id) });
    expect(JSON.parse(audit.details!)).toEqual({ topic: 'mention' });
    // Other types untouched.
    expect(
      await t.dataSource.getRepository(NotificationPreference).countBy({ userId: user.id }),
    ).toBe(1);

    // The next mention stays in the centre only.
    await notifications.publish({
      type: 'mention',
      recipients: [{ userId: user.id, reason: 'mentioned' }],
      subject: { kind: 'test-thread', id: thread([user]) },
      params: {},
    });
    await advance(3_600_000);
    expect(sink.messages.filter((m) => m.envelopeTo.includes(user.email))).toHaveLength(1);

    // A made-up or altered token changes nothing.
    const path = new URL(unsubscribe!).pathname;
    await anonymous.post(path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))).expect(404);
    await anonymous.get('/notifications/unsubscribe/1.mention.nope').expect(404);
  });

  it('mails nothing for what was read within the delay', async () => {
    const { user, agent } = await member();
    await notifications.publish({
      type: 'reply',
      recipients: [{ userId: user.id, reason: 'replied-to' }],
      subject: { kind: 'test-thread', id: thread([user]) },
      params: {},
    });
    const [row] = await rowsOf(user.id);
    await agent.get(`/notifications/${row.id}/open`).expect(303);
    await advance(60_000);
    expect((await rowsOf(user.id))[0].mailState).toBe('cancelled');
    expect(sink.messages.filter((m) => m.envelopeTo.includes(user.email))).toHaveLength(0);
  });

  it('sends at most one mail per thread per hour', async () => {
    const { user } = await member();
    const id = thread([user]);
    const reply = () =>
      notifications.publish({
        type: 'reply',
        recipients: [{ userId: user.id, reason: 'participant' }],
        subject: { kind: 'test-thread', id },
        threadKey: `thread:${id}`,
        params: {},
      });
    await reply();
    await advance(60_000);
    await sink.nextMessage({ to: user.email });
    await reply();
    await advance(30 * 60_000);
    await reply();
    await advance(60_000);
    expect(sink.messages.filter((m) => m.envelopeTo.includes(user.email))).toHaveLength(1);
    expect((await rowsOf(user.id)).map((n) => n.mailState)).toEqual(['sent', 'held', 'held']);
    await advance(60 * 60_000);
    await reply();
    await advance(60_000);
    await sink.nextMessage({ to: user.email });
  });

  it('leaves out of the mail and the digest what the member may no longer see at send time', async () => {
    const { user } = await member();
    const secret = thread([user]);
    const open = thread([user]);
    await notifications.publish({
      type: 'mention',
      recipients: [{ userId: user.id, reason: 'mentioned' }],
      subject: { kind: 'test-thread', id: secret },
      params: {},
    });
    // Access revoked between the event and the mail.
    threads.subjects.get(String(secret))!.readers.delete(user.id);
    await advance(60_000);
    expect((await rowsOf(user.id))[0].mailState).toBe('withheld');
    expect(sink.messages.filter((m) => m.envelopeTo.includes(user.email))).toHaveLength(0);

    // The digest: one visible, one revoked after the event.
    const hidden = thread([user], resources);
    for (const [kind, id] of [
      ['test-thread', open],
      ['test-resource', hidden],
    ] as const) {
      await notifications.publish({
        type: kind === 'test-thread' ? 'new-thread' : 'new-resource',
        recipients: [{ userId: user.id, reason: 'watching' }],
        subject: { kind, id },
        params: {},
      });
    }
    resources.subjects.get(String(hidden))!.readers.delete(user.id);
    // A week after the oldest, at the next hourly sweep.
    await advance(7 * 86_400_000 - 3_600_000);
    expect(sink.messages.filter((m) => m.envelopeTo.includes(user.email))).toHaveLength(0);
    await advance(2 * 3_600_000);
    const digest = await sink.nextMessage({ to: user.email });
    expect(digest.subject).toBe('1 notification you missed');
    expect(digest.text).toContain(`Thread ${open} on PNR retention`);
    expect(digest.text).not.toContain(`Thread ${hidden} on`);
    expect(digest.html).not.toContain(`Thread ${hidden} on`);
    expect(digest.text).not.toContain(`Thread ${secret} on`);
    expect(header(digest.raw, 'List-Unsubscribe')).toMatch(
      /^<http:\/\/127\.0\.0\.1\/notifications\/unsubscribe\/\d+\.digest\./,
    );
    // Done: the next sweeps send nothing more.
    await advance(7 * 86_400_000);
    expect(sink.messages.filter((m) => m.envelopeTo.includes(user.email))).toHaveLength(1);
  });

  it('sends a daily digest to who chose it, grouping what they missed by type', async () => {
    const { user, agent } = await member();
    const form: Record<string, string> = { digestFrequency: 'daily' };
    for (const type of Object.keys(EVENTS)) form[`delivery_${type}`] = 'digest';
    form['delivery_review'] = 'off';
    const saved = await postForm(agent, '/account/notifications', '/account/notifications', form);
    expect(saved.status).toBe(303);
    expect(
      (await t.dataSource.getRepository(NotificationSettings).findOneByOrFail({ userId: user.id }))
        .digestFrequency,
    ).toBe('daily');
    for (const type of ['new-thread', 'new-resource', 'new-thread'] as const) {
      await notifications.publish({
        type,
        recipients: [{ userId: user.id, reason: 'pillar' }],
        subject: { kind: 'test-thread', id: thread([user]) },
        params: {},
      });
    }
    await advance(60_000);
    expect(sink.messages.filter((m) => m.envelopeTo.includes(user.email))).toHaveLength(0);
    await advance(86_400_000 + 3_600_000);
    const digest = await sink.nextMessage({ to: user.email });
    expect(digest.subject).toBe('3 notifications you missed');
    const threadsAt = digest.text.indexOf('New threads in what I watch');
    const resourcesAt = digest.text.indexOf('New resources in my pillars or State');
    expect(threadsAt).toBeGreaterThan(-1);
    expect(resourcesAt).toBeGreaterThan(threadsAt);
    expect(digest.html).toContain('<h2');
  });

  it('keeps a mail through an SMTP outage and sends it when the server is back', async () => {
    const { user } = await member();
    await notifications.publish({
      type: 'mention',
      recipients: [{ userId: user.id, reason: 'mentioned' }],
      subject: { kind: 'test-thread', id: thread([user]) },
      params: {},
    });
    proxy.cut();
    await advance(60_000); // first attempt fails
    await advance(60_000); // first retry, a minute later, fails too
    expect((await rowsOf(user.id))[0].mailState).toBe('pending');
    proxy.restore();
    await advance(120_000); // second retry
    await sink.nextMessage({ to: user.email });
    expect((await rowsOf(user.id))[0].mailState).toBe('sent');
  });

  it('serves the socket.io browser client the badge script needs, as a script', async () => {
    const response = await agentFor(t.server).get('/assets/js/socket.io.min.js').expect(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.text).toMatch(/^\/\*!\s*\n?\s*\*?\s*Socket\.IO v4/);
  });

  it('saves preferences with a no-JavaScript form, and re-renders a bad one with its message', async () => {
    const { user, agent } = await member();
    const page = await agent.get('/account/notifications').expect(200);
    expect(page.text).toContain('Mentions of me');
    expect(page.text).toMatch(/name="delivery_new-thread" value="digest" checked/);
    expect(page.text).toMatch(/name="digestFrequency" value="weekly" checked/);
    const bad = await postForm(agent, '/account/notifications', '/account/notifications', {
      delivery_mention: 'carrier-pigeon',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Choose one of the options.');
    // The badge is on a re-rendered form too.
    expect(bad.text).toMatch(/data-unread="0"/);
    expect(
      await t.dataSource.getRepository(NotificationPreference).countBy({ userId: user.id }),
    ).toBe(0);
    // Without the CSRF token: refused, nothing changed.
    await agent
      .post('/account/notifications')
      .type('form')
      .send({ digestFrequency: 'off' })
      .expect(403);
  });
});
