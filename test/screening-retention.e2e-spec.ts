import request from 'supertest';
import { In } from 'typeorm';
import { AuditEvent } from '../src/audit/audit-event.entity';
import {
  paxlst,
  pnrgov,
  syntheticTravellers,
  type SyntheticTraveller,
} from '../src/demo/synthetic-messages';
import { InProcessJobRunner } from '../src/jobs/in-process-job-runner';
import { JobRunner } from '../src/jobs/job-runner';
import { Organisation } from '../src/organisations/organisation.entity';
import { RawChunk } from '../src/piu/ingestion/raw-chunk.entity';
import { ScreeningMessagePart } from '../src/piu/ingestion/screening-message-part.entity';
import { ScreeningMessage } from '../src/piu/ingestion/screening-message.entity';
import { hitContext } from '../src/piu/pipeline/hit-ledger';
import { ScreeningFlight } from '../src/piu/pipeline/screening-flight.entity';
import { ScreeningHit } from '../src/piu/pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../src/piu/pipeline/screening-traveller.entity';
import { travellerContext } from '../src/piu/pipeline/traveller-ledger';
import { ScreeningTravellerSource } from '../src/piu/pipeline/traveller-source.entity';
import { PersonalDataCipher } from '../src/piu/protection/personal-data-cipher';
import { RetentionSettings } from '../src/piu/retention/retention-settings.entity';
import { WatchlistIndexService } from '../src/piu/watchlists/watchlist-index.service';
import { csrfFrom, postForm, type Agent } from './support/http';
import { ManualClock } from './support/manual-clock';
import { carrierWithKey, screened } from './support/screening-fixture';
import { startTestApp, type TestApp } from './support/test-app';
import { analystAgent, createList, NATIONAL_V1, uploadVersion } from './support/watchlist-fixture';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** 2026-07-01 00:10 UTC: the retention job's hourly checks come at ten past each hour. */
const START = Date.UTC(2026, 6, 1, 0, 10);
/** `YYYYMMDDHHMM` this many days from START (local times are read as UTC). */
const stamp = (days: number) =>
  new Date(START + days * DAY).toISOString().replace(/[-T:]/g, '').slice(0, 12);
const isoDay = (days: number) => new Date(START + days * DAY).toISOString().slice(0, 10);

/** NAT-1 of the synthetic national list, passport and all. */
const LISTED: SyntheticTraveller = {
  surname: 'QUORVEN',
  givenNames: 'ALDRIC TAMSIN',
  birth: '710402',
  nationality: 'KEN',
  document: 'K1234567',
};
const LUDMILA: SyntheticTraveller = {
  surname: 'PETROVA',
  givenNames: 'LUDMILA',
  birth: '840309',
  nationality: 'UKR',
  document: 'U5550001',
};

