import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { paxlst, syntheticTravellers, type PaxlstOptions } from '../src/demo/synthetic-messages';
import { CarrierKey } from '../src/piu/ingestion/carrier-key.entity';
import { RawChunk } from '../src/piu/ingestion/raw-chunk.entity';
import { ScreeningMessagePart } from '../src/piu/ingestion/screening-message-part.entity';
import { ScreeningMessage } from '../src/piu/ingestion/screening-message.entity';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn, type Agent } from './support/http';
import { ManualClock } from './support/manual-clock';
import { startTestApp, type TestApp } from './support/test-app';

const START = Date.UTC(2026, 1, 28, 12, 0);
const flight = (overrides: Partial<PaxlstOptions> = {}): PaxlstOptions => ({
  carrier: 'KQ',
  flight: '101',
  from: 'GBLHR',
  to: 'KEMBA',
  departure: '202603011200',
  arrival: '202603012100',
  travellers: syntheticTravellers(3),
  reference: `R${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
  ...overrides,
});

describe('screening ingestion: carriers, keys, the carrier API, messages', () => {
  let t: TestApp;
  const clock = new ManualClock(START);
  let supervisor: Agent;
  let analyst: Agent;
  let foreign: Agent;
  let carrierId: number;
  let key: string;

  const post = (body: string | Buffer, headers: Record<string, string> = { 'X-API-Key': key }) =>
    request(t.server)
      .post('/api/v1/messages')
      .set({ 'Content-Type': 'application/edifact', ...headers })
      .send(body);

  async function workingAnalyst(org: string, piuSupervisor = false): Promise<Agent> {
    const user = await createUser(t.dataSource, {
      role: 'piu-analyst',
      org,
      withTwoFactor: true,
      piuSupervisor,
    });
    const agent = agentFor(t.server);
    await signIn(agent, user);
    await postForm(agent, '/screening/purpose', '/screening/purpose', {
      purpose: 'data-quality',
    });
    return agent;
  }

  async function issueKey(agent: Agent, id: number, label: string): Promise<string> {
    const page = await postForm(
      agent,
      `/screening/carriers/${id}`,
      `/screening/carriers/${id}/keys`,
      {
        label,
      },
    );
    expect(page.status).toBe(200);
    return /id="api-key">([^<]+)</.exec(page.text)![1];
  }

  beforeAll(async () => {
    t = await startTestApp(
      {
        INGEST_MAX_MB: '1',
        INGEST_KEY_REQUESTS_PER_MINUTE: '40',
        INGEST_PARTS_WAIT_MINUTES: '120',
      },
      undefined,
      { clock },
    );
    supervisor = await workingAnalyst('KEN', true);
    analyst = await workingAnalyst('KEN');
    foreign = await workingAnalyst('UGA', true);
  });
  afterAll(() => t.close());

  describe('carriers and keys', () => {
    it('lets a supervisor add a carrier and issue a key shown once, stored hashed', async () => {
      const added = await postForm(supervisor, '/screening/carriers', '/screening/carriers', {
        kind: 'airline',
        code: 'kq',
        name: 'Kenya Airways',
      });
      expect(added.status).toBe(303);
      carrierId = Number(/\/screening\/carriers\/(\d+)$/.exec(added.headers.location)![1]);
      key = await issueKey(supervisor, carrierId, 'production');
      expect(key).toMatch(/^cttp_[\w-]{43}$/);
      const page = await supervisor.get(`/screening/carriers/${carrierId}`);
      expect(page.text).toContain(`${key.slice(0, 11)}…`);
      expect(page.text).not.toContain(key);
      const row = await t.dataSource.getRepository(CarrierKey).findOneByOrFail({ carrierId });
      expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(key.slice(11));
      const audited = await t.dataSource
        .getRepository(AuditEvent)
        .findOneByOrFail({ action: 'screening.carrier-key-issued', targetId: String(row.id) });
      expect(audited.details).toContain('KQ');
    });

    it('shows the carriers to every analyst of the State, and keeps the keys to supervisors', async () => {
      const list = await analyst.get('/screening/carriers');
      expect(list.status).toBe(200);
      expect(list.text).toContain('Kenya Airways');
      expect(list.text).not.toContain('Add a carrier');
      const refused = await postForm(
        analyst,
        `/screening/carriers/${carrierId}`,
        `/screening/carriers/${carrierId}/keys`,
        {
          label: 'mine',
        },
      );
      expect(refused.status).toBe(403);
      const carrier = await postForm(analyst, '/screening/carriers', '/screening/carriers', {
        kind: 'airline',
        code: 'ZZ',
        name: 'Nope',
      });
      expect(carrier.status).toBe(403);
    });

    it('re-renders the carrier form with its errors', async () => {
      const bad = await postForm(supervisor, '/screening/carriers', '/screening/carriers', {
        kind: 'airline',
        code: 'K',
        name: '',
      });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('Give the IATA code');
      expect(bad.text).toContain('Give the carrier’s name.');
    });
  });

  describe('POST /api/v1/messages', () => {
    it('answers 401 without a key, with an unknown one, and with a malformed one', async () => {
      const none = await post(paxlst(flight()), {});
      expect(none.status).toBe(401);
      expect(none.body).toMatchObject({ statusCode: 401, code: 'missing-key' });
      const unknown = await post(paxlst(flight()), { 'X-API-Key': `cttp_${'A'.repeat(43)}` });
      expect(unknown.body.code).toBe('unknown-key');
      expect((await post('x', { Authorization: 'Bearer nonsense' })).status).toBe(401);
    });

    it('stores a new message (202), and names it again for a byte-identical resend (201)', async () => {
      const text = paxlst(
        flight({
          travellers: [
            {
              surname: 'ZABROWSKI',
              givenNames: 'ALINTA',
              birth: '800101',
              nationality: 'AUS',
              document: 'PA123456',
            },
          ],
        }),
      );
      const first = await post(text);
      expect(first.status).toBe(202);
      expect(first.body).toEqual({ id: expect.any(Number), status: 'parsed' });
      const again = await post(Buffer.from(text), { Authorization: `Bearer ${key}` });
      expect(again.status).toBe(201);
      expect(again.body).toEqual({ id: first.body.id, status: 'parsed', duplicate: true });
      const message = await t.dataSource
        .getRepository(ScreeningMessage)
        .findOneByOrFail({ id: first.body.id });
      expect(message).toMatchObject({
        status: 'parsed',
        screeningState: 'pending',
        source: 'api',
        carrierId,
        flightCarrier: 'KQ',
        flightNumber: '101',
        departureCountry: 'GBR',
        arrivalCountry: 'KEN',
        travellerCount: 1,
        withDocument: 1,
        leadMinutes: 24 * 60,
      });
      // Encrypted at rest: the traveller's name is nowhere in the stored bytes.
      const parts = await t.dataSource
        .getRepository(ScreeningMessagePart)
        .findBy({ messageId: message.id });
      expect(parts).toHaveLength(1);
      const chunks = await t.dataSource.getRepository(RawChunk).findBy({ partId: parts[0].id });
      const stored = Buffer.concat(chunks.map((c) => Buffer.from(c.data)));
      expect(stored.length).toBeGreaterThan(text.length);
      expect(stored.includes(Buffer.from('ZABROWSKI'))).toBe(false);
      expect(JSON.stringify(message)).not.toContain('ZABROWSKI');
      // The key's last use is shown.
      const page = await supervisor.get(`/screening/carriers/${carrierId}`);
      expect(page.text).toMatch(/from (127\.0\.0\.1|::1)/);
    });

    it('reads the raw bytes whatever the content type, even one the JSON parser would refuse', async () => {
      const text = paxlst(flight());
      const labelled = await post(text, { 'X-API-Key': key, 'Content-Type': 'application/json' });
      expect(labelled.status).toBe(202);
    });

    it('stores an unreadable message with its error (400), and a body of another format as failed', async () => {
      const broken = "UNA:+.? '\nUNB+UNOC:4+X:ZZ+Y:ZZ+260301:0600+B1'\nUNZ+1+B1'";
      const answer = await post(broken);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'unreadable-message',
        id: expect.any(Number),
        status: 'failed',
      });
      expect(answer.body.error.code).toBeTruthy();
      const json = await post('{"passengers": [{"name": "JANE"}]}', {
        'X-API-Key': key,
        'Content-Type': 'application/json',
      });
      expect(json.status).toBe(400);
      expect(json.body).toMatchObject({
        code: 'not-edifact',
        status: 'failed',
        id: expect.any(Number),
      });
      const xml = await post('<?xml version="1.0"?><manifest/>', {
        'X-API-Key': key,
        'Content-Type': 'application/xml',
      });
      expect(xml.body.code).toBe('not-edifact');
      const stored = await t.dataSource
        .getRepository(ScreeningMessage)
        .findOneByOrFail({ id: json.body.id });
      expect(stored).toMatchObject({
        status: 'failed',
        errorCode: 'not-edifact',
        screeningState: 'not-applicable',
        kind: null,
      });
    });

    it('refuses an empty body (400, nothing stored)', async () => {
      const before = await t.dataSource.getRepository(ScreeningMessage).count();
      const empty = await post('');
      expect(empty.status).toBe(400);
      expect(empty.body).toMatchObject({ code: 'empty-body' });
      expect(empty.body.message).toContain('empty');
      expect(await t.dataSource.getRepository(ScreeningMessage).count()).toBe(before);
    });

    it('refuses a flight that does not touch the key’s State (422, not stored)', async () => {
      const before = await t.dataSource.getRepository(ScreeningMessage).count();
      const elsewhere = await post(paxlst(flight({ from: 'GBSOU', to: 'NLRTM' })));
      expect(elsewhere.status).toBe(422);
      expect(elsewhere.body.code).toBe('wrong-state');
      expect(elsewhere.body.message).toContain('KEN');
      expect(await t.dataSource.getRepository(ScreeningMessage).count()).toBe(before);
    });

    it('refuses a body over the limit (413), declared or streamed, without holding it', async () => {
      const over = await post(Buffer.alloc(1024 * 1024 + 10, 0x41));
      expect(over.status).toBe(413);
      expect(over.body.code).toBe('too-large');
      const server = t.server;
      if (!server.listening)
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      for (const declared of [true, false]) {
        const outcome = await stream100MegaBytes(port, key, declared);
        expect(outcome.status).toBe(413);
        expect(outcome.sent).toBeLessThan(100 * 1024 * 1024);
      }
      expect(
        await t.dataSource.getRepository(ScreeningMessage).countBy({ size: 100 * 1024 * 1024 }),
      ).toBe(0);
    });

    it('keeps the parts of a multi-part message across requests, then parses the whole', async () => {
      const travellers = syntheticTravellers(6, 40);
      const part = (sequence: number, final: boolean, reference = `M${sequence}`) =>
        paxlst(
          flight({
            flight: '202',
            reference,
            travellers: travellers.slice((sequence - 1) * 2, sequence * 2),
            part: { sequence, final },
          }),
        );
      const first = await post(part(1, false));
      expect(first.status).toBe(202);
      expect(first.body).toMatchObject({
        status: 'waiting-for-parts',
        parts: { received: [1], expected: null },
      });
      const id = first.body.id as number;
      const same = await post(part(1, false));
      expect(same.status).toBe(201);
      expect(same.body.id).toBe(id);
      const conflict = await post(part(1, false, 'OTHER'));
      expect(conflict.status).toBe(409);
      expect(conflict.body.code).toBe('part-conflict');
      const last = await post(part(3, true));
      expect(last.body).toMatchObject({
        id,
        status: 'waiting-for-parts',
        parts: { received: [1, 3], expected: 3, missing: [2] },
      });
      const middle = await post(part(2, false));
      expect(middle.status).toBe(202);
      expect(middle.body).toMatchObject({
        id,
        status: 'parsed',
        parts: { received: [1, 2, 3], missing: [] },
      });
      const message = await t.dataSource.getRepository(ScreeningMessage).findOneByOrFail({ id });
      expect(message).toMatchObject({
        status: 'parsed',
        travellerCount: 6,
        partsExpected: 3,
        screeningState: 'pending',
        openGroup: null,
      });
      expect(
        await t.dataSource.getRepository(ScreeningMessagePart).countBy({ messageId: id }),
      ).toBe(3);
    });

    it('marks a message whose parts never complete as incomplete, after the configured time', async () => {
      const part = (sequence: number, final: boolean) =>
        paxlst(
          flight({
            flight: '303',
            reference: `I${sequence}`,
            travellers: syntheticTravellers(2, sequence * 10),
            part: { sequence, final },
          }),
        );
      const first = await post(part(1, false));
      await post(part(3, true));
      const id = first.body.id as number;
      await clock.advance(60 * 60_000);
      expect(
        (await t.dataSource.getRepository(ScreeningMessage).findOneByOrFail({ id })).status,
      ).toBe('waiting-for-parts');
      await clock.advance(70 * 60_000);
      // The sweep ran at the clock's tick; its database work finishes shortly after.
      const statusOf = async () =>
        (await t.dataSource.getRepository(ScreeningMessage).findOneByOrFail({ id })).status;
      for (let tries = 0; tries < 100 && (await statusOf()) !== 'incomplete'; tries++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await statusOf()).toBe('incomplete');
      const page = await analyst.get(`/screening/messages/${id}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Incomplete');
      expect(page.text).toMatch(/id="parts-missing">Missing: 2</);
    });

    it('answers 429 with Retry-After past the key’s rate', async () => {
      const spare = await issueKey(supervisor, carrierId, 'rate test');
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await post('', { 'X-API-Key': spare })).status);
      // The 40 allowed were all answered (empty bodies: 400); the 41st is refused.
      expect(new Set(statuses)).toEqual(new Set([400]));
      const refused = await post('', { 'X-API-Key': spare });
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('rate-limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Another key of the same carrier is not held back.
      expect((await post('')).status).toBe(400);
    });

    it('refuses a revoked key (401)', async () => {
      const doomed = await issueKey(supervisor, carrierId, 'to revoke');
      expect((await post(paxlst(flight()), { 'X-API-Key': doomed })).status).toBe(202);
      const row = await t.dataSource
        .getRepository(CarrierKey)
        .findOneByOrFail({ label: 'to revoke' });
      const revoked = await postForm(
        supervisor,
        `/screening/carriers/${carrierId}`,
        `/screening/carriers/${carrierId}/keys/${row.id}/revoke`,
        {},
      );
      expect(revoked.status).toBe(303);
      const refused = await post(paxlst(flight()), { 'X-API-Key': doomed });
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe('unknown-key');
      expect(
        await t.dataSource
          .getRepository(AuditEvent)
          .existsBy({ action: 'screening.carrier-key-revoked', targetId: String(row.id) }),
      ).toBe(true);
    });
  });

  describe('messages pages', () => {
    it('lists the State’s messages without personal data, filtered', async () => {
      const list = await analyst.get('/screening/messages?status=failed');
      expect(list.status).toBe(200);
      expect(list.text).toContain('not-edifact');
      expect(list.text).not.toContain('ZABROWSKI');
      const parsed = await analyst.get('/screening/messages?status=parsed&kind=PAXLST');
      expect(parsed.text).toContain('GBLHR → KEMBA');
      expect(parsed.text).not.toContain('not-edifact');
      const bad = await analyst.get('/screening/messages?status=lost');
      expect(bad.status).toBe(400);
    });

    it('shows a message’s raw text, cards masked, and audits the reading with the purpose', async () => {
      const text = paxlst(
        flight({
          travellers: [{ surname: 'QUILLFEATHER', givenNames: 'IONA' }],
          extra: ['FTX+AAI+++CARD 5555555555554444'],
        }),
      );
      const { body } = await post(text);
      const page = await analyst.get(`/screening/messages/${body.id}`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('QUILLFEATHER');
      expect(page.text).toContain('CARD XXXXXXXXXXXX4444');
      expect(page.text).not.toContain('5555555555554444');
      const read = await t.dataSource.getRepository(AuditEvent).findOneByOrFail({
        action: 'screening.record-read',
        targetType: 'message',
        targetId: String(body.id),
      });
      expect(JSON.parse(read.details!)).toMatchObject({ purpose: 'data-quality' });
    });

    it('takes several files at once on the upload page, one of them bad, and says what became of each', async () => {
      const token = await csrfFrom(analyst, '/screening/messages/upload');
      const good = paxlst(flight({ flight: '404' }));
      const answer = await analyst
        .post('/screening/messages/upload')
        .field('_csrf', token)
        .attach('files', Buffer.from(good), 'good.edi')
        .attach('files', Buffer.from('not a message at all'), 'bad.txt')
        .attach('files', Buffer.from(good), 'again.edi');
      expect(answer.status).toBe(200);
      expect(answer.text).toMatch(
        /good\.edi<\/strong>: <span class="badge badge--ok">Stored and parsed: message \d+\./,
      );
      expect(answer.text).toMatch(
        /bad\.txt<\/strong>: <span class="badge badge--warn">Stored, but it could not be read \(not-edifact\)/,
      );
      expect(answer.text).toMatch(
        /again\.edi<\/strong>: <span class="badge badge--ok">Already received: message \d+\./,
      );
      const uploaded = await t.dataSource
        .getRepository(ScreeningMessage)
        .findOneByOrFail({ flightNumber: '404' });
      // The carrier is found from the message for an upload.
      expect(uploaded).toMatchObject({ source: 'upload', carrierId });
      const noToken = await analyst
        .post('/screening/messages/upload')
        .attach('files', Buffer.from(good), 'x.edi');
      expect(noToken.status).toBe(403);
    });

    it('shows the carrier dashboard’s figures', async () => {
      const dashboard = await supervisor.get(`/screening/carriers/${carrierId}`);
      expect(dashboard.status).toBe(200);
      const messages = await t.dataSource.getRepository(ScreeningMessage).findBy({ carrierId });
      const failed = messages.filter((m) => m.status === 'failed').length;
      expect(dashboard.text).toContain(`${failed} of ${messages.length} messages failed`);
      expect(dashboard.text).toMatch(/Most frequent error, 2 times: <code>not-edifact<\/code>/);
      // Today's bar (the last of 30) is the peak, drawn at the chart's full height.
      const bars = [
        ...dashboard.text.matchAll(
          /<rect x="\d+" y="(\d+)" width="10" height="(\d+)"><title>[^<]*: (\d+)<\/title>/g,
        ),
      ];
      expect(bars).toHaveLength(30);
      expect(bars[29].slice(1).map(Number)).toEqual([0, 60, messages.length]);
      // The median lead time of the parsed PAXLST messages (the clock moved for the
      // incomplete test, so leads differ): the middle one, in hours; none after departure.
      const leads = messages
        .filter((m) => m.status === 'parsed' && m.kind === 'PAXLST' && m.leadMinutes !== null)
        .map((m) => m.leadMinutes!)
        .sort((a, b) => a - b);
      expect(new Set(leads).size).toBeGreaterThan(1);
      const median = Math.round((leads[Math.floor((leads.length - 1) / 2)] / 60) * 10) / 10;
      expect(dashboard.text).toContain(`id="api-median">${median} h<`);
      expect(dashboard.text).toMatch(/id="api-late">0 %</);
      const travellers = messages.reduce((sum, m) => sum + m.travellerCount, 0);
      const documents = messages.reduce((sum, m) => sum + m.withDocument, 0);
      expect(dashboard.text).toContain(`Share of the ${travellers} travellers`);
      expect(dashboard.text).toMatch(
        new RegExp(
          `id="with-document">a travel document: ${Math.round((documents / travellers) * 1000) / 10} %`,
        ),
      );
    });
  });

  describe('another State', () => {
    it('gets 404 for KEN’s carrier, key and message, and sees none of them listed', async () => {
      const message = await t.dataSource
        .getRepository(ScreeningMessage)
        .findOneByOrFail({ carrierId, status: 'parsed' });
      expect((await foreign.get(`/screening/messages/${message.id}`)).status).toBe(404);
      expect((await foreign.get(`/screening/carriers/${carrierId}`)).status).toBe(404);
      const row = await t.dataSource
        .getRepository(CarrierKey)
        .findOneByOrFail({ label: 'production' });
      const revoke = await postForm(
        foreign,
        '/screening/carriers',
        `/screening/carriers/${carrierId}/keys/${row.id}/revoke`,
        {},
      );
      expect(revoke.status).toBe(404);
      expect(
        (await t.dataSource.getRepository(CarrierKey).findOneByOrFail({ id: row.id })).revokedAt,
      ).toBeNull();
      const list = await foreign.get('/screening/messages');
      expect(list.text).toContain('No message.');
      expect((await foreign.get('/screening/carriers')).text).not.toContain('Kenya Airways');
      expect(
        await t.dataSource.getRepository(AuditEvent).existsBy({
          action: 'access.denied',
          targetType: 'message',
          targetId: String(message.id),
        }),
      ).toBe(true);
    });
  });

  describe('the API’s description', () => {
    it('is an OpenAPI 3.1 document, and a page drawn from it', async () => {
      const json = await request(t.server).get('/api/docs.json');
      expect(json.status).toBe(200);
      expect(json.body.openapi).toBe('3.1.0');
      expect(Object.keys(json.body.paths['/api/v1/messages'].post.responses).sort()).toEqual([
        '201',
        '202',
        '400',
        '401',
        '409',
        '413',
        '422',
        '429',
      ]);
      const page = await request(t.server).get('/api/docs');
      expect(page.status).toBe(200);
      expect(page.text).toContain(json.body.paths['/api/v1/messages'].post.summary);
      expect(page.text).toContain('X-API-Key');
      expect(page.text).toContain('part-conflict');
    });
  });
});

/** Streams up to 100 MB to the API (declaring its length or chunked), stopping when answered. */
function stream100MegaBytes(
  port: number,
  key: string,
  declared: boolean,
): Promise<{ status: number; sent: number }> {
  const total = 100 * 1024 * 1024;
  const chunk = Buffer.alloc(1024 * 1024, 0x41);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const outgoing = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/v1/messages',
      headers: {
        'X-API-Key': key,
        'Content-Type': 'application/octet-stream',
        ...(declared ? { 'Content-Length': String(total) } : { 'Transfer-Encoding': 'chunked' }),
      },
    });
    outgoing.on('response', (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, sent });
      outgoing.destroy();
    });
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) {
          outgoing.once('drain', () => setImmediate(pump));
          return;
        }
      }
      if (!answered) outgoing.end();
    };
    pump();
  });
}
