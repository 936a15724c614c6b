import request from 'supertest';
import { In } from 'typeorm';
import { AuditEvent } from '../src/audit/audit-event.entity';
import {
  paxlst,
  pnrgov,
  syntheticTravellers,
  type SyntheticTraveller,
} from '../src/demo/synthetic-messages';
import { Organisation } from '../src/organisations/organisation.entity';
import type { ScreeningMessage } from '../src/piu/ingestion/screening-message.entity';
import { OPEN_HIT_STATUSES, ScreeningHit } from '../src/piu/pipeline/screening-hit.entity';
import { ActiveRules } from '../src/piu/rules/active-rules';
import { ScreeningRule } from '../src/piu/rules/screening-rule.entity';
import { ScreeningRuleVersion } from '../src/piu/rules/screening-rule-version.entity';
import { OpenHitCounts } from '../src/piu/vetting/open-hit-counts';
import { WatchlistIndexService } from '../src/piu/watchlists/watchlist-index.service';
import { createUser } from './support/factories';
import { agentFor, signIn, type Agent } from './support/http';
import {
  connectLive,
  cookieOf,
  eventsOf,
  listen,
  subscribe,
  TEST_ORIGIN,
  waitUntil,
  type LiveClient,
} from './support/live-client';
import { carrierWithKey, screened, stamp } from './support/screening-fixture';
import { startTestApp, type TestApp } from './support/test-app';
import { analystAgent, createList, NATIONAL_V1, uploadVersion } from './support/watchlist-fixture';

/** NAT-1 of the synthetic national list, passport and all: a critical document hit. */
const LISTED: SyntheticTraveller = {
  surname: 'QUORVEN',
  givenNames: 'ALDRIC TAMSIN',
  birth: '710402',
  nationality: 'KEN',
  document: 'K1234567',
};
/** NAT-3 (a critical entry), by name and date of birth. */
const MARDOVA: SyntheticTraveller = {
  surname: 'MARDOVA',
  givenNames: 'TENZIL OKARO',
  birth: '901230',
  nationality: 'TZA',
};
/** NAT-2 (a medium entry), by name and year of birth. */
const BELLIQUE: SyntheticTraveller = {
  surname: 'BELLIQUE',
  givenNames: 'SAPHIRA',
  birth: '850615',
  nationality: 'UGA',
};

