import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { actorFor } from '../src/common/actor/actor';
import { paxlst, pnrgov, type SyntheticTraveller } from '../src/demo/synthetic-messages';
import { extractText } from '../src/library/extraction/text-extractor';
import { Organisation } from '../src/organisations/organisation.entity';
import { HitRecords } from '../src/piu/hits/hit-records';
import { HitStepRefused, HitWorkflowService } from '../src/piu/hits/hit-workflow.service';
import { ScreeningHitEvent } from '../src/piu/hits/screening-hit-event.entity';
import { RememberedFalseMatch } from '../src/piu/pipeline/remembered-false-match.entity';
import { ScreeningHit } from '../src/piu/pipeline/screening-hit.entity';
import { ActiveRules } from '../src/piu/rules/active-rules';
import { ScreeningRuleVersion } from '../src/piu/rules/screening-rule-version.entity';
import { ScreeningRule } from '../src/piu/rules/screening-rule.entity';
import { WatchlistIndexService } from '../src/piu/watchlists/watchlist-index.service';
import { UsersService } from '../src/users/users.service';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn, type Agent } from './support/http';
import {
  connectLive,
  cookieOf,
  eventsOf,
  listen,
  subscribe,
  TEST_ORIGIN,
  type LiveClient,
} from './support/live-client';
import { carrierWithKey, eventually, screened, stamp } from './support/screening-fixture';
import { startTestApp, type TestApp } from './support/test-app';
import { createList, NATIONAL_HEADER, uploadVersion } from './support/watchlist-fixture';

/** A list of this suite: its entries carry aliases in Cyrillic, Arabic and Chinese. */
const LIST = [
  NATIONAL_HEADER,
  'HR-1,ZABROVSKI,Orlin Dask,1968-09-14,KEN,M,K7700112,P,KEN,terrorism,high,Орлин ЗАБРОВСКИЙ;أورلين زابروفسكي;扎布罗夫斯基',
  'HR-2,TELMARRO,Quenby Aris,1983-02-27,TZA,M,T5512009,P,TZA,organised crime,medium,',
  'HR-3,VOSKAREN,Idris Palo,1975-11-03,UGA,M,,,,terrorism,critical,',
].join('\n');

const ORLIN: SyntheticTraveller = {
  surname: 'ZABROVSKI',
  givenNames: 'ORLIN DASK',
  birth: '680914',
  nationality: 'KEN',
  document: 'K7700112',
};
const QUENBY: SyntheticTraveller = {
  surname: 'TELMARRO',
  givenNames: 'QUENBY ARIS',
  birth: '830227',
  nationality: 'TZA',
  document: 'T5512009',
};

interface Person {
  agent: Agent;
  userId: number;
  name: string;
}

