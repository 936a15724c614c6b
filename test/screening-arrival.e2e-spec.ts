import type { FindOptionsWhere } from 'typeorm';
import request from 'supertest';
import {
  paxlst,
  pnrgov,
  syntheticTravellers,
  type SyntheticTraveller,
} from '../src/demo/synthetic-messages';
import { Organisation } from '../src/organisations/organisation.entity';
import { ScreeningMessage } from '../src/piu/ingestion/screening-message.entity';
import { ScreeningFlight } from '../src/piu/pipeline/screening-flight.entity';
import { ScreeningHit } from '../src/piu/pipeline/screening-hit.entity';
import { ScreeningPipeline } from '../src/piu/pipeline/screening-pipeline';
import { ScreeningTraveller } from '../src/piu/pipeline/screening-traveller.entity';
import { ScreeningTravellerSource } from '../src/piu/pipeline/traveller-source.entity';
import { RememberedFalseMatch } from '../src/piu/pipeline/remembered-false-match.entity';
import { ActiveRules } from '../src/piu/rules/active-rules';
import { ScreeningRule } from '../src/piu/rules/screening-rule.entity';
import { ScreeningRuleVersion } from '../src/piu/rules/screening-rule-version.entity';
import { WatchlistIndexService } from '../src/piu/watchlists/watchlist-index.service';
import {
  cookieOf,
  connectLive,
  eventsOf,
  listen,
  subscribe,
  TEST_ORIGIN,
  type LiveClient,
} from './support/live-client';
import { carrierWithKey, eventually, screened, stamp } from './support/screening-fixture';
import { startTestApp, type TestApp } from './support/test-app';
import {
  analystAgent,
  createList,
  NATIONAL_V1,
  NATIONAL_V2,
  uploadVersion,
} from './support/watchlist-fixture';

/** NAT-1 of the synthetic national list: the same person, passport and all. */
const LISTED: SyntheticTraveller = {
  surname: 'QUORVEN',
  givenNames: 'ALDRIC TAMSIN',
  birth: '710402',
  nationality: 'KEN',
  document: 'K1234567',
};
/** NAT-4, added by version 2. */
const ADDED_LATER: SyntheticTraveller = {
  surname: 'VESTRAHL',
  givenNames: 'ONDINE',
  birth: '790719',
  nationality: 'RWA',
  document: 'R7654321',
};