/** A page's text with the entities Handlebars writes in attributes decoded (`&amp;`, `&#x3D;`). */
const decoded = (html: string) => html.replace(/&amp;/g, '&').replace(/&#x3D;/g, '=');

/** The hit ids of the vetting list's rows, in page order. */
const rowIds = (html: string) =>
  [...html.matchAll(/<tr data-hit="(\d+)"/g)].map((match) => Number(match[1]));

describe('the analysts’ vetting list and flights pages', () => {
  let t: TestApp;
  let key: string;
  let stateId: number;
  let listId: number;
  let ruleId: number;
  let supervisor: Awaited<ReturnType<typeof analystAgent>>;
  let colleague: Awaited<ReturnType<typeof analystAgent>>;
  let sequence = 0;
  /** Flight number → its message(s). */
  const flights: Record<string, ScreeningMessage> = {};
  let pnrOf201: ScreeningMessage;

  const post = (body: string) =>
    request(t.server)
      .post('/api/v1/messages')
      .set({ 'Content-Type': 'application/edifact', 'X-API-Key': key })
      .send(body);

  async function postScreened(body: string): Promise<ScreeningMessage> {
    const response = await post(body);
    expect(response.status).toBe(202);
    return screened(t, response.body.id as number);
  }

  const api = (number: string, hours: number, travellers: SyntheticTraveller[]) =>
    paxlst({
      carrier: 'KQ',
      flight: number,
      departure: stamp(hours),
      arrival: stamp(hours + 8),
      reference: `V${++sequence}X${number}`,
      from: 'GBLHR',
      to: 'KEMBA',
      travellers,
    });

  const hits = () =>
    t.dataSource.getRepository(ScreeningHit).find({ where: { stateId }, order: { id: 'ASC' } });

  /** The State's hits in the list's order: gravest, soonest departure (unknown first), id. */
  const ordered = (rows: ScreeningHit[]) =>
    [...rows].sort(
      (a, b) =>
        b.severityRank - a.severityRank ||
        (a.departureAt?.getTime() ?? -Infinity) - (b.departureAt?.getTime() ?? -Infinity) ||
        a.id - b.id,
    );

  const readAudits = (actorId: number, targetType: string) =>
    t.dataSource.getRepository(AuditEvent).find({
      where: { actorId, action: 'screening.record-read', targetType },
      order: { id: 'ASC' },
    });

  beforeAll(async () => {
    t = await startTestApp();
    supervisor = await analystAgent(t, 'KEN', true);
    colleague = await analystAgent(t, 'KEN', false);
    listId = await createList(supervisor.agent, 'csv', 'National watchlist');
    const loaded = await uploadVersion(supervisor.agent, listId, {
      file: { name: 'national.csv', content: NATIONAL_V1 },
    });
    expect(loaded.status).toBe(303);
    await t.app.get(WatchlistIndexService).settled();
    ({ key } = await carrierWithKey(supervisor.agent, 'KQ', 'Kenya Airways'));
    stateId = (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' })).id;

    // A rule on flight KQ203, switched on before its message comes: 25 rule hits (the most one
    // rule raises on one message).
    const criteria = JSON.stringify({ field: 'flight.number', op: '=', value: 'KQ203' });
    const rule = await t.dataSource.getRepository(ScreeningRule).save({
      stateId,
      name: 'Everyone on KQ203',
      description: 'A test rule',
      severity: 'medium',
      criteria,
      status: 'on',
      currentVersion: 2,
      activeVersion: 2,
      createdById: supervisor.userId,
      updatedById: supervisor.userId,
      updatedAt: new Date(),
    });
    ruleId = rule.id;
    for (const number of [1, 2])
      await t.dataSource.getRepository(ScreeningRuleVersion).insert({
        ruleId,
        number,
        name: number === 2 ? 'Everyone on KQ203' : 'Draft',
        description: 'A test rule',
        severity: 'medium',
        criteria,
        savedById: supervisor.userId,
        savedAt: new Date(),
      });
    await t.app.get(ActiveRules).changed(stateId);

    // KQ201 in 6 hours: the API with the listed passport (a critical document hit), then a PNR
    // 6 hours ahead (on time) that adds no second hit for the same entry.
    flights['201'] = await postScreened(api('201', 6, [LISTED, ...syntheticTravellers(3, 10)]));
    pnrOf201 = await postScreened(
      pnrgov({
        carrier: 'KQ',
        flight: '201',
        departure: stamp(6),
        arrival: stamp(14),
        reference: 'P201',
        from: 'LHR',
        to: 'NBO',
        bookings: [
          { locator: 'QRV201', travellers: [{ ...LISTED, birth: undefined, document: undefined }] },
          { locator: 'SYN201', travellers: syntheticTravellers(3, 10) },
        ],
      }),
    );
    // KQ202 left 2 hours ago: its API message is late.
    flights['202'] = await postScreened(api('202', -2, [MARDOVA, ...syntheticTravellers(2, 20)]));
    // KQ203 tomorrow: 60 travellers, the rule flags 25 of them.
    flights['203'] = await postScreened(api('203', 30, syntheticTravellers(60, 100)));
    // KQ204 in 10 hours: a medium name hit.
    flights['204'] = await postScreened(api('204', 10, [BELLIQUE]));
    // KQ205 left 20 hours ago: off the default list, on its day's.
    flights['205'] = await postScreened(api('205', -20, syntheticTravellers(2, 40)));
  });
  afterAll(() => t.close());

  it('orders open hits by severity then departure, pages them, and audits each page once', async () => {
    const all = await hits();
    expect(all.length).toBe(28);
    expect(new Set(all.map((hit) => hit.severityRank)).size).toBeGreaterThan(1);
    const expected = ordered(all).map((hit) => hit.id);
    const before = await readAudits(supervisor.userId, 'vetting-list');

    const first = await supervisor.agent.get('/screening');
    expect(first.status).toBe(200);
    expect(first.text).toContain('28 hits');
    expect(rowIds(first.text)).toEqual(expected.slice(0, 25));
    // The gravest first: the listed passport, and the critical entry on the flight that left.
    const [top, next] = ordered(all);
    expect(top.severity).toBe('critical');
    expect(next.severity).toBe('critical');
    expect(top.flightId).toBe(flights['202'].flightId);
    expect(next.flightId).toBe(flights['201'].flightId);
    expect(first.text).toContain('MARDOVA, TENZIL OKARO');
    expect(first.text).toContain('QUORVEN, ALDRIC TAMSIN');
    expect(first.text).toContain(`href="/screening/hits/${top.id}"`);
    expect(first.text).toContain(`href="/screening/flights/${top.flightId}"`);
    // The list entry as the version that hit holds it, with its list; the rule with its version.
    expect(first.text).toContain('Aldric Tamsin QUORVEN');
    expect(first.text).toContain('National watchlist · <code>NAT-1</code>');
    expect(first.text).toContain('Everyone on KQ203');
    expect(first.text).toContain('rule version 2');
    expect(first.text).toContain('nobody yet');
    // The workspace's other pages, one click away; the live script and its room.
    for (const href of ['/screening/flights', '/screening/messages', '/screening/lists'])
      expect(first.text).toContain(`href="${href}"`);
    expect(first.text).toContain('src="/assets/js/vetting.js"');
    expect(first.text).toContain(`data-room="screening:${stateId}"`);

    const second = await supervisor.agent.get('/screening?page=2');
    expect(rowIds(second.text)).toEqual(expected.slice(25));
    expect(second.text).toContain('href="/screening"');
    expect(second.text).toContain('aria-current="page" aria-label="Page 2">2</a>');

    const after = await readAudits(supervisor.userId, 'vetting-list');
    expect(after.length - before.length).toBe(2);
    const audit = after[after.length - 2];
    expect(audit.targetId).toBe(String(stateId));
    const details = JSON.parse(audit.details!) as Record<string, unknown>;
    expect(details).toMatchObject({ page: 1, purpose: 'screening', hits: expected.slice(0, 25) });
    expect(audit.details).not.toMatch(/QUORVEN|MARDOVA|K1234567/);
  });

  it('filters by flight, list, rule, status and analyst', async () => {
    const all = await hits();
    const ruleHits = all.filter((hit) => hit.ruleId === ruleId);
    const listHits = all.filter((hit) => hit.listId === listId);
    expect(ruleHits).toHaveLength(25);
    expect(listHits).toHaveLength(3);
    const [cleared, taken] = listHits;
    await t.dataSource
      .getRepository(ScreeningHit)
      .update({ id: cleared.id }, { status: 'cleared' });
    await t.dataSource
      .getRepository(ScreeningHit)
      .update({ id: taken.id }, { status: 'in-review', assigneeId: colleague.userId });
    try {
      const get = async (query: string, agent: Agent = supervisor.agent) => {
        const response = await agent.get(`/screening?${query}`);
        expect(response.status).toBe(200);
        return response;
      };
      const byFlight = await get(`flight=${flights['204'].flightId}`);
      expect(rowIds(byFlight.text)).toEqual(
        listHits.filter((hit) => hit.flightId === flights['204'].flightId).map((hit) => hit.id),
      );
      expect(byFlight.text).toMatch(
        new RegExp(`<option value="${flights['204'].flightId}" selected>KQ 204`),
      );
      const byList = await get(`list=${listId}`);
      // Open only, by default: the cleared hit is gone.
      expect(rowIds(byList.text).sort()).toEqual([taken.id, listHits[2].id].sort());
      const byRule = await get(`rule=${ruleId}`);
      expect(byRule.text).toContain('25 hits');
      expect(rowIds(byRule.text).sort()).toEqual(ruleHits.map((hit) => hit.id).sort());
      expect(byRule.text).not.toContain('rel="next"');

      expect(rowIds((await get('status=closed')).text)).toEqual([cleared.id]);
      expect(rowIds((await get('status=cleared')).text)).toEqual([cleared.id]);
      const everything = await get('status=all');
      expect(everything.text).toContain('28 hits');
      // Paging keeps the filters.
      expect(decoded(everything.text)).toContain('href="/screening?status=all&page=2"');
      expect((await get('')).text).toContain('27 hits');

      const takenRow = await get(`assignee=${colleague.userId}`);
      expect(rowIds(takenRow.text)).toEqual([taken.id]);
      expect(takenRow.text).toContain('taken by Test User');
      expect(rowIds((await get('assignee=mine', colleague.agent)).text)).toEqual([taken.id]);
      expect((await get('assignee=mine', colleague.agent)).text).toContain('taken by you');
      expect(rowIds((await get('assignee=mine')).text)).toEqual([]);
      expect((await get('assignee=unassigned')).text).toContain('26 hits');

      const wrong = await supervisor.agent.get('/screening?status=lost&assignee=someone');
      expect(wrong.status).toBe(400);
      expect(wrong.text).toContain('Choose from the list.');
      expect(rowIds(wrong.text)).toEqual([]);
    } finally {
      await t.dataSource
        .getRepository(ScreeningHit)
        .update({ id: In([cleared.id, taken.id]) }, { status: 'new', assigneeId: null });
    }
  });

  it('gives the live script the rows it asks for, with the page’s filters, audited', async () => {
    const all = ordered(await hits());
    const wanted = [all[0].id, all[20].id];
    const before = await readAudits(colleague.userId, 'vetting-list');
    const response = await colleague.agent.get(`/screening/vetting/rows?ids=${wanted.join(',')}`);
    expect(response.status).toBe(200);
    expect(response.text).not.toContain('<html');
    expect(rowIds(response.text)).toEqual(wanted);
    expect(response.text).toContain('MARDOVA, TENZIL OKARO');
    const after = await readAudits(colleague.userId, 'vetting-list');
    expect(after).toHaveLength(before.length + 1);
    expect(JSON.parse(after[after.length - 1].details!)).toMatchObject({
      live: true,
      hits: wanted,
    });

    // The same filters as the page: a rule hit is not among the list's hits.
    const filtered = await colleague.agent.get(
      `/screening/vetting/rows?ids=${wanted.join(',')}&list=${listId}`,
    );
    expect(rowIds(filtered.text)).toEqual([all[0].id]);
    const closed = await colleague.agent.get(
      `/screening/vetting/rows?ids=${all[0].id}&status=closed`,
    );
    expect(rowIds(closed.text)).toEqual([]);
    // Nothing read, nothing audited.
    expect(await readAudits(colleague.userId, 'vetting-list')).toHaveLength(after.length + 1);
    for (const bad of ['', 'ids=', 'ids=1,x', `ids=${'1,'.repeat(50)}1`])
      expect((await colleague.agent.get(`/screening/vetting/rows?${bad}`)).status).toBe(400);
  });

  it('lists today’s and upcoming flights with their travellers, messages and hits', async () => {
    const page = await supervisor.agent.get('/screening/flights');
    expect(page.status).toBe(200);
    const rowOf = (number: string) => {
      const id = flights[number].flightId!;
      const match = new RegExp(`<tr data-flight="${id}">([^]*?)</tr>`).exec(page.text);
      return match?.[1];
    };
    // Soonest first, from 12 hours ago: KQ202 (left 2 h ago) first, KQ205 (20 h ago) not at all.
    const order = [...page.text.matchAll(/<tr data-flight="(\d+)">/g)].map((m) => Number(m[1]));
    expect(order).toEqual(['202', '201', '204', '203'].map((n) => flights[n].flightId));
    expect(rowOf('205')).toBeUndefined();

    const kq201 = rowOf('201')!;
    expect(kq201).toContain('KQ 201');
    expect(kq201).toMatch(/<td data-travellers>4<\/td>/);
    expect(kq201).toMatch(/<td data-api>1 received[^]*1 on time, 0 late/);
    expect(kq201).toMatch(/<td data-pnr>1 received[^]*1 on time, 0 late/);
    expect(kq201).toMatch(
      /latest: 5 h 5\d min before departure|latest: 6 h 0 min before departure/,
    );
    expect(kq201).toContain('1 open of 1');
    const kq202 = rowOf('202')!;
    expect(kq202).toMatch(/<td data-api>1 received[^]*0 on time, 1 late/);
    expect(kq202).toMatch(/class="small late">latest: 2 h [01] min after departure/);
    expect(kq202).toMatch(/<td data-pnr><span class="muted">none yet/);
    expect(rowOf('203')).toContain('25 open of 25');
    expect(decoded(rowOf('203')!)).toContain(`href="/screening?flight=${flights['203'].flightId}"`);

    const day = stamp(-20)
      .slice(0, 8)
      .replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
    const onDay = await supervisor.agent.get(`/screening/flights?on=${day}`);
    expect(onDay.status).toBe(200);
    expect(onDay.text).toContain(`<tr data-flight="${flights['205'].flightId}">`);
    expect(onDay.text).not.toContain(`<tr data-flight="${flights['203'].flightId}">`);
    const wrong = await supervisor.agent.get('/screening/flights?on=2026-13-40');
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Give a date as 2026-12-31.');
  });

  it('shows a flight’s messages and its travellers with their hits, paged, audited once a view', async () => {
    const flightId = flights['201'].flightId!;
    const before = await readAudits(colleague.userId, 'flight');
    const page = await colleague.agent.get(`/screening/flights/${flightId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Flight KQ 201');
    expect(page.text).toContain(`href="/screening/messages/${pnrOf201.id}"`);
    expect(page.text).toContain(`href="/screening/messages/${flights['201'].id}"`);
    expect(page.text).toContain('QUORVEN, ALDRIC TAMSIN');
    expect(page.text).toContain('1971-04-02');
    const [hit] = await t.dataSource.getRepository(ScreeningHit).findBy({ flightId });
    expect(page.text).toMatch(
      new RegExp(
        `<li data-hit="${hit.id}"><a href="/screening/hits/${hit.id}">[^]*Critical[^]*Document`,
      ),
    );
    expect(page.text).toContain('4 travellers');
    const audits = await readAudits(colleague.userId, 'flight');
    expect(audits).toHaveLength(before.length + 1);
    const audit = audits[audits.length - 1];
    expect(audit.targetId).toBe(String(flightId));
    expect(JSON.parse(audit.details!)).toMatchObject({ page: 1, purpose: 'screening' });
    expect(audit.details).not.toContain('QUORVEN');

    const withHits = await colleague.agent.get(
      `/screening/flights/${flightId}?travellers=with-hits`,
    );
    expect(withHits.text).toContain('1 traveller');
    expect(withHits.text.match(/<tr data-traveller=/g)).toHaveLength(1);

    // 60 travellers: 50 on the first page, 10 on the second.
    const big = flights['203'].flightId!;
    const first = await colleague.agent.get(`/screening/flights/${big}`);
    expect(first.text.match(/<tr data-traveller=/g)).toHaveLength(50);
    expect(decoded(first.text)).toContain(`href="/screening/flights/${big}?page=2"`);
    const second = await colleague.agent.get(`/screening/flights/${big}?page=2`);
    expect(second.text.match(/<tr data-traveller=/g)).toHaveLength(10);

    expect((await colleague.agent.get('/screening/flights/999999')).status).toBe(404);
    expect((await colleague.agent.get('/screening/flights/abc')).status).toBe(404);
  });

  it('shows the State’s open hits on the navigation, to its analysts only', async () => {
    const counts = t.app.get(OpenHitCounts);
    counts.forget(stateId);
    const open = await t.dataSource
      .getRepository(ScreeningHit)
      .countBy({ stateId, status: In([...OPEN_HIT_STATUSES]) });
    const badge = (html: string) =>
      /data-nav-count="screening" data-room="([^"]+)" data-value="(\d+)"/.exec(html);
    const page = await supervisor.agent.get('/account');
    expect(badge(page.text)?.slice(1)).toEqual([`screening:${stateId}`, String(open)]);
    expect(page.text).toContain('src="/assets/js/screening-badge.js"');
    // Counted once for the State, then reused by its analysts' pages while no hit is raised.
    await t.dataSource.getRepository(ScreeningHit).update(
      { flightId: flights['204'].flightId! },
      {
        status: 'cleared',
      },
    );
    try {
      expect(badge((await colleague.agent.get('/account')).text)?.[2]).toBe(String(open));
      counts.forget(stateId);
      expect(badge((await colleague.agent.get('/account')).text)?.[2]).toBe(String(open - 1));
      // A hit raised since (by any instance) is counted at the next page.
      const repository = t.dataSource.getRepository(ScreeningHit);
      const { id: _id, ...copy } = await repository.findOneByOrFail({
        flightId: flights['202'].flightId!,
      });
      await repository.insert({ ...copy, dedupeKey: 'test:raised-since' });
      expect(badge((await colleague.agent.get('/account')).text)?.[2]).toBe(String(open));
      await repository.delete({ dedupeKey: 'test:raised-since' });
    } finally {
      await t.dataSource
        .getRepository(ScreeningHit)
        .update({ flightId: flights['204'].flightId! }, { status: 'new' });
      counts.forget(stateId);
    }
    const official = agentFor(t.server);
    await signIn(official, await createUser(t.dataSource, { role: 'official', org: 'KEN' }));
    const theirs = await official.get('/');
    expect(theirs.status).toBe(200);
    expect(theirs.text).not.toContain('data-nav-count="screening"');
  });

  it('answers 404 to another State’s analyst and to every other role', async () => {
    const foreign = await analystAgent(t, 'UGA', true);
    const flightId = flights['201'].flightId!;
    const [hit] = await t.dataSource.getRepository(ScreeningHit).findBy({ flightId });
    expect((await foreign.agent.get(`/screening/flights/${flightId}`)).status).toBe(404);
    const denied = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ actorId: foreign.userId, action: 'access.denied', targetType: 'flight' });
    expect(denied.map((event) => event.targetId)).toEqual([String(flightId)]);
    // Their own lists are empty; another State's ids match nothing.
    const list = await foreign.agent.get('/screening');
    expect(list.status).toBe(200);
    expect(rowIds(list.text)).toEqual([]);
    expect(list.text).not.toContain('QUORVEN');
    expect((await foreign.agent.get('/screening/flights')).text).not.toContain('KQ 201');
    const rows = await foreign.agent.get(`/screening/vetting/rows?ids=${hit.id}`);
    expect(rows.status).toBe(200);
    expect(rowIds(rows.text)).toEqual([]);
    expect(await readAudits(foreign.userId, 'vetting-list')).toEqual([]);
    expect((await foreign.agent.get(`/screening?flight=${flightId}`)).text).not.toContain('KQ 201');

    for (const role of [
      'admin',
      'staff',
      'focal-point',
      'official',
      'partner',
      'expert',
    ] as const) {
      const other = agentFor(t.server);
      await signIn(other, await createUser(t.dataSource, { role, withTwoFactor: true }));
      for (const path of [
        '/screening',
        '/screening/flights',
        `/screening/flights/${flightId}`,
        `/screening/vetting/rows?ids=${hit.id}`,
      ])
        expect([role, path, (await other.get(path)).status]).toEqual([role, path, 404]);
    }
  });

  it('pushes a new hit to the State’s room, whose rows the page then fetches', async () => {
    const url = await listen(t);
    const sockets: LiveClient[] = [];
    try {
      const socket = await connectLive(url, {
        cookie: cookieOf(colleague.agent),
        origin: TEST_ORIGIN,
      });
      sockets.push(socket);
      expect(await subscribe(socket, `screening:${stateId}`)).toBe(true);
      const received = eventsOf(socket, 'screening.hits');
      const message = await postScreened(api('206', 4, [LISTED]));
      const [hit] = await t.dataSource
        .getRepository(ScreeningHit)
        .findBy({ flightId: message.flightId! });
      const event = await waitUntil(received, (each) => each.hits.some((h) => h.id === hit.id));
      expect(event).toMatchObject({
        stateId,
        hits: [{ id: hit.id, flightId: hit.flightId, kind: 'document', severity: 'critical' }],
      });
      expect(JSON.stringify(event)).not.toContain('QUORVEN');
      const rows = await colleague.agent.get(
        `/screening/vetting/rows?ids=${event.hits.map((h) => h.id).join(',')}`,
      );
      expect(rowIds(rows.text)).toEqual([hit.id]);
      expect(rows.text).toContain('QUORVEN, ALDRIC TAMSIN');
      expect(rows.text).toContain('KQ 206');
    } finally {
      for (const socket of sockets) socket.close();
    }
  });
});