describe('retention: depersonalised at N days, deleted at M, confirmed hits kept, re-identification, name search', () => {
  let t: TestApp;
  const clock = new ManualClock(START);
  let supervisor: Agent;
  let analyst: Agent;
  let foreign: Agent;
  let key: string;
  let stateId: number;
  let sequence = 0;
  const flights: Record<string, number> = {};
  const messages: Record<string, number> = {};

  const repository = <T extends object>(entity: new () => T) => t.dataSource.getRepository(entity);
  const cipher = () => t.app.get(PersonalDataCipher);

  async function post(body: string): Promise<number> {
    const response = await request(t.server)
      .post('/api/v1/messages')
      .set({ 'Content-Type': 'application/edifact', 'X-API-Key': key })
      .send(body);
    expect([202, 400]).toContain(response.status);
    return response.body.id as number;
  }

  const manifest = (number: string, days: number, travellers: SyntheticTraveller[]) =>
    paxlst({
      carrier: 'KQ',
      flight: number,
      from: 'GBLHR',
      to: 'KEMBA',
      departure: stamp(days),
      arrival: stamp(days + 0.3),
      reference: `RT${++sequence}`,
      travellers,
    });

  /** Posts a flight's PAXLST (and PNR) and waits for their screening (the job runs on the clock). */
  async function flight(name: string, number: string, days: number, people: SyntheticTraveller[]) {
    const ids = [await post(manifest(number, days, people))];
    if (name === 'depersonalised') {
      ids.push(
        await post(
          pnrgov({
            carrier: 'KQ',
            flight: number,
            from: 'LHR',
            to: 'NBO',
            departure: stamp(days),
            arrival: stamp(days + 0.3),
            reference: `RP${++sequence}`,
            bookings: [{ locator: 'QRV001', travellers: people }],
          }),
        ),
      );
    }
    await clock.advance(0);
    const [message] = await Promise.all(ids.map((id) => screened(t, id)));
    flights[name] = message.flightId!;
    messages[name] = message.id;
    return message;
  }

  /** Moves the clock (the hourly retention check fires on it) and waits for the jobs it started. */
  async function advance(ms: number): Promise<void> {
    await clock.advance(ms);
    await t.app.get<JobRunner, InProcessJobRunner>(JobRunner).idle();
  }

  const travellersOf = (name: string) =>
    repository(ScreeningTraveller).find({
      where: { flightId: flights[name] },
      order: { id: 'ASC' },
    });

  const openRecord = (row: ScreeningTraveller) =>
    JSON.parse(cipher().openText(row.personal, travellerContext(row))) as Record<string, unknown>;

  const chunksOf = async (messageId: number) => {
    const parts = await repository(ScreeningMessagePart).findBy({ messageId });
    if (parts.length === 0) return 0;
    return repository(RawChunk).countBy({ partId: In(parts.map((part) => part.id)) });
  };

  const audits = (action: string) =>
    repository(AuditEvent).find({ where: { action }, order: { id: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp({}, undefined, { clock });
    ({ agent: supervisor } = await analystAgent(t, 'KEN', true));
    ({ agent: analyst } = await analystAgent(t, 'KEN', false));
    ({ agent: foreign } = await analystAgent(t, 'UGA', true));
    const listId = await createList(supervisor, 'csv', 'National watchlist');
    const loaded = await uploadVersion(supervisor, listId, {
      file: { name: 'national.csv', content: NATIONAL_V1 },
    });
    expect(loaded.status).toBe(303);
    await t.app.get(WatchlistIndexService).settled();
    ({ key } = await carrierWithKey(supervisor, 'KQ', 'Kenya Airways'));
    stateId = (await repository(Organisation).findOneByOrFail({ code: 'KEN' })).id;
  });
  afterAll(() => t.close());

  it('shows the periods to analysts; only supervisors change them, within the limits, audited', async () => {
    const page = await analyst.get('/screening/retention');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/id="depersonalise-after">180 days</);
    expect(page.text).toMatch(/id="delete-after">1,826 days</);
    expect(page.text).toMatch(/id="confirmed-hit">1,826 days</);
    expect(page.text).not.toContain('action="/screening/retention"');
    const refused = await postForm(analyst, '/screening/retention', '/screening/retention', {
      depersonaliseAfterDays: '30',
      deleteAfterDays: '60',
      confirmedHitDays: '60',
    });
    expect(refused.status).toBe(403);

    const wrong = await postForm(supervisor, '/screening/retention', '/screening/retention', {
      depersonaliseAfterDays: '0',
      deleteAfterDays: '4000',
      confirmedHitDays: 'soon',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('From 1 to 365 days.');
    expect(wrong.text).toContain('From 2 to 3653 days.');
    expect(wrong.text).toContain('A whole number of days, from 1 to 3653.');
    const disordered = await postForm(supervisor, '/screening/retention', '/screening/retention', {
      depersonaliseAfterDays: '200',
      deleteAfterDays: '150',
      confirmedHitDays: '100',
    });
    expect(disordered.status).toBe(400);
    expect(disordered.text).toContain('Delete later than you depersonalise: more than 200 days.');
    expect(disordered.text).toContain('at least as long as the others: 200 days or more.');
    expect(await repository(RetentionSettings).countBy({ stateId })).toBe(0);

    // Confirmed hits kept whole for 2,500 days: longer than the 1,826 before deletion.
    const saved = await postForm(supervisor, '/screening/retention', '/screening/retention', {
      depersonaliseAfterDays: '180',
      deleteAfterDays: '1826',
      confirmedHitDays: '2500',
    });
    expect(saved.status).toBe(303);
    const [changed] = await audits('screening.retention-changed');
    expect(JSON.parse(changed.details!)).toMatchObject({
      before: { depersonaliseAfterDays: 180, deleteAfterDays: 1826, confirmedHitDays: 1826 },
      after: { depersonaliseAfterDays: 180, deleteAfterDays: 1826, confirmedHitDays: 2500 },
    });
    expect(changed.targetId).toBe(String(stateId));
    const again = await postForm(supervisor, '/screening/retention', '/screening/retention', {
      depersonaliseAfterDays: '180',
      deleteAfterDays: '1826',
      confirmedHitDays: '2500',
    });
    expect(again.status).toBe(303);
    expect(await audits('screening.retention-changed')).toHaveLength(1);
    // Another State's periods are its own.
    const theirs = await foreign.get('/screening/retention');
    expect(theirs.text).toMatch(/id="confirmed-hit">1,826 days</);
  });

  it('receives the flights of five years, half a year and a week ago', async () => {
    await flight('expired', '201', -1900, syntheticTravellers(3, 10));
    const held = await flight('held', '202', -1900, [LISTED, ...syntheticTravellers(2, 20)]);
    // The hit workflow confirmed the listed traveller's hit (four eyes) long ago.
    const [hit] = await repository(ScreeningHit).findBy({ flightId: held.flightId! });
    await repository(ScreeningHit).update({ id: hit.id }, { status: 'confirmed' });
    // 179.5 days before START: half a day short of the period at the first run, past it a day later.
    await flight('depersonalised', '203', -179.5, [LISTED, ...syntheticTravellers(2, 30)]);
    await flight('recent', '204', -7, [LUDMILA, ...syntheticTravellers(3, 40)]);
    // Two messages about no flight (unreadable), as if received 200 and 1,900 days ago.
    for (const [name, days] of [
      ['unreadable-old', -1900],
      ['unreadable', -200],
    ] as const) {
      const id = await post(`not an EDIFACT message ${name}`);
      await repository(ScreeningMessage).update(
        { id },
        { receivedAt: new Date(START + days * DAY) },
      );
      messages[name] = id;
    }
    expect(await chunksOf(messages['unreadable'])).toBeGreaterThan(0);
    expect(await repository(ScreeningHit).countBy({ flightId: flights['depersonalised'] })).toBe(1);
  });

  it('deletes what is older than M at the first daily run, keeping a confirmed hit’s traveller whole', async () => {
    const expiredMessage = messages['expired'];
    const expiredParts = (
      await repository(ScreeningMessagePart).findBy({ messageId: expiredMessage })
    ).map((part) => part.id);
    await advance(HOUR);

    expect(await repository(ScreeningFlight).existsBy({ id: flights['expired'] })).toBe(false);
    expect(await repository(ScreeningTraveller).countBy({ flightId: flights['expired'] })).toBe(0);
    expect(await repository(ScreeningMessage).existsBy({ id: expiredMessage })).toBe(false);
    expect(await repository(ScreeningMessagePart).countBy({ messageId: expiredMessage })).toBe(0);
    expect(await repository(RawChunk).countBy({ partId: In(expiredParts) })).toBe(0);
    expect(await repository(ScreeningTravellerSource).countBy({ messageId: expiredMessage })).toBe(
      0,
    );

    // The confirmed hit keeps its traveller whole (2,500 days), with its hit and raw message;
    // the two others on the flight are gone.
    const kept = await travellersOf('held');
    expect(kept).toHaveLength(1);
    expect(kept[0].depersonalisedAt).toBeNull();
    expect(openRecord(kept[0])).toMatchObject({ surname: 'QUORVEN' });
    expect(await repository(ScreeningHit).findBy({ flightId: flights['held'] })).toEqual([
      expect.objectContaining({ status: 'confirmed', travellerId: kept[0].id }),
    ]);
    expect(await chunksOf(messages['held'])).toBeGreaterThan(0);
    expect(
      (await repository(ScreeningFlight).findOneByOrFail({ id: flights['held'] })).travellerCount,
    ).toBe(1);

    // Half a day short of N: untouched.
    expect(
      (await travellersOf('depersonalised')).every((row) => row.depersonalisedAt === null),
    ).toBe(true);
    expect(await chunksOf(messages['depersonalised'])).toBeGreaterThan(0);

    // Messages about no flight: deleted after M, raw bytes deleted after N.
    expect(await repository(ScreeningMessage).existsBy({ id: messages['unreadable-old'] })).toBe(
      false,
    );
    const unreadable = await repository(ScreeningMessage).findOneByOrFail({
      id: messages['unreadable'],
    });
    expect(unreadable.depersonalisedAt).not.toBeNull();
    expect(await chunksOf(unreadable.id)).toBe(0);
    expect(await repository(ScreeningMessagePart).countBy({ messageId: unreadable.id })).toBe(1);

    const [run] = await audits('screening.retention-applied');
    expect(run.targetId).toBe(String(stateId));
    expect(JSON.parse(run.details!)).toMatchObject({
      travellersDeleted: 5,
      messagesDeleted: 2,
      flightsDeleted: 1,
      travellersHeld: 1,
      travellersDepersonalised: 0,
      messagesDepersonalised: 1,
      confirmedHitDays: 2500,
    });
    // Counts only: no name, no document.
    expect(run.details).not.toMatch(/QUORVEN|K1234567/);
    const page = await analyst.get('/screening/retention');
    expect(page.text).toMatch(
      /id="last-run-counts">0 travellers and 1 raw messages depersonalised; 5 travellers/,
    );

    // The same day's later checks leave it be.
    await advance(HOUR);
    expect(await audits('screening.retention-applied')).toHaveLength(1);
  });

  it('depersonalises at N days: names, documents, contacts masked, hashes kept, raw messages deleted', async () => {
    const before = await travellersOf('depersonalised');
    const [hitBefore] = await repository(ScreeningHit).findBy({
      flightId: flights['depersonalised'],
    });
    await advance(DAY - HOUR);
    const after = await travellersOf('depersonalised');
    expect(after).toHaveLength(3);
    for (const [i, row] of after.entries()) {
      expect(row.depersonalisedAt).not.toBeNull();
      for (const column of [
        'documentHash',
        'nameDobHash',
        'bookingHash',
        'nameHash',
        'dataHash',
      ] as const)
        expect(row[column]).toBe(before[i][column]);
    }
    const listed = after.find((row) => openRecord(row).nationality === 'KEN' && row.documentHash)!;
    const record = openRecord(listed);
    expect(record).toMatchObject({
      surname: '***',
      givenNames: '***',
      dateOfBirth: '1971',
      nationality: 'KEN',
      depersonalised: true,
    });
    expect(JSON.stringify(after.map(openRecord))).not.toMatch(
      /QUORVEN|ALDRIC|K1234567|QRV001|1971-04-02/,
    );
    const hit = await repository(ScreeningHit).findOneByOrFail({ id: hitBefore.id });
    const detail = cipher().openText(hit.detail, hitContext(hit));
    expect(detail).not.toMatch(/ALDRIC TAMSIN QUORVEN|K1234567|1971-04-02/);
    expect(JSON.parse(detail)).toMatchObject({ explanation: '***', entry: { id: 'csv:NAT-1' } });

    // Raw messages: bytes gone, rows and parts kept; the page says so.
    for (const message of await repository(ScreeningMessage).findBy({
      flightId: flights['depersonalised'],
    })) {
      expect(message.depersonalisedAt).not.toBeNull();
      expect(await chunksOf(message.id)).toBe(0);
      expect(await repository(ScreeningMessagePart).countBy({ messageId: message.id })).toBe(1);
    }
    const page = await analyst.get(`/screening/messages/${messages['depersonalised']}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('id="raw-deleted"');
    expect(page.text).not.toContain('QUORVEN');

    // A week-old flight and the confirmed hit's traveller are as they were.
    expect((await travellersOf('recent')).every((row) => row.depersonalisedAt === null)).toBe(true);
    expect((await travellersOf('held'))[0].depersonalisedAt).toBeNull();
    const runs = await audits('screening.retention-applied');
    expect(runs).toHaveLength(2);
    expect(JSON.parse(runs[1].details!)).toMatchObject({
      travellersDepersonalised: 3,
      hitsDepersonalised: 1,
      messagesDepersonalised: 2,
      travellersDeleted: 0,
    });
  });

  it('lets a supervisor re-identify a depersonalised record on a justification, audited', async () => {
    expect((await analyst.get('/screening/reidentify')).status).toBe(403);
    const refused = await analyst
      .post('/screening/reidentify')
      .type('form')
      .send({
        _csrf: await csrfFrom(analyst, '/screening/retention'),
        by: 'document',
        documentNumber: 'K1234567',
        issuingCountry: 'KEN',
        justification: 'Case 2026/114',
      });
    expect(refused.status).toBe(403);
    expect(await audits('screening.reidentified')).toHaveLength(0);
    const first = await postForm(supervisor, '/screening/reidentify', '/screening/reidentify', {
      by: 'document',
      documentNumber: 'K1234567',
      issuingCountry: 'KEN',
      justification: 'Case 2026/114',
    });
    expect(first.status).toBe(200);

    const missing = await postForm(supervisor, '/screening/reidentify', '/screening/reidentify', {
      by: 'document',
      documentNumber: 'K1234567',
      issuingCountry: 'Atlantis',
      justification: '',
    });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Give the issuing country as a code or an English name.');
    expect(missing.text).toContain('Say why you re-identify this person: at least 10 characters.');

    const held = (await travellersOf('held'))[0];
    const [depersonalised] = (await travellersOf('depersonalised')).filter(
      (row) => row.documentHash === held.documentHash,
    );
    expect(depersonalised).toBeDefined();
    const byDocument = await postForm(
      supervisor,
      '/screening/reidentify',
      '/screening/reidentify',
      {
        by: 'document',
        documentNumber: 'k 123-4567',
        issuingCountry: 'KE',
        justification: 'Request of the prosecutor, case 2026/114',
      },
    );
    expect(byDocument.status).toBe(200);
    expect(byDocument.text).toContain('1 depersonalised record.');
    expect(byDocument.text).toContain(`data-traveller="${depersonalised.id}"`);
    expect(byDocument.text).toContain('KQ 203');
    expect(byDocument.text).toContain('document and issuing country');
    expect(byDocument.text).toMatch(/(document|name) hit, new/);
    // The held traveller is whole, not depersonalised: not a re-identification.
    expect(byDocument.text).not.toContain(`data-traveller="${held.id}"`);

    const byName = await postForm(supervisor, '/screening/reidentify', '/screening/reidentify', {
      by: 'name',
      surname: 'Quorven',
      givenNames: 'Aldric  Tamsin',
      dateOfBirth: '1971-04-02',
      justification: 'Request of the prosecutor, case 2026/114',
    });
    expect(byName.text).toContain(`data-traveller="${depersonalised.id}"`);
    expect(byName.text).toContain('name and date of birth');

    const reidentified = await audits('screening.reidentified');
    expect(reidentified.map((event) => event.reason)).toEqual([
      'Case 2026/114',
      'Request of the prosecutor, case 2026/114',
      'Request of the prosecutor, case 2026/114',
    ]);
    expect(JSON.parse(reidentified[1].details!)).toMatchObject({
      by: 'document',
      matches: 1,
      travellers: [depersonalised.id],
      purpose: 'screening',
    });
    expect(reidentified[1].details).not.toContain('K1234567');

    // Another State's supervisor, the same document: their key, their data, nothing found.
    const elsewhere = await postForm(foreign, '/screening/reidentify', '/screening/reidentify', {
      by: 'document',
      documentNumber: 'K1234567',
      issuingCountry: 'KEN',
      justification: 'Request of the prosecutor, case 2026/114',
    });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.text).toContain('No depersonalised record has this hash.');
  });

  it('finds a traveller by a name in another script or misspelt, through the engine, audited', async () => {
    const window = `from=${isoDay(-9)}&to=${isoDay(-4)}`;
    const cyrillic = await analyst.get(
      `/screening/travellers?name=${encodeURIComponent('Людмила Петрова')}&${window}`,
    );
    expect(cyrillic.status).toBe(200);
    const [ludmila] = (await travellersOf('recent')).filter(
      (row) => openRecord(row).surname === 'PETROVA',
    );
    expect(cyrillic.text).toContain(`data-traveller="${ludmila.id}"`);
    expect(cyrillic.text).toContain('LUDMILA PETROVA');
    expect(cyrillic.text).toContain('1 traveller, best match first.');
    const misspelt = await analyst.get(
      `/screening/travellers?name=Ludmilla+Petrowa&born=1984&${window}`,
    );
    expect(misspelt.text).toContain(`data-traveller="${ludmila.id}"`);

    const [search] = (await audits('screening.record-read')).filter(
      (event) => event.targetType === 'traveller-search',
    );
    expect(search.targetId).toBe(`${isoDay(-9)}/${isoDay(-4)}`);
    expect(JSON.parse(search.details!)).toMatchObject({
      searched: 4,
      results: 1,
      travellers: [ludmila.id],
      purpose: 'screening',
    });

    // Depersonalised travellers have no name left to find.
    const masked = await analyst.get(
      `/screening/travellers?name=Aldric+Quorven&from=${isoDay(-183)}&to=${isoDay(-177)}`,
    );
    expect(masked.status).toBe(200);
    expect(masked.text).toContain('No traveller’s name comes close.');
    // Another State's analyst searches their own travellers only.
    const theirs = await foreign.get(`/screening/travellers?name=Ludmila+Petrova&${window}`);
    expect(theirs.status).toBe(200);
    expect(theirs.text).not.toContain(`data-traveller="${ludmila.id}"`);
    expect(theirs.text).toContain('No traveller’s name comes close.');

    const tooLong = await analyst.get(
      `/screening/travellers?name=Petrova&from=${isoDay(-20)}&to=${isoDay(-1)}`,
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain('Search at most 7 days of flights at once.');
    const noName = await analyst.get('/screening/travellers?name=x');
    expect(noName.status).toBe(400);
    expect(noName.text).toContain('Give a name of 2 to 100 characters.');
    expect((await analyst.get('/screening/travellers')).status).toBe(200);
  });

  it('deletes the confirmed hit’s records once its own period ends', async () => {
    const held = (await travellersOf('held'))[0];
    const saved = await postForm(supervisor, '/screening/retention', '/screening/retention', {
      depersonaliseAfterDays: '180',
      deleteAfterDays: '1826',
      confirmedHitDays: '1826',
    });
    expect(saved.status).toBe(303);
    await advance(DAY);
    expect(await repository(ScreeningTraveller).existsBy({ id: held.id })).toBe(false);
    expect(await repository(ScreeningHit).countBy({ travellerId: held.id })).toBe(0);
    expect(await repository(ScreeningMessage).existsBy({ id: messages['held'] })).toBe(false);
    expect(await repository(ScreeningFlight).existsBy({ id: flights['held'] })).toBe(false);
    // Depersonalised flights are passed by: the day's run had nothing else to do.
    const runs = await audits('screening.retention-applied');
    expect(JSON.parse(runs[runs.length - 1].details!)).toMatchObject({
      travellersDeleted: 1,
      hitsDeleted: 1,
      messagesDeleted: 1,
      flightsDeleted: 1,
      travellersDepersonalised: 0,
      messagesDepersonalised: 0,
    });
  });
});
