import { actorFor } from '../src/common/actor/actor';
import type { Role } from '../src/common/identity/role';
import { ExpertAvailability } from '../src/experts/expert-availability.entity';
import { ExpertProfile } from '../src/experts/expert-profile.entity';
import { EngagementsService } from '../src/experts/engagements.service';
import { RequestsService } from '../src/experts/requests.service';
import { UsersService } from '../src/users/users.service';
import type { User } from '../src/users/user.entity';
import { createUser } from './support/factories';
import { csrfFrom, type Agent, signedInAgent } from './support/http';
import { ManualClock } from './support/manual-clock';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

/** Who visits: every role, a second State's official, the engaged expert and another expert. */
type Visitor = Role | 'other-official' | 'engaged-expert' | 'other-expert';
const VISITORS: Visitor[] = [
  'admin',
  'staff',
  'partner',
  'focal-point',
  'official',
  'other-official',
  'engaged-expert',
  'other-expert',
  'piu-analyst',
];
/** The engaged expert's phases: the same answers except where a row says otherwise. */
type Phase = 'before' | 'during' | 'after';

interface Ids {
  requestId: number;
  engagementId: number;
  expertId: number;
  periodId: number;
}

interface Row {
  method: 'GET' | 'POST';
  path: (ids: Ids) => string;
  /** Status per visitor; `engaged-expert` may differ by phase. */
  expect: Partial<Record<Visitor, number>> & { default: number };
  engaged?: Record<Phase, number>;
  body?: Record<string, string>;
}

const AREA_OUT = { partner: 403, 'piu-analyst': 403 } as const;
const STAFF_ONLY = { ...AREA_OUT, default: 403, admin: 200, staff: 200 };
const PARTIES = {
  ...AREA_OUT,
  default: 404,
  admin: 200,
  staff: 200,
  'focal-point': 200,
  official: 200,
  'engaged-expert': 200,
};

/**
 * The Pool of Experts' routes on real rows, for every role and for an expert before, during
 * and after their engagement with Kenya (2 to 6 March 2026): the authorisation matrix of the
 * issue, row by row. Staff pages are 403 to the other roles of the area; a row someone may not
 * see is 404; partners and PIU analysts have no use for the area (403).
 */
const ROWS: Row[] = [
  { method: 'GET', path: () => '/experts', expect: { ...AREA_OUT, default: 200 } },
  {
    method: 'GET',
    path: () => '/experts/profile',
    expect: { ...AREA_OUT, default: 403, 'engaged-expert': 200, 'other-expert': 200 },
  },
  {
    method: 'GET',
    path: () => '/experts/hours.csv',
    expect: { ...AREA_OUT, default: 403, 'engaged-expert': 200, 'other-expert': 200 },
  },
  { method: 'GET', path: () => '/experts/figures', expect: STAFF_ONLY },
  { method: 'GET', path: (ids) => `/experts/pool/${ids.expertId}`, expect: STAFF_ONLY },
  { method: 'GET', path: () => '/experts/requests', expect: { ...AREA_OUT, default: 200 } },
  {
    method: 'GET',
    path: () => '/experts/requests/new',
    expect: { ...AREA_OUT, default: 403, admin: 200, staff: 200, 'focal-point': 200 },
  },
  {
    method: 'GET',
    path: (ids) => `/experts/requests/${ids.requestId}`,
    expect: PARTIES,
    engaged: { before: 404, during: 200, after: 404 },
  },
  { method: 'GET', path: (ids) => `/experts/engagements/${ids.engagementId}`, expect: PARTIES },
  {
    method: 'GET',
    path: () => '/states/KEN',
    // Partners use the States' area for roadmaps shared with their agency; KEN's was not.
    expect: { ...PARTIES, partner: 404, 'piu-analyst': 403 },
    engaged: { before: 404, during: 200, after: 404 },
  },
  {
    method: 'POST',
    path: (ids) => `/experts/profile/availability/${ids.periodId}/delete`,
    // Only its owner may remove a period (the first post removes it, so later ones find
    // nothing); the other expert gets 404, other roles 403.
    expect: { ...AREA_OUT, default: 403, 'other-expert': 404 },
    engaged: { before: 303, during: 404, after: 404 },
  },
  {
    method: 'POST',
    path: (ids) => `/experts/engagements/${ids.engagementId}/feedback`,
    // Parties are told the engagement is not closed (400); others find nothing (404).
    expect: {
      ...PARTIES,
      admin: 400,
      staff: 400,
      'focal-point': 400,
      official: 400,
      'engaged-expert': 400,
    },
  },
  {
    method: 'POST',
    path: (ids) => `/experts/engagements/${ids.engagementId}/accept`,
    expect: {
      ...PARTIES,
      admin: 400,
      staff: 400,
      'focal-point': 400,
      official: 400,
      'engaged-expert': 400,
    },
  },
  {
    method: 'POST',
    path: (ids) => `/experts/requests/${ids.requestId}/propose`,
    body: { expertId: '999999', startsOn: '2026-05-01', endsOn: '2026-05-02' },
    // Staff are told the expert is not there (400); the State's members may not propose (403).
    expect: { ...AREA_OUT, default: 403, admin: 400, staff: 400 },
  },
];