describe('screening on arrival: flights, joined travellers, hits, re-screening', () => {
  let t: TestApp;
  let key: string;
  let stateId: number;
  let listId: number;
  let supervisor: Awaited<ReturnType<typeof analystAgent>>;
  let sequence = 0;

  const post = (body: string) =>
    request(t.server)
      .post('/api/v1/messages')
      .set({ 'Content-Type': 'application/edifact', 'X-API-Key': key })
      .send(body);

  const flight = (number: string, hours: number, travellers: SyntheticTraveller[]) => ({
    carrier: 'KQ',
    flight: number,
    departure: stamp(hours),
    arrival: stamp(hours + 8),
    reference: `R${++sequence}X${number}`,
    travellers,
  });

  async function postScreened(body: string): Promise<ScreeningMessage> {
    const response = await post(body);
    expect(response.status).toBe(202);
    return screened(t, response.body.id as number);
  }

  const hitsOf = (where: FindOptionsWhere<ScreeningHit>) =>
    t.dataSource.getRepository(ScreeningHit).find({ where, order: { id: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp();
    supervisor = await analystAgent(t, 'KEN', true);
    listId = await createList(supervisor.agent, 'csv', 'National watchlist');
    const loaded = await uploadVersion(supervisor.agent, listId, {
      file: { name: 'national.csv', content: NATIONAL_V1 },
    });
    expect(loaded.status).toBe(303);
    await t.app.get(WatchlistIndexService).settled();
    ({ key } = await carrierWithKey(supervisor.agent, 'KQ', 'Kenya Airways'));
    stateId = (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' })).id;
  });
  afterAll(() => t.close());

  it('joins the PNR and the API of a flight into one traveller each, sealed, and raises one hit per entry', async () => {
    const people = [LISTED, ...syntheticTravellers(2, 40)];
    const options = flight('101', 24, people);
    const pnr = await postScreened(
      pnrgov({
        ...options,
        from: 'LHR',
        to: 'NBO',
        bookings: [
          { locator: 'QRV001', travellers: [{ ...LISTED, birth: undefined, document: undefined }] },
          { locator: 'SYN002', travellers: people.slice(1) },
        ],
      }),
    );
    expect(pnr.screeningState).toBe('screened');
    const api = await postScreened(paxlst({ ...options, from: 'GBLHR', to: 'KEMBA' }));
    expect(api.flightId).toBe(pnr.flightId);

    const flightRow = await t.dataSource
      .getRepository(ScreeningFlight)
      .findOneByOrFail({ id: api.flightId! });
    expect(flightRow).toMatchObject({ carrier: 'KQ', number: '101', travellerCount: 3 });
    const travellers = await t.dataSource
      .getRepository(ScreeningTraveller)
      .findBy({ flightId: flightRow.id });
    expect(travellers).toHaveLength(3);
    expect(travellers.every((row) => row.fromApi && row.fromPnr)).toBe(true);
    expect(travellers.every((row) => row.createdAt.getTime() <= Date.now())).toBe(true);
    const sources = await t.dataSource
      .getRepository(ScreeningTravellerSource)
      .countBy({ messageId: api.id });
    expect(sources).toBe(3);
    // Personal data is sealed: neither the traveller rows nor the hits name anyone.
    const rows = JSON.stringify(await t.dataSource.query('SELECT * FROM screening_traveller'));
    expect(rows).not.toContain('QUORVEN');
    expect(rows).not.toContain('K1234567');

    const hits = await hitsOf({ flightId: flightRow.id });
    // The PNR (name only) raised a name hit; the API's passport then matched the listed
    // document: one hit per traveller and entry, brought up to the stronger evidence.
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      stateId,
      listId,
      entryReference: 'csv:NAT-1',
      status: 'new',
      kind: 'document',
      severity: 'critical',
      messageId: api.id,
      revision: 2,
    });
    expect(hits[0].listVersionId).toEqual(expect.any(Number));
    expect(JSON.stringify(hits[0])).not.toContain('QUORVEN');
    expect(JSON.parse(api.screenedWith!)).toEqual({ lists: [hits[0].listVersionId], rules: [] });
  });

  it('screens a message once: running its job again adds nothing', async () => {
    const message = await postScreened(
      paxlst({ ...flight('102', 30, [LISTED]), from: 'GBLHR', to: 'KEMBA' }),
    );
    const before = await hitsOf({ flightId: message.flightId! });
    expect(before.map((hit) => hit.kind)).toEqual(['document']);
    await t.dataSource
      .getRepository(ScreeningMessage)
      .update({ id: message.id }, { screeningState: 'pending' });
    await t.app.get(ScreeningPipeline).screenMessage(message.id);
    expect(await hitsOf({ flightId: message.flightId! })).toHaveLength(1);
    expect(
      await t.dataSource.getRepository(ScreeningTraveller).countBy({ flightId: message.flightId! }),
    ).toBe(1);
  });

  it('picks up, at start and by its sweep, a message left pending', async () => {
    const pipeline = t.app.get(ScreeningPipeline);
    const message = await postScreened(
      paxlst({ ...flight('103', 10, syntheticTravellers(4, 60)), from: 'GBLHR', to: 'KEMBA' }),
    );
    // As if the process had died between storing and screening: nothing recorded yet.
    await t.dataSource.getRepository(ScreeningTravellerSource).delete({ messageId: message.id });
    await t.dataSource.getRepository(ScreeningTraveller).delete({ flightId: message.flightId! });
    await t.dataSource
      .getRepository(ScreeningMessage)
      .update({ id: message.id }, { screeningState: 'pending', flightId: null });
    expect(await pipeline.sweep(0)).toBeGreaterThanOrEqual(1);
    const again = await screened(t, message.id);
    expect(again.screeningState).toBe('screened');
    expect(
      await t.dataSource.getRepository(ScreeningTraveller).countBy({ flightId: again.flightId! }),
    ).toBe(4);
  });

  it('pushes new hits to the State analysts’ room, which no other State may join', async () => {
    const url = await listen(t);
    const analyst = await analystAgent(t, 'KEN', false);
    const foreign = await analystAgent(t, 'UGA', true);
    const sockets: LiveClient[] = [];
    try {
      const own = await connectLive(url, { cookie: cookieOf(analyst.agent), origin: TEST_ORIGIN });
      sockets.push(own);
      expect(await subscribe(own, `screening:${stateId}`)).toBe(true);
      const other = await connectLive(url, {
        cookie: cookieOf(foreign.agent),
        origin: TEST_ORIGIN,
      });
      sockets.push(other);
      expect(await subscribe(other, `screening:${stateId}`)).toBe(false);
      const received = eventsOf(own, 'screening.hits');
      const overheard = eventsOf(other, 'screening.hits');
      const message = await postScreened(
        paxlst({ ...flight('104', 12, [LISTED]), from: 'GBLHR', to: 'KEMBA' }),
      );
      const [hit] = await hitsOf({ flightId: message.flightId! });
      await eventually(
        () => Promise.resolve(received.find((event) => event.hits.some((h) => h.id === hit.id))),
        'the hit event',
      );
      expect(JSON.stringify(received)).not.toContain('QUORVEN');
      expect(overheard).toEqual([]);
    } finally {
      for (const socket of sockets) socket.close();
    }
  });

  it('re-screens flights departing within 72 hours when a list version adds an entry', async () => {
    const soon = await postScreened(
      paxlst({
        ...flight('105', 20, [ADDED_LATER, ...syntheticTravellers(2, 80)]),
        from: 'GBLHR',
        to: 'KEMBA',
      }),
    );
    const later = await postScreened(
      paxlst({ ...flight('106', 24 * 5, [ADDED_LATER]), from: 'GBLHR', to: 'KEMBA' }),
    );
    expect(await hitsOf({ flightId: soon.flightId! })).toEqual([]);
    const loaded = await uploadVersion(supervisor.agent, listId, {
      file: { name: 'national-v2.csv', content: NATIONAL_V2 },
    });
    expect(loaded.status).toBe(303);
    const [hit] = await eventually(async () => {
      const found = await hitsOf({ flightId: soon.flightId! });
      return found.length > 0 ? found : undefined;
    }, 're-screening hit');
    expect(hit).toMatchObject({ entryReference: 'csv:NAT-4', kind: 'document' });
    const current = t.app.get(WatchlistIndexService).current(stateId)!;
    expect(current.versionIds).toContain(hit.listVersionId);
    // Beyond the window: screened when its own messages come, not now.
    expect(await hitsOf({ flightId: later.flightId! })).toEqual([]);
  });

  it('raises no hit for a remembered false match, until the traveller’s data change', async () => {
    const first = await postScreened(
      paxlst({ ...flight('107', 6, [LISTED]), from: 'GBLHR', to: 'KEMBA' }),
    );
    const [hit] = await hitsOf({ flightId: first.flightId! });
    const traveller = await t.dataSource
      .getRepository(ScreeningTraveller)
      .findOneByOrFail({ id: hit.travellerId });
    await t.dataSource.getRepository(RememberedFalseMatch).insert({
      stateId,
      identityHash: traveller.documentHash!,
      dataHash: traveller.dataHash,
      entryReference: hit.entryReference!,
      entryFingerprint: hit.entryFingerprint!,
      hitId: hit.id,
      createdById: supervisor.userId,
      createdAt: new Date(),
    });
    const same = await postScreened(
      paxlst({ ...flight('108', 7, [LISTED]), from: 'GBLHR', to: 'KEMBA' }),
    );
    expect(await hitsOf({ flightId: same.flightId! })).toEqual([]);
    const changed = await postScreened(
      paxlst({ ...flight('109', 8, [{ ...LISTED, birth: '710403' }]), from: 'GBLHR', to: 'KEMBA' }),
    );
    expect(await hitsOf({ flightId: changed.flightId! })).toHaveLength(1);
  });

  it('names the rule and its version in a rule hit, and re-screens upcoming flights when a rule is switched on', async () => {
    const message = await postScreened(
      paxlst({ ...flight('110', 16, syntheticTravellers(3, 90)), from: 'GBLHR', to: 'KEMBA' }),
    );
    const rule = await t.dataSource.getRepository(ScreeningRule).save({
      stateId,
      name: 'Flight 110',
      description: 'Everyone on KQ110',
      severity: 'medium',
      criteria: JSON.stringify({ field: 'flight.number', op: '=', value: 'KQ110' }),
      status: 'on',
      currentVersion: 2,
      activeVersion: 2,
      createdById: supervisor.userId,
      updatedById: supervisor.userId,
      updatedAt: new Date(),
    });
    for (const number of [1, 2])
      await t.dataSource.getRepository(ScreeningRuleVersion).insert({
        ruleId: rule.id,
        number,
        name: 'Flight 110',
        description: 'Everyone on KQ110',
        severity: 'medium',
        criteria: JSON.stringify({ field: 'flight.number', op: '=', value: 'KQ110' }),
        savedById: supervisor.userId,
        savedAt: new Date(),
      });
    await t.app.get(ActiveRules).changed(stateId);
    const hits = await eventually(async () => {
      const found = await hitsOf({ flightId: message.flightId!, kind: 'rule' });
      return found.length === 3 ? found : undefined;
    }, 'rule hits');
    expect(hits.every((hit) => hit.ruleId === rule.id && hit.ruleVersion === 2)).toBe(true);
  });
});