describe('reviewing hits: the hit page, the workflow, four eyes, exports', () => {
  let t: TestApp;
  let key: string;
  let stateId: number;
  let supervisor: Person;
  let ana: Person;
  let ben: Person;
  let foreign: Person;
  let sequence = 0;

  /** A PIU analyst with a name of their own, signed in, purpose declared. */
  async function analyst(org: string, name: string, isSupervisor = false): Promise<Person> {
    const user = await createUser(t.dataSource, {
      role: 'piu-analyst',
      org,
      name,
      withTwoFactor: true,
      piuSupervisor: isSupervisor,
    });
    const agent = agentFor(t.server);
    await signIn(agent, user);
    const declared = await postForm(agent, '/screening/purpose', '/screening/purpose', {
      purpose: 'lawful-request',
      note: 'REQ-2026-77',
    });
    expect(declared.status).toBe(303);
    return { agent, userId: user.id, name };
  }

  /** Posts a flight's PAXLST, waits for its screening, returns its hits. */
  async function flightHits(travellers: SyntheticTraveller[], hours = 12): Promise<ScreeningHit[]> {
    const number = String(700 + ++sequence);
    const response = await request(t.server)
      .post('/api/v1/messages')
      .set({ 'Content-Type': 'application/edifact', 'X-API-Key': key })
      .send(
        paxlst({
          carrier: 'KQ',
          flight: number,
          from: 'GBLHR',
          to: 'KEMBA',
          departure: stamp(hours),
          arrival: stamp(hours + 8),
          reference: `H${sequence}X${number}`,
          travellers,
        }),
      );
    expect(response.status).toBe(202);
    const message = await screened(t, response.body.id as number);
    return t.dataSource
      .getRepository(ScreeningHit)
      .find({ where: { flightId: message.flightId! }, order: { id: 'ASC' } });
  }

  async function oneHit(traveller: SyntheticTraveller = ORLIN): Promise<ScreeningHit> {
    const hits = await flightHits([traveller]);
    expect(hits).toHaveLength(1);
    return hits[0];
  }

  const page = (id: number) => `/screening/hits/${id}`;

  /** Posts a step's form from the hit page (its CSRF token and revision) and follows the redirect. */
  async function act(who: Person, id: number, step: string, fields: Record<string, string> = {}) {
    const form = await who.agent.get(page(id));
    const revision = /name="revision" value="(\d+)"/.exec(form.text)?.[1];
    const response = await postForm(who.agent, page(id), `${page(id)}/${step}`, {
      ...(revision ? { revision } : {}),
      ...fields,
    });
    const next =
      response.status === 303 ? await who.agent.get(String(response.headers.location)) : null;
    return { status: response.status, text: response.text, next: next?.text ?? '' };
  }

  const hitRow = (id: number) => t.dataSource.getRepository(ScreeningHit).findOneByOrFail({ id });
  const eventsOfHit = (hitId: number) =>
    t.dataSource.getRepository(ScreeningHitEvent).find({ where: { hitId }, order: { id: 'ASC' } });
  const audits = (action: string, targetId: number) =>
    t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action, targetId: String(targetId) }, order: { id: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp();
    supervisor = await analyst('KEN', 'Wanjiru Supervisor', true);
    const listId = await createList(supervisor.agent, 'csv', 'Hit review list');
    const loaded = await uploadVersion(supervisor.agent, listId, {
      file: { name: 'review.csv', content: LIST },
    });
    expect(loaded.status).toBe(303);
    await t.app.get(WatchlistIndexService).settled();
    ({ key } = await carrierWithKey(supervisor.agent, 'KQ', 'Kenya Airways'));
    stateId = (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' })).id;
    ana = await analyst('KEN', 'Ana Mwangi');
    ben = await analyst('KEN', 'Ben Otieno');
    foreign = await analyst('UGA', 'Uma Foreign', true);
  });
  afterAll(() => t.close());

  it('sets the traveller beside the entry, field by field, with the explanation, and audits the read', async () => {
    const hit = await oneHit();
    const response = await ana.agent.get(page(hit.id));
    expect(response.status).toBe(200);
    const html = response.text;
    expect(html).toContain('ZABROVSKI ORLIN DASK');
    // The entry's names in their own scripts, and how each field agrees.
    expect(html).toContain('Орлин ЗАБРОВСКИЙ');
    expect(html).toContain('扎布罗夫斯基');
    expect(html).toMatch(/data-field="dateOfBirth">[^]*?agreement agreement--equal">Equal</);
    expect(html).toMatch(/data-field="documents">[^]*?K7700112[^]*?agreement--equal">Equal</);
    expect(html).toMatch(/data-field="nationality">[^]*?agreement--equal/);
    // The explanation: the score and its parts.
    expect(html).toContain('Why the engine raised it');
    expect(html).toContain(`Score ${hit.score.toFixed(2)} out of 1.`);
    expect(html).toContain('the listed number, issued by the same country');
    // Flight and message links, the history so far, the forms.
    expect(html).toMatch(/href="\/screening\/flights\/\d+"/);
    expect(html).toContain(`href="/screening/messages/${hit.messageId}"`);
    expect(html).toContain('raised this hit');
    expect(html).toContain('Take it for review');
    const [read] = await audits('screening.record-read', hit.id);
    expect(read.targetType).toBe('hit');
    expect(JSON.parse(read.details!)).toMatchObject({
      purpose: 'lawful-request',
      note: 'REQ-2026-77',
    });
  });

  it('explains a name hit word by word, and lists the traveller’s other hits', async () => {
    const number = String(700 + ++sequence);
    const response = await request(t.server)
      .post('/api/v1/messages')
      .set({ 'Content-Type': 'application/edifact', 'X-API-Key': key })
      .send(
        pnrgov({
          carrier: 'KQ',
          flight: number,
          from: 'LHR',
          to: 'NBO',
          departure: stamp(30),
          arrival: stamp(38),
          reference: `P${sequence}X${number}`,
          bookings: [
            {
              locator: 'HRV001',
              travellers: [{ surname: 'VOSKAREN', givenNames: 'IDRIS PALO' }],
            },
          ],
        }),
      );
    expect(response.status).toBe(202);
    const message = await screened(t, response.body.id as number);
    const [hit] = await t.dataSource
      .getRepository(ScreeningHit)
      .findBy({ flightId: message.flightId! });
    expect(hit.kind).toBe('name');
    const html = (await ana.agent.get(page(hit.id))).text;
    expect(html).toMatch(/<table id="hit-tokens">[^]*VOSKAREN[^]*equal/);
    expect(html).toMatch(/data-field="name">[^]*agreement--equal">Equal</);
    expect(html).toMatch(/data-field="dateOfBirth">[^]*Not on both sides/);

    // The same person (same passport) on another flight: each hit names the other.
    const first = await oneHit();
    const second = await oneHit();
    const other = (await ana.agent.get(page(second.id))).text;
    expect(other).toContain(`href="/screening/hits/${first.id}"`);
  });

  it('answers 404 to another State’s analyst, for the page and every step', async () => {
    const hit = await oneHit();
    expect((await foreign.agent.get(page(hit.id))).status).toBe(404);
    const token = await csrfFrom(foreign.agent, '/screening/purpose');
    for (const step of [
      'take',
      'release',
      'clear',
      'propose',
      'confirm',
      'send-back',
      'escalate',
      'notes',
      'export',
    ]) {
      const response = await foreign.agent
        .post(`${page(hit.id)}/${step}`)
        .type('form')
        .send({
          _csrf: token,
          reason: 'common-name',
          proposalNote: 'x',
          sendBackNote: 'x',
          escalatedTo: 'x',
          note: 'x',
          reference: 'R-1',
          format: 'json',
        });
      expect([step, response.status]).toEqual([step, 404]);
    }
    expect(await hitRow(hit.id)).toMatchObject({ status: 'new', assigneeId: null, revision: 1 });
    expect(await eventsOfHit(hit.id)).toEqual([]);
    expect((await audits('access.denied', hit.id)).length).toBeGreaterThanOrEqual(1);
    expect(await audits('screening.record-read', hit.id)).toEqual([]);
  });

  it('takes a hit through review, four eyes, and escalation, keeping every step as history', async () => {
    const url = await listen(t);
    const sockets: LiveClient[] = [];
    try {
      const socket = await connectLive(url, { cookie: cookieOf(ben.agent), origin: TEST_ORIGIN });
      sockets.push(socket);
      expect(await subscribe(socket, `screening:${stateId}`)).toBe(true);
      const changes = eventsOf(socket, 'screening.hitChanged');
      const hit = await oneHit();

      const taken = await act(ana, hit.id, 'take');
      expect(taken.status).toBe(303);
      expect(taken.next).toContain('You are reviewing this hit.');
      expect(await hitRow(hit.id)).toMatchObject({
        status: 'in-review',
        assigneeId: ana.userId,
        revision: 2,
      });
      const seen = await eventually(
        () => Promise.resolve(changes.find((change) => change.hitId === hit.id)),
        'the hitChanged event',
      );
      const open = await t.dataSource
        .getRepository(ScreeningHit)
        .countBy({ stateId, status: 'new' });
      expect(seen).toMatchObject({
        stateId,
        status: 'in-review',
        assigneeId: ana.userId,
        assignee: 'Ana Mwangi',
      });
      expect(seen.openHits).toBeGreaterThanOrEqual(open + 1);
      expect(JSON.stringify(changes)).not.toContain('ZABROVSKI');

      // Ben sees who has it, and may not clear or propose it.
      const benPage = (await ben.agent.get(page(hit.id))).text;
      expect(benPage).toContain('Ana Mwangi is reviewing this hit.');
      expect(benPage).not.toContain('/clear"');
      const benClears = await act(ben, hit.id, 'clear', { reason: 'common-name' });
      expect(benClears.next).toContain('Ana Mwangi has taken this hit: it is theirs to review.');

      // Proposing needs a note; the form comes back with the message.
      const noNote = await act(ana, hit.id, 'propose', { proposalNote: '' });
      expect(noNote.status).toBe(400);
      expect(noNote.text).toContain('Say why you propose to confirm the hit.');
      const proposed = await act(ana, hit.id, 'propose', {
        proposalNote: 'Passport and birth date as listed.',
      });
      expect(proposed.next).toContain('a second analyst confirms it or sends it back');
      expect(proposed.next).toContain(
        'You proposed to confirm this hit: a second analyst must approve it',
      );

      // Four eyes: the proposer may not confirm.
      const own = await act(ana, hit.id, 'confirm');
      expect(own.status).toBe(303);
      expect(own.next).toContain(
        'You proposed to confirm this hit, so you cannot approve it: a second analyst must (four eyes).',
      );
      expect((await hitRow(hit.id)).status).toBe('proposed');

      // The second analyst sends it back (with a reason), the first proposes again, the second confirms.
      const back = await act(ben, hit.id, 'send-back', {
        sendBackNote: 'Check the second passport.',
      });
      expect(back.next).toContain('Sent back to review.');
      expect(await hitRow(hit.id)).toMatchObject({ status: 'in-review', assigneeId: ana.userId });
      await act(ana, hit.id, 'propose', { proposalNote: 'Checked: one passport only.' });
      const confirmed = await act(ben, hit.id, 'confirm', { confirmNote: 'Agreed.' });
      expect(confirmed.next).toContain('Hit confirmed.');
      expect((await hitRow(hit.id)).status).toBe('confirmed');

      const noWhom = await act(ben, hit.id, 'escalate', { escalatedTo: ' ' });
      expect(noWhom.status).toBe(400);
      expect(noWhom.text).toContain('Say to whom the hit is escalated.');
      const escalated = await act(ben, hit.id, 'escalate', {
        escalatedTo: 'National Counter-Terrorism Centre',
        escalationNote: 'Case 44/2026',
      });
      expect(escalated.next).toContain('Hit escalated.');
      expect(await hitRow(hit.id)).toMatchObject({ status: 'escalated', revision: 7 });

      const noted = await act(ana, hit.id, 'notes', { note: 'Liaison informed by phone.' });
      expect(noted.next).toContain('Note added.');

      const history = await eventsOfHit(hit.id);
      expect(history.map((event) => [event.kind, event.fromStatus, event.toStatus])).toEqual([
        ['taken', 'new', 'in-review'],
        ['proposed', 'in-review', 'proposed'],
        ['sent-back', 'proposed', 'in-review'],
        ['proposed', 'in-review', 'proposed'],
        ['confirmed', 'proposed', 'confirmed'],
        ['escalated', 'confirmed', 'escalated'],
        ['noted', null, null],
      ]);
      expect(history.map((event) => event.actorId)).toEqual([
        ana.userId,
        ana.userId,
        ben.userId,
        ana.userId,
        ben.userId,
        ben.userId,
        ana.userId,
      ]);
      // Notes are sealed at rest, and shown on the page.
      expect(JSON.stringify(history)).not.toContain('Counter-Terrorism');
      const shown = (await ana.agent.get(page(hit.id))).text;
      expect(shown).toContain('to National Counter-Terrorism Centre');
      expect(shown).toContain('Check the second passport.');
      expect(shown).toContain('Liaison informed by phone.');
      expect(shown).toContain('The review of this hit is closed.');

      for (const action of ['taken', 'proposed', 'sent-back', 'confirmed', 'escalated', 'noted'])
        expect([action, (await audits(`screening.hit-${action}`, hit.id)).length]).toEqual([
          action,
          action === 'proposed' ? 2 : 1,
        ]);
      await eventually(
        () =>
          Promise.resolve(
            changes.find((change) => change.hitId === hit.id && change.status === 'escalated'),
          ),
        'the escalation event',
      );
    } finally {
      for (const socket of sockets) socket.close();
    }
  });

  it('releases a hit back to the list; a supervisor may release a colleague’s', async () => {
    const hit = await oneHit();
    await act(ana, hit.id, 'take');
    const released = await act(ana, hit.id, 'release');
    expect(released.next).toContain('Hit released: another analyst may take it.');
    expect(await hitRow(hit.id)).toMatchObject({ status: 'new', assigneeId: null });
    await act(ben, hit.id, 'take');
    const byAna = await act(ana, hit.id, 'release');
    expect(byAna.next).toContain('Ben Otieno has taken this hit');
    expect((await hitRow(hit.id)).assigneeId).toBe(ben.userId);
    await act(supervisor, hit.id, 'release');
    expect(await hitRow(hit.id)).toMatchObject({ status: 'new', assigneeId: null });
    expect((await audits('screening.hit-released', hit.id)).length).toBe(2);
  });

  it('lets one of two analysts taking a hit at once win, and tells the other who has it', async () => {
    const hit = await oneHit();
    const forms = await Promise.all(
      [ana, ben].map(async (who) => ({
        who,
        token: await csrfFrom(who.agent, page(hit.id)),
      })),
    );
    const responses = await Promise.all(
      forms.map(({ who, token }) =>
        who.agent
          .post(`${page(hit.id)}/take`)
          .type('form')
          .send({ _csrf: token, revision: '1' }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual([303, 303]);
    const row = await hitRow(hit.id);
    expect(row).toMatchObject({ status: 'in-review', revision: 2 });
    const winner = row.assigneeId === ana.userId ? ana : ben;
    const loser = winner === ana ? ben : ana;
    const told = (await loser.agent.get(page(hit.id))).text;
    expect(told).toContain(`${winner.name} has taken this hit: it is theirs to review.`);
    const events = await eventsOfHit(hit.id);
    expect(events.map((event) => [event.kind, event.actorId])).toEqual([['taken', winner.userId]]);
    expect((await audits('screening.hit-taken', hit.id)).length).toBe(1);
  });

  it('refuses a step whose conditional update finds the hit changed since it was read', async () => {
    const hit = await oneHit();
    const records = t.app.get(HitRecords);
    const asAna = actorFor((await t.app.get(UsersService).findAuthenticated(ana.userId))!);
    // Ana's request read the hit (revision 1); Ben takes it before her update runs.
    const stale = await records.hitOf(asAna, hit.id);
    await act(ben, hit.id, 'take');
    const read = jest.spyOn(records, 'hitOf').mockResolvedValueOnce(stale);
    try {
      const refused = await t.app
        .get(HitWorkflowService)
        .step(asAna, hit.id, 'take')
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(HitStepRefused);
      expect((refused as HitStepRefused).reason).toEqual({
        key: 'hits.refused.heldBy',
        params: { name: 'Ben Otieno' },
      });
    } finally {
      read.mockRestore();
    }
    expect(await hitRow(hit.id)).toMatchObject({ assigneeId: ben.userId, revision: 2 });
    expect((await eventsOfHit(hit.id)).map((event) => event.actorId)).toEqual([ben.userId]);
  });

  it('clears a false match with a reason, and remembers it until the traveller’s data change', async () => {
    const hit = await oneHit(QUENBY);
    await act(ana, hit.id, 'take');
    const noReason = await act(ana, hit.id, 'clear', {});
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('Choose the reason the hit is a false match.');
    const otherWithoutNote = await act(ana, hit.id, 'clear', { reason: 'other' });
    expect(otherWithoutNote.status).toBe(400);
    expect(otherWithoutNote.text).toContain('Say in a note why the hit is a false match.');
    expect((await hitRow(hit.id)).status).toBe('in-review');

    const cleared = await act(ana, hit.id, 'clear', {
      reason: 'identity-verified',
      clearNote: 'Checked with the issuing authority.',
      remember: 'on',
    });
    expect(cleared.next).toContain('Hit cleared as a false match.');
    expect(cleared.next).toContain('Identity checked against other sources');
    expect(cleared.next).toContain('remembered: this traveller is not that entry');
    expect(await hitRow(hit.id)).toMatchObject({ status: 'cleared', assigneeId: ana.userId });
    const [memory] = await t.dataSource
      .getRepository(RememberedFalseMatch)
      .findBy({ hitId: hit.id });
    expect(memory).toMatchObject({
      stateId,
      entryReference: hit.entryReference,
      entryFingerprint: hit.entryFingerprint,
      createdById: ana.userId,
    });
    const [audit] = await audits('screening.hit-cleared', hit.id);
    expect(JSON.parse(audit.details!)).toMatchObject({
      reason: 'identity-verified',
      remembered: true,
    });

    // A later flight with the same person raises no hit; changed data (birth date) does.
    expect(await flightHits([QUENBY])).toEqual([]);
    expect(await flightHits([{ ...QUENBY, birth: '830228' }])).toHaveLength(1);
  });

  it('shows a rule hit with its rule, version and the conditions that held', async () => {
    const number = String(700 + sequence + 1);
    const criteria = JSON.stringify({ field: 'flight.number', op: '=', value: `KQ${number}` });
    const rule = await t.dataSource.getRepository(ScreeningRule).save({
      stateId,
      name: 'Flight under watch',
      description: 'Everyone on this flight',
      severity: 'medium',
      criteria,
      status: 'on',
      currentVersion: 1,
      activeVersion: 1,
      createdById: supervisor.userId,
      updatedById: supervisor.userId,
      updatedAt: new Date(),
    });
    await t.dataSource.getRepository(ScreeningRuleVersion).insert({
      ruleId: rule.id,
      number: 1,
      name: 'Flight under watch',
      description: 'Everyone on this flight',
      severity: 'medium',
      criteria,
      savedById: supervisor.userId,
      savedAt: new Date(),
    });
    await t.app.get(ActiveRules).changed(stateId);
    const hits = await flightHits([{ surname: 'NOBODY', givenNames: 'PLAIN' }]);
    const hit = hits.find((each) => each.kind === 'rule')!;
    expect(hit).toMatchObject({ ruleId: rule.id, ruleVersion: 1 });
    const html = (await ana.agent.get(page(hit.id))).text;
    expect(html).toContain(`href="/screening/rules/${rule.id}"`);
    expect(html).toContain('version 1');
    expect(html).toMatch(
      new RegExp(
        `Flight number is \\(&#x3D;\\) <code>KQ${number}</code> — the traveller’s value: <strong>KQ${number}</strong>`,
      ),
    );
    expect(html).not.toContain('name="remember"');
    await act(ana, hit.id, 'take');
    const remembered = await act(ana, hit.id, 'clear', { reason: 'common-name', remember: 'on' });
    expect(remembered.status).toBe(400);
    expect(remembered.text).toContain('Only a list hit can be remembered as a false match.');
    await t.dataSource.getRepository(ScreeningRule).update({ id: rule.id }, { status: 'off' });
    await t.app.get(ActiveRules).changed(stateId);
  });

  it('exports a hit’s record as JSON for a lawful request, audited, the reference required', async () => {
    const hit = await oneHit();
    await act(ana, hit.id, 'take');
    const missing = await act(ana, hit.id, 'export', { format: 'json', reference: '' });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Give the reference of the request.');

    const token = await csrfFrom(ana.agent, page(hit.id));
    const response = await ana.agent
      .post(`${page(hit.id)}/export`)
      .type('form')
      .send({ _csrf: token, format: 'json', reference: 'MLA/2026/0415' })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="hit-\d+-/);
    expect(response.headers['cache-control']).toContain('no-store');
    const data = JSON.parse((response.body as Buffer).toString('utf8'));
    expect(data).toMatchObject({
      format: 'cttp.screening-hit-record/1',
      export: {
        requestReference: 'MLA/2026/0415',
        exportedBy: { id: ana.userId, name: 'Ana Mwangi', state: 'KEN' },
        purpose: { code: 'lawful-request', note: 'REQ-2026-77' },
        format: 'json',
      },
      hit: { id: hit.id, status: 'in-review', assignee: 'Ana Mwangi' },
      traveller: { surname: 'ZABROVSKI', givenNames: 'ORLIN DASK', dateOfBirth: '1968-09-14' },
      list: { name: 'Hit review list', entryReference: 'csv:HR-1' },
      entry: { id: 'csv:HR-1' },
      flight: { carrier: 'KQ' },
      history: [{ event: 'taken', by: 'Ana Mwangi', to: 'in-review' }],
    });
    expect(data.entry.names.map((name: { full: string }) => name.full)).toContain('扎布罗夫斯基');
    expect(data.explanation.summary).toContain('K7700112');
    expect(data.messages).toEqual([
      expect.objectContaining({ id: hit.messageId, raisedHit: true }),
    ]);

    const [exported] = await audits('screening.hit-exported', hit.id);
    expect(JSON.parse(exported.details!)).toMatchObject({
      format: 'json',
      reference: 'MLA/2026/0415',
      purpose: 'lawful-request',
    });
    const events = await eventsOfHit(hit.id);
    expect(events[events.length - 1]).toMatchObject({
      kind: 'exported',
      reference: 'MLA/2026/0415',
      format: 'json',
      actorId: ana.userId,
    });
  });

  it('exports it as a PDF that prints names in their own script', async () => {
    const hit = await oneHit();
    const token = await csrfFrom(ben.agent, page(hit.id));
    const response = await ben.agent
      .post(`${page(hit.id)}/export`)
      .type('form')
      .send({ _csrf: token, format: 'pdf', reference: 'INTERPOL-7781' })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The reference in the document's own metadata, readable without a PDF reader.
    expect(pdf.toString('latin1')).toContain('INTERPOL-7781');
    const dir = mkdtempSync(join(tmpdir(), 'hit-pdf-'));
    try {
      const file = join(dir, 'hit.pdf');
      writeFileSync(file, pdf);
      const text = await extractText(file, 'pdf');
      expect(text).toContain('INTERPOL-7781');
      expect(text).toContain('ZABROVSKI ORLIN DASK');
      expect(text).toContain('Ben Otieno');
      // Cyrillic and Chinese aliases drawn in their script (Debian's DejaVu and WenQuanYi fonts).
      expect(text).toContain('ЗАБРОВСКИЙ');
      expect(text).toContain('扎布罗夫斯基');
      expect(text).not.toContain('Transliterated');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const [exported] = await audits('screening.hit-exported', hit.id);
    expect(JSON.parse(exported.details!)).toMatchObject({
      format: 'pdf',
      reference: 'INTERPOL-7781',
    });
  });
});