describe('Pool of Experts: who may use what, and an expert before, during and after', () => {
  let t: TestApp;
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 6));
  const agents = new Map<Visitor, Agent>();
  const ids: Ids = { requestId: 0, engagementId: 0, expertId: 0, periodId: 0 };

  const agentAs = (user: User) => signedInAgent(t.server, user);

  beforeAll(async () => {
    t = await startTestApp({}, undefined, { clock });
    const users = new Map<Visitor, User>();
    for (const visitor of VISITORS) {
      const role: Role =
        visitor === 'other-official'
          ? 'official'
          : visitor.endsWith('expert')
            ? 'expert'
            : (visitor as Role);
      const user = await createUser(t.dataSource, {
        role,
        org: visitor === 'other-official' ? 'UGA' : undefined,
        withTwoFactor: ['admin', 'staff', 'piu-analyst'].includes(role),
      });
      users.set(visitor, user);
    }
    const auth = async (visitor: Visitor) =>
      actorFor((await t.app.get(UsersService).findAuthenticated(users.get(visitor)!.id))!);
    const profiles = t.dataSource.getRepository(ExpertProfile);
    for (const visitor of ['engaged-expert', 'other-expert'] as const) {
      await profiles.save(
        profiles.create({
          userId: users.get(visitor)!.id,
          status: 'active',
          consent: true,
          backgrounds: 'detection',
          pillars: 'piu',
          languages: 'en',
          regions: 'Africa',
          organisation: '',
          biography: '',
        }),
      );
    }
    const expert = await profiles.findOneByOrFail({ userId: users.get('engaged-expert')!.id });
    ids.expertId = expert.id;
    ids.periodId = (
      await t.dataSource.getRepository(ExpertAvailability).save({
        expertId: expert.id,
        kind: 'available',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        note: '',
      })
    ).id;
    const request = await t.app.get(RequestsService).create(await auth('focal-point'), {
      pillar: 'piu',
      topic: 'Mentoring',
      language: 'en',
      format: 'remote',
      startsOn: '2026-03-02',
      endsOn: '2026-03-06',
      effortDays: 3,
    });
    ids.requestId = request.id;
    const engagements = t.app.get(EngagementsService);
    const engagement = await engagements.propose(await auth('staff'), request.id, {
      expertId: expert.id,
      startsOn: '2026-03-02',
      endsOn: '2026-03-06',
    });
    ids.engagementId = engagement.id;
    await engagements.step(await auth('engaged-expert'), engagement.id, 'accept');
    await engagements.step(await auth('focal-point'), engagement.id, 'confirm');
    for (const visitor of VISITORS) agents.set(visitor, await agentAs(users.get(visitor)!));
  });
  afterAll(() => t.close());

  async function statusOf(visitor: Visitor, row: Row): Promise<number> {
    const agent = agents.get(visitor)!;
    const path = row.path(ids);
    if (row.method === 'GET') return (await agent.get(path)).status;
    const token = await csrfFrom(agent, '/login');
    return (
      await agent
        .post(path)
        .type('form')
        .send({ _csrf: token, ...row.body })
    ).status;
  }

  it.each(['before', 'during', 'after'] as Phase[])(
    'answers each visitor as expected, %s the engagement',
    async (phase) => {
      // The clock jumps: days of background sweeps are not what this matrix looks at.
      if (phase === 'during') await clock.jump(2 * DAY);
      if (phase === 'after') await clock.jump(5 * DAY);
      const failures: string[] = [];
      for (const row of ROWS) {
        for (const visitor of VISITORS) {
          // The rows that depend on the dates are checked for every visitor in every phase.
          const expected =
            visitor === 'engaged-expert' && row.engaged
              ? row.engaged[phase]
              : (row.expect[visitor] ?? row.expect.default);
          const status = await statusOf(visitor, row);
          if (status !== expected)
            failures.push(
              `${row.method} ${row.path(ids)} as ${visitor} ${phase}: ${status}, expected ${expected}`,
            );
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
