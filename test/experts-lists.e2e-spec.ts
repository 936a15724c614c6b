import { VisibilityColumns } from '../src/common/visibility/visibility-columns';
import { AssistanceRequest } from '../src/experts/assistance-request.entity';
import { Engagement } from '../src/experts/engagement.entity';
import { ExpertProfile } from '../src/experts/expert-profile.entity';
import type { EngagementStatus } from '../src/experts/expert-vocabulary';
import { Organisation } from '../src/organisations/organisation.entity';
import type { User } from '../src/users/user.entity';
import { activeExpertProfile } from './support/experts-fixture';
import { createUser } from './support/factories';
import { signedInAgent, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

/** The rows of the table after `marker` (up to the next table), as their text. */
function rowsAfter(html: string, marker: string): string[] {
  const from = html.indexOf(marker);
  if (from < 0) return [];
  const table = html.slice(from, html.indexOf('</table>', from));
  return [...table.matchAll(/<tbody>([\s\S]*)<\/tbody>/g)].flatMap((m) =>
    [...m[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => row[1]),
  );
}

/** The links of a page, unescaped (`&#x3D;` and `&amp;` as written by the views). */
const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) =>
    m[1].replace(/&#x3D;/g, '=').replace(/&amp;/g, '&'),
  );

/**
 * The pool's lists a page at a time (25 rows), their filters kept in the page links: the pool
 * for staff, the requests, a State's requests and engagements, an expert's engagements for
 * staff, and "My engagements" (current and past, without an "Expert" column naming themselves).
 */
describe('Pool of Experts: lists and My engagements', () => {
  let t: TestApp;
  let staff: Agent;
  let focal: Agent;
  let expert: Agent;
  let expertUser: User;
  let expertProfile: ExpertProfile;
  let kenyaId: number;
  let requestIds: number[];

  const agentAs = (user: User) => signedInAgent(t.server, user);

  beforeAll(async () => {
    t = await startTestApp();
    staff = await agentAs(await createUser(t.dataSource, { role: 'staff', withTwoFactor: true }));
    focal = await agentAs(await createUser(t.dataSource, { role: 'focal-point', org: 'KEN' }));
    expertUser = await createUser(t.dataSource, { role: 'expert', name: 'Mia Mine' });
    expert = await agentAs(expertUser);
    expertProfile = await activeExpertProfile(t.dataSource, expertUser.id);
    // 29 more experts: 24 active (25 with Mia), 5 pending.
    for (let i = 0; i < 29; i++) {
      const user = await createUser(t.dataSource, {
        role: 'expert',
        name: `Pool Expert ${String(i).padStart(2, '0')}`,
      });
      await activeExpertProfile(t.dataSource, user.id, { status: i < 24 ? 'active' : 'pending' });
    }
    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    kenyaId = kenya.id;
    const requests = t.dataSource.getRepository(AssistanceRequest);
    requestIds = [];
    for (let i = 0; i < 30; i++) {
      const saved = await requests.save({
        stateId: kenya.id,
        pillar: 'piu',
        topic: `Paged request ${String(i).padStart(2, '0')}`,
        description: '',
        language: 'en',
        format: 'remote' as const,
        startsOn: `2027-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        endsOn: '2027-02-28',
        effortDays: 2,
        status: i < 27 ? ('open' as const) : ('closed' as const),
        visibility: VisibilityColumns.of('state', { stateId: kenya.id }),
        createdById: expertUser.id,
      });
      requestIds.push(saved.id);
    }
  });
  afterAll(() => t.close());

  async function engage(requestIndex: number, status: EngagementStatus, startsOn: string) {
    return t.dataSource.getRepository(Engagement).save({
      requestId: requestIds[requestIndex],
      expertId: expertProfile.id,
      expertUserId: expertUser.id,
      stateId: kenyaId,
      startsOn,
      endsOn: startsOn,
      status,
      proposedById: expertUser.id,
    });
  }

  it('pages the pool for staff, keeping the status filter in the links', async () => {
    const first = await staff.get('/experts?status=active');
    expect(first.status).toBe(200);
    expect(first.text).toContain('25 experts.');
    expect(rowsAfter(first.text, 'id="pool"')).toHaveLength(25);
    // All 25 active experts fit one page: no pagination.
    expect(first.text).not.toContain('class="pagination"');
    const all = await staff.get('/experts');
    expect(all.text).toContain('30 experts.');
    expect(rowsAfter(all.text, 'id="pool"')).toHaveLength(25);
    expect(hrefs(all.text)).toContain('/experts?page=2');
    const second = await staff.get('/experts?page=2');
    expect(rowsAfter(second.text, 'id="pool"')).toHaveLength(5);
    expect(second.text).toContain('aria-current="page"');
    const pending = await staff.get('/experts?status=pending');
    expect(rowsAfter(pending.text, 'id="pool"')).toHaveLength(5);
    expect((await staff.get('/experts?page=0')).status).toBe(400);
  });

  it('pages the requests, keeping the status filter in the links', async () => {
    const first = await staff.get('/experts/requests');
    expect(first.text).toContain('30 requests.');
    const firstRows = rowsAfter(first.text, 'class="requests"');
    expect(firstRows).toHaveLength(25);
    // Newest first: the last saved on the first page, the first saved on the second.
    expect(firstRows[0]).toContain('Paged request 29');
    expect(hrefs(first.text)).toContain('/experts/requests?page=2');
    const second = await staff.get('/experts/requests?page=2');
    const secondRows = rowsAfter(second.text, 'class="requests"');
    expect(secondRows).toHaveLength(5);
    expect(secondRows[4]).toContain('Paged request 00');
    const open = await staff.get('/experts/requests?status=open');
    expect(open.text).toContain('27 requests.');
    expect(hrefs(open.text)).toContain('/experts/requests?status=open&page=2');
    expect(open.text).toMatch(/<option value="open" selected>/);
    const closed = await staff.get('/experts/requests?status=closed');
    expect(rowsAfter(closed.text, 'class="requests"')).toHaveLength(3);
    expect((await staff.get('/experts/requests?page=x')).status).toBe(400);
    // The State's own focal point pages the same way (its State's requests only).
    expect((await focal.get('/experts/requests?page=2')).text).toContain('Paged request 00');
  });

  it('shows the expert their current and past engagements, paged, without naming themselves', async () => {
    const empty = await expert.get('/experts');
    expect(empty.text).toContain('Nothing proposed or running.');
    expect(empty.text).toContain('No past engagement yet.');
    await engage(0, 'proposed', '2027-03-01');
    await engage(1, 'active', '2027-02-01');
    await engage(2, 'closed', '2026-01-10');
    await engage(3, 'declined', '2026-02-10');
    await engage(4, 'cancelled', '2026-03-10');
    const page = await expert.get('/experts');
    expect(page.status).toBe(200);
    const current = page.text.slice(
      page.text.indexOf('id="engagements-current"'),
      page.text.indexOf('id="engagements-past"'),
    );
    const past = page.text.slice(page.text.indexOf('id="engagements-past"'));
    // Soonest first; proposed and running ones.
    const currentRows = rowsAfter(current, '<table');
    expect(currentRows.map((row) => /Paged request (\d+)/.exec(row)![1])).toEqual(['01', '00']);
    expect(current).toContain('Proposed');
    // Newest first; closed, declined and cancelled.
    const pastRows = rowsAfter(past, '<table');
    expect(pastRows.map((row) => /Paged request (\d+)/.exec(row)![1])).toEqual(['04', '03', '02']);
    expect(past).toContain('Declined');
    expect(past).toContain('Cancelled');
    // No "Expert" column: the page never lists the expert's own name in a row.
    expect(page.text).not.toContain('<th scope="col">Expert</th>');
    expect(current + past).not.toContain('Mia Mine');

    // 26 more past ones: the past list pages on its own, keeping the current list's page.
    for (let i = 0; i < 26; i++) {
      await engage(5 + (i % 25), 'closed', `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`);
    }
    const paged = await expert.get('/experts');
    expect(
      rowsAfter(paged.text.slice(paged.text.indexOf('id="engagements-past"')), '<table'),
    ).toHaveLength(25);
    expect(hrefs(paged.text)).toContain('/experts?pastPage=2');
    const second = await expert.get('/experts?pastPage=2');
    const secondPast = second.text.slice(second.text.indexOf('id="engagements-past"'));
    expect(rowsAfter(secondPast, '<table')).toHaveLength(4);
    // The current list is still on its first page there.
    const stillCurrent = second.text.slice(
      second.text.indexOf('id="engagements-current"'),
      second.text.indexOf('id="engagements-past"'),
    );
    expect(rowsAfter(stillCurrent, '<table')).toHaveLength(2);
  });

  it('pages the State’s requests and engagements on its members’ overview, each on its own', async () => {
    const page = await focal.get('/experts');
    expect(page.status).toBe(200);
    expect(hrefs(page.text)).toContain('/experts?page=2');
    // 29 of Kenya's 31 engagements are listed: not the declined or the cancelled one.
    expect(hrefs(page.text)).toContain('/experts?engagementsPage=2');
    const both = await focal.get('/experts?page=2&engagementsPage=2');
    const engagements = both.text.slice(both.text.indexOf('id="state-engagements"'));
    expect(rowsAfter(engagements, '<table')).toHaveLength(4);
    // Each list's links keep the other's page.
    expect(hrefs(both.text)).toContain('/experts?engagementsPage=2');
    expect(hrefs(both.text)).toContain('/experts?page=2');
    // On a State member's list the expert is named.
    expect(engagements).toContain('Mia Mine');
  });

  it('pages an expert’s engagements on their page for staff, every status', async () => {
    const first = await staff.get(`/experts/pool/${expertProfile.id}`);
    expect(first.status).toBe(200);
    expect(hrefs(first.text)).toContain(`/experts/pool/${expertProfile.id}?page=2`);
    const second = await staff.get(`/experts/pool/${expertProfile.id}?page=2`);
    expect(rowsAfter(second.text, 'class="engagements"')).toHaveLength(6);
  });
});
