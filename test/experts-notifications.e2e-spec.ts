import { AssistanceRequest } from '../src/experts/assistance-request.entity';
import { Engagement } from '../src/experts/engagement.entity';
import { ExpertsNotifier } from '../src/experts/experts-notifier';
import { Notification } from '../src/notifications/notification.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { activeExpertProfile } from './support/experts-fixture';
import { createUser } from './support/factories';
import { postForm, signedInAgent, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The Pool of Experts through the notification pipeline: who hears of each step of an
 * engagement (and of a new request), with which change and why, and that the subject is shown
 * only to members who may still open it.
 */
describe('Pool of Experts: notifications', () => {
  let t: TestApp;
  const people: Record<string, User> = {};
  const agents: Record<string, Agent> = {};
  let expertId: number;
  let requestId: number;
  let engagementId: number;

  const REQUEST = {
    pillar: 'piu',
    topic: 'Xqz targeting rules mentoring',
    description: '',
    language: 'en',
    format: 'remote',
    startsOn: '2030-03-04',
    endsOn: '2030-03-08',
    effortDays: '3',
    roadmapStepId: '',
  };

  /** Who got a notification of `kind:id`, by name, with the change and the reason. */
  async function told(kind: string, id: number, since = 0) {
    const rows = await t.dataSource.getRepository(Notification).find({
      where: { subjectKind: kind, subjectId: String(id) },
      order: { id: 'ASC' },
    });
    const names = new Map(Object.entries(people).map(([name, user]) => [user.id, name]));
    return rows
      .filter((row) => row.id > since)
      .map((row) => {
        const change = (JSON.parse(row.params) as { change?: string }).change;
        return `${names.get(row.userId)} ${row.type}${change ? `:${change}` : ''} (${row.reason})`;
      })
      .sort();
  }

  async function lastId(): Promise<number> {
    const [last] = await t.dataSource
      .getRepository(Notification)
      .find({ order: { id: 'DESC' }, take: 1 });
    return last?.id ?? 0;
  }

  /** Where `who`'s notification of `kind:id` leads (the centre's "open" link). */
  async function opened(who: string, kind: string, id: number): Promise<string> {
    const row = await t.dataSource.getRepository(Notification).findOneOrFail({
      where: { userId: people[who].id, subjectKind: kind, subjectId: String(id) },
      order: { id: 'ASC' },
    });
    const response = await agents[who].get(`/notifications/${row.id}/open`);
    expect(response.status).toBe(303);
    return response.headers.location;
  }

  async function step(who: string, id: number, name: string) {
    const page = `/experts/engagements/${id}`;
    expect((await postForm(agents[who], page, `${page}/${name}`, {})).status).toBe(303);
  }

  async function propose(who: string, request: number, startsOn: string, endsOn: string) {
    const page = `/experts/requests/${request}`;
    const proposed = await postForm(agents[who], page, `${page}/propose`, {
      expertId: String(expertId),
      startsOn,
      endsOn,
    });
    expect(proposed.status).toBe(303);
    return Number(/(\d+)$/.exec(proposed.headers.location)![1]);
  }

  beforeAll(async () => {
    t = await startTestApp();
    const make = async (name: string, fields: Parameters<typeof createUser>[1]) => {
      people[name] = await createUser(t.dataSource, { name: `Xqz ${name}`, ...fields });
      agents[name] = await signedInAgent(t.server, people[name]);
    };
    await make('sam', { role: 'staff', withTwoFactor: true });
    await make('sue', { role: 'staff', withTwoFactor: true });
    await make('admin', { role: 'admin', withTwoFactor: true });
    await make('fay', { role: 'focal-point', org: 'KEN' });
    await make('finn', { role: 'focal-point', org: 'KEN' });
    await make('olga', { role: 'official', org: 'KEN' });
    await make('ugo', { role: 'focal-point', org: 'UGA' });
    await make('eve', { role: 'expert' });
    await make('otto', { role: 'expert' });
    expertId = (await activeExpertProfile(t.dataSource, people.eve.id)).id;
    await activeExpertProfile(t.dataSource, people.otto.id);
  });
  afterAll(() => t.close());

  it('tells programme staff of a new request, for their review', async () => {
    const created = await postForm(
      agents.fay,
      '/experts/requests/new',
      '/experts/requests',
      REQUEST,
    );
    expect(created.status).toBe(303);
    requestId = (
      await t.dataSource.getRepository(AssistanceRequest).findOneByOrFail({ topic: REQUEST.topic })
    ).id;
    expect(await told('expert-request', requestId)).toEqual([
      'sam review (staff)',
      'sue review (staff)',
    ]);
    const centre = await agents.sue.get('/notifications');
    expect(centre.text).toContain('Xqz fay submitted something for review');
    expect(centre.text).toContain(REQUEST.topic);
    expect(await opened('sue', 'expert-request', requestId)).toBe(`/experts/requests/${requestId}`);
  });

  it('tells the expert of a proposal, and only them', async () => {
    engagementId = await propose('sam', requestId, REQUEST.startsOn, REQUEST.endsOn);
    expect(await told('engagement', engagementId)).toEqual(['eve engagement:proposed (assigned)']);
    // Mailed unless read first, as the type's default delivery; a row of its own to change it.
    const row = await t.dataSource
      .getRepository(Notification)
      .findOneByOrFail({ userId: people.eve.id, subjectKind: 'engagement' });
    expect(row.mailState).toBe('pending');
    const preferences = await agents.eve.get('/account/notifications');
    expect(preferences.text).toContain('Expert engagements I take part in');
    expect(preferences.text).toMatch(/name="delivery_engagement"[^>]*value="email"[^>]*checked/);
    const centre = await agents.eve.get('/notifications');
    expect(centre.text).toContain('Xqz sam proposed you for an engagement');
    expect(centre.text).toContain(REQUEST.topic);
    expect(await opened('eve', 'engagement', engagementId)).toBe(
      `/experts/engagements/${engagementId}`,
    );
  });

  it('tells the State’s focal points and the proposer that the expert accepted', async () => {
    const since = await lastId();
    await step('eve', engagementId, 'accept');
    expect(await told('engagement', engagementId, since)).toEqual([
      'fay engagement:accepted (state)',
      'finn engagement:accepted (state)',
      'sam engagement:accepted (participant)',
    ]);
    expect((await agents.finn.get('/notifications')).text).toContain(
      'Xqz eve accepted the engagement',
    );
  });

  it('tells the expert and the proposer that the State confirmed', async () => {
    const since = await lastId();
    await step('fay', engagementId, 'confirm');
    expect(await told('engagement', engagementId, since)).toEqual([
      'eve engagement:confirmed (assigned)',
      'sam engagement:confirmed (participant)',
    ]);
  });

  it('tells the other parties of the closure, then the side rated of feedback', async () => {
    let since = await lastId();
    await step('fay', engagementId, 'close');
    expect(await told('engagement', engagementId, since)).toEqual([
      'eve engagement:closed (assigned)',
      'finn engagement:closed (state)',
      'sam engagement:closed (participant)',
    ]);
    since = await lastId();
    const page = `/experts/engagements/${engagementId}`;
    const rated = await postForm(agents.fay, page, `${page}/feedback`, {
      knowledge: '5',
      communication: '4',
      responsiveness: '5',
      fit: '4',
      again: 'yes',
      comment: '',
    });
    expect(rated.status).toBe(303);
    expect(await told('engagement', engagementId, since)).toEqual([
      'eve engagement:feedback (assigned)',
    ]);
    since = await lastId();
    expect((await postForm(agents.eve, page, `${page}/feedback`, { rating: '4' })).status).toBe(
      303,
    );
    expect(await told('engagement', engagementId, since)).toEqual([
      'fay engagement:feedback (state)',
      'finn engagement:feedback (state)',
    ]);
    // The expert answers the State's feedback: the focal points who wrote it hear of it.
    since = await lastId();
    expect(
      (await postForm(agents.eve, page, `${page}/reply`, { reply: 'Thank you, Kenya.' })).status,
    ).toBe(303);
    expect(await told('engagement', engagementId, since)).toEqual([
      'fay engagement:reply (state)',
      'finn engagement:reply (state)',
    ]);
  });

  it('tells the State and the proposer of a decline, and everyone of a cancellation', async () => {
    // The first request is closed with its engagement: Kenya asks again.
    const again = await postForm(agents.fay, '/experts/requests/new', '/experts/requests', {
      ...REQUEST,
      topic: 'Xqz second request',
    });
    expect(again.status).toBe(303);
    requestId = Number(/(\d+)$/.exec(again.headers.location)![1]);
    const declined = await propose('sam', requestId, '2030-04-01', '2030-04-02');
    let since = await lastId();
    await step('eve', declined, 'decline');
    expect(await told('engagement', declined, since)).toEqual([
      'fay engagement:declined (state)',
      'finn engagement:declined (state)',
      'sam engagement:declined (participant)',
    ]);
    const cancelled = await propose('sam', requestId, '2030-05-01', '2030-05-02');
    since = await lastId();
    await step('sue', cancelled, 'cancel');
    expect(await told('engagement', cancelled, since)).toEqual([
      'eve engagement:cancelled (assigned)',
      'fay engagement:cancelled (state)',
      'finn engagement:cancelled (state)',
      'sam engagement:cancelled (participant)',
    ]);
  });

  it('shows the subject only to a member who may still open it', async () => {
    const notifier = t.app.get(ExpertsNotifier);
    const users = t.app.get(UsersService);
    const signedIn = async (name: string) => (await users.findAuthenticated(people[name].id))!;
    const ids = [String(engagementId)];
    // Parties and staff may open the engagement; another State's focal point and another
    // expert may not.
    for (const name of ['eve', 'fay', 'olga', 'sam', 'admin']) {
      expect([...(await notifier.describeEngagements(await signedIn(name), ids)).keys()]).toEqual(
        ids,
      );
    }
    for (const name of ['ugo', 'otto']) {
      expect((await notifier.describeEngagements(await signedIn(name), ids)).size).toBe(0);
    }
    // The request: the State's members and staff, not another State's or an unassigned expert.
    const request = [String(requestId)];
    expect((await notifier.describeRequests(await signedIn('finn'), request)).size).toBe(1);
    expect((await notifier.describeRequests(await signedIn('sue'), request)).size).toBe(1);
    expect((await notifier.describeRequests(await signedIn('ugo'), request)).size).toBe(0);
    expect((await notifier.describeRequests(await signedIn('otto'), request)).size).toBe(0);

    // Finn leaves Kenya's service for Uganda's: his notifications no longer show the subject.
    const before = await agents.finn.get('/notifications');
    expect(before.text).toContain(REQUEST.topic);
    expect(before.text).not.toContain('No longer available to you');
    const uganda = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'UGA' });
    await t.dataSource
      .getRepository(User)
      .update({ id: people.finn.id }, { organisationId: uganda.id });
    expect((await notifier.describeEngagements(await signedIn('finn'), ids)).size).toBe(0);
    const after = await agents.finn.get('/notifications');
    expect(after.status).toBe(200);
    expect(after.text).not.toContain(REQUEST.topic);
    expect(await opened('finn', 'engagement', engagementId)).toBe('/notifications');
    expect(after.text).toContain('No longer available to you');
    // And a new step does not reach him any more, as a recipient or otherwise.
    const since = await lastId();
    const another = await propose('sam', requestId, '2030-06-01', '2030-06-02');
    await step('eve', another, 'accept');
    expect(await told('engagement', another, since)).toEqual([
      'eve engagement:proposed (assigned)',
      'fay engagement:accepted (state)',
      'sam engagement:accepted (participant)',
    ]);
    expect(await t.dataSource.getRepository(Engagement).countBy({ requestId })).toBe(3);
  });
});
