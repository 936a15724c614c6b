import { AuditEvent } from '../src/audit/audit-event.entity';
import { ActiveRules, type ActiveRulesChanged } from '../src/piu/rules/active-rules';
import {
  InMemoryTravellerFacts,
  RECENT_TRAVELLER_FACTS,
} from '../src/piu/rules/recent-traveller-facts';
import { ScreeningRule } from '../src/piu/rules/screening-rule.entity';
import { ScreeningRuleTrial } from '../src/piu/rules/screening-rule-trial.entity';
import { ScreeningRuleVersion } from '../src/piu/rules/screening-rule-version.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { paxlst, syntheticTravellers } from '../src/demo/synthetic-messages';
import { IngestionService } from '../src/piu/ingestion/ingestion.service';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, postForm, signIn, type Agent } from './support/http';
import { syntheticMessage } from './support/synthetic-messages';
import { startTestApp, type TestApp } from './support/test-app';

type Row = {
  path: string;
  kind: string;
  field?: string;
  op?: string;
  value?: string;
  not?: boolean;
};

/** The rule form as a browser posts it: name, severity, and the tree's rows. */
function ruleForm(
  fields: { name?: string; description?: string; severity?: string; edit?: string },
  rows: Row[],
): Record<string, string> {
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form[key] = value;
  rows.forEach((row, i) => {
    form[`nodes[${i}][path]`] = row.path;
    form[`nodes[${i}][kind]`] = row.kind;
    if (row.field !== undefined) form[`nodes[${i}][field]`] = row.field;
    if (row.op !== undefined) form[`nodes[${i}][op]`] = row.op;
    if (row.value !== undefined) form[`nodes[${i}][value]`] = row.value;
    if (row.not) form[`nodes[${i}][not]`] = 'on';
  });
  return form;
}

const YOUNG_SYRIANS: Row[] = [
  { path: 'r', kind: 'all' },
  { path: 'r.0', kind: 'condition', field: 'traveller.nationality', op: '=', value: 'SYR' },
  {
    path: 'r.1',
    kind: 'condition',
    field: 'traveller.ageAtDeparture',
    op: 'between',
    value: '18, 30',
  },
];

async function analystAgent(t: TestApp, org: string, supervisor: boolean): Promise<Agent> {
  const user = await createUser(t.dataSource, {
    role: 'piu-analyst',
    org,
    withTwoFactor: true,
    piuSupervisor: supervisor,
    name: supervisor ? `Supervisor of ${org}` : `Analyst of ${org}`,
  });
  const agent = agentFor(t.server);
  await signIn(agent, user);
  await postForm(agent, '/screening/purpose', '/screening/purpose', { purpose: 'screening' });
  return agent;
}

async function post(agent: Agent, page: string, action: string, fields: Record<string, string>) {
  const token = await csrfFrom(agent, page);
  return agent
    .post(action)
    .type('form')
    .send({ _csrf: token, ...fields });
}

/** The text of the condition block (fieldset) that holds a given control id. */
function conditionBlock(html: string, row: number): string {
  const at = html.indexOf(`id="node-${row}-field"`);
  const start = html.lastIndexOf('<fieldset', at);
  const end = html.indexOf('</fieldset>', at);
  return html.slice(start, end);
}

async function waitFor<T>(read: () => Promise<T | null | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('targeting rules (/screening/rules)', () => {
  let t: TestApp;
  const facts = new InMemoryTravellerFacts();
  let analyst: Agent;
  let supervisor: Agent;
  let foreign: Agent;
  let foreignSupervisor: Agent;
  let kenyaId: number;
  let ruleId: number;

  beforeAll(async () => {
    t = await startTestApp({}, undefined, {
      overrides: [{ provide: RECENT_TRAVELLER_FACTS, useValue: facts }],
    });
    analyst = await analystAgent(t, 'KEN', false);
    supervisor = await analystAgent(t, 'KEN', true);
    foreign = await analystAgent(t, 'UGA', false);
    foreignSupervisor = await analystAgent(t, 'UGA', true);
    const orgs = t.dataSource.getRepository(Organisation);
    kenyaId = (await orgs.findOneByOrFail({ code: 'KEN' })).id;
    const ugandaId = (await orgs.findOneByOrFail({ code: 'UGA' })).id;
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    const date = (n: number) => day(n).toISOString().slice(0, 10);
    facts
      .add(kenyaId, {
        messageId: 1,
        receivedAt: day(2),
        message: syntheticMessage(
          { carrier: 'KQ', number: '310', from: 'DXB', to: 'NBO', date: date(2) },
          [
            { given: 'AMIRA', surname: 'BAKRI', nationality: 'SYR', dateOfBirth: '2001-04-02' },
            { given: 'OMAR', surname: 'FADEL', nationality: 'SYR', dateOfBirth: '1960-01-01' },
            { given: 'JANE', surname: 'MWANGI', nationality: 'KEN', dateOfBirth: '1999-09-09' },
          ],
        ),
      })
      .add(kenyaId, {
        messageId: 2,
        receivedAt: day(1),
        message: syntheticMessage(
          { carrier: 'ET', number: '308', from: 'ADD', to: 'NBO', date: date(1) },
          [{ given: 'SAMI', surname: 'HADDAD', nationality: 'SYR', dateOfBirth: '2003-07-15' }],
        ),
      })
      // Older than 7 days, and another State's: neither counts.
      .add(kenyaId, {
        messageId: 3,
        receivedAt: day(9),
        message: syntheticMessage(
          { carrier: 'KQ', number: '311', from: 'DXB', to: 'NBO', date: date(9) },
          [{ given: 'OLD', surname: 'CASE', nationality: 'SYR', dateOfBirth: '2000-01-01' }],
        ),
      })
      .add(ugandaId, {
        messageId: 4,
        receivedAt: day(1),
        message: syntheticMessage(
          { carrier: 'UR', number: '1', from: 'DXB', to: 'EBB', date: date(1) },
          [{ given: 'OTHER', surname: 'STATE', nationality: 'SYR', dateOfBirth: '2000-01-01' }],
        ),
      });
  });
  afterAll(() => t.close());

  it('lists no rules at first and offers the form with the grouped, typed field catalogue', async () => {
    const list = await analyst.get('/screening/rules');
    expect(list.status).toBe(200);
    expect(list.text).toContain('No rules yet.');
    const form = await analyst.get('/screening/rules/new');
    expect(form.status).toBe(200);
    expect(form.text).toContain('<optgroup label="Travel document">');
    expect(form.text).toContain(
      '<option value="traveller.ageAtDeparture" data-type="number">Age at departure (number)</option>',
    );
    expect(form.text).toContain('formaction="/screening/rules/new/compose"');
  });

  it('adds and removes conditions and groups without script, losing nothing typed', async () => {
    const added = await post(
      analyst,
      '/screening/rules/new',
      '/screening/rules/new/compose',
      ruleForm({ name: 'Young travellers', severity: 'high', edit: 'add-group:r' }, YOUNG_SYRIANS),
    );
    expect(added.status).toBe(200);
    expect(added.text).toContain('value="Young travellers"');
    expect(added.text).toContain('value="18, 30"');
    // The new group (r.2) with its first condition, and the operators of a number field only.
    expect(added.text).toContain('name="nodes[3][path]" value="r.2"');
    expect(added.text).toContain('name="nodes[4][path]" value="r.2.0"');
    const ageBlock = conditionBlock(added.text, 2);
    expect(ageBlock).toContain('value="between" data-types="number date" selected>is between');
    expect(ageBlock).toContain('<option value="starts with" data-types="string country" hidden>');
    expect(ageBlock).toContain('value="traveller.ageAtDeparture" data-type="number" selected>');

    const removed = await post(
      analyst,
      '/screening/rules/new',
      '/screening/rules/new/compose',
      ruleForm({ name: 'Young travellers', severity: 'high', edit: 'remove:r.0' }, YOUNG_SYRIANS),
    );
    expect(removed.status).toBe(200);
    expect(removed.text).not.toContain('value="SYR"');
    expect(removed.text).toContain('name="nodes[1][path]" value="r.0"');
    expect(removed.text).toContain('value="18, 30"');
  });

  it('shows every error next to its condition, in its own words, and keeps the input', async () => {
    const before = await t.dataSource.getRepository(ScreeningRule).count();
    const response = await post(
      analyst,
      '/screening/rules/new',
      '/screening/rules',
      ruleForm({ name: '  ', severity: 'high' }, [
        { path: 'r', kind: 'all' },
        { path: 'r.0', kind: 'condition', field: 'traveller.shoeSize', op: '=', value: '44' },
        { path: 'r.1', kind: 'condition', field: 'traveller.bagCount', op: '>', value: 'two' },
        {
          path: 'r.2',
          kind: 'condition',
          field: 'traveller.ageAtDeparture',
          op: 'between',
          value: '30, 18',
        },
        { path: 'r.3', kind: 'condition', field: 'traveller.infant', op: '<', value: 'true' },
        { path: 'r.4', kind: 'any' },
      ]),
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain('Give the rule a name.');
    expect(conditionBlock(response.text, 1)).toContain(
      'There is no field “traveller.shoeSize”: choose one from the list.',
    );
    expect(conditionBlock(response.text, 1)).toContain(
      '<option value="traveller.shoeSize" selected>traveller.shoeSize</option>',
    );
    expect(conditionBlock(response.text, 2)).toContain(
      'Give a number (such as 18), not &quot;two&quot;.',
    );
    expect(conditionBlock(response.text, 2)).toContain('value="two"');
    expect(conditionBlock(response.text, 3)).toContain(
      'The low bound 30 is above the high bound 18: swap them.',
    );
    expect(conditionBlock(response.text, 4)).toContain(
      'This operator does not apply to this field',
    );
    // The engine's English never reaches the page.
    expect(response.text).not.toContain('expected a number');
    expect(await t.dataSource.getRepository(ScreeningRule).count()).toBe(before);

    // The empty group is found once the conditions are right, on the group itself.
    const empty = await post(
      analyst,
      '/screening/rules/new',
      '/screening/rules',
      ruleForm({ name: 'Empty group', severity: 'low' }, [
        { path: 'r', kind: 'all' },
        { path: 'r.0', kind: 'condition', field: 'traveller.bagCount', op: '>', value: '3' },
        { path: 'r.1', kind: 'any' },
      ]),
    );
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(
      /name="nodes\[2\]\[path\]" value="r.1">\s*<fieldset class="rule-group field--error">/,
    );
    expect(empty.text).toContain('This group has no conditions: add one or remove the group.');
  });

  it('drafts a rule, audited, shown with its status, version and author', async () => {
    const created = await post(
      analyst,
      '/screening/rules/new',
      '/screening/rules',
      ruleForm(
        { name: 'Young Syrian nationals', description: 'Demo rule', severity: 'medium' },
        YOUNG_SYRIANS,
      ),
    );
    expect(created.status).toBe(303);
    ruleId = Number(/\/screening\/rules\/(\d+)$/.exec(created.headers.location)![1]);
    const rule = await t.dataSource.getRepository(ScreeningRule).findOneByOrFail({ id: ruleId });
    expect(rule).toMatchObject({ stateId: kenyaId, status: 'draft', currentVersion: 1 });
    expect(JSON.parse(rule.criteria)).toEqual({
      all: [
        { field: 'traveller.nationality', op: '=', value: 'SYR' },
        { field: 'traveller.ageAtDeparture', op: 'between', value: [18, 30] },
      ],
    });
    const page = await analyst.get(created.headers.location);
    expect(page.text).toContain('Rule drafted.');
    expect(page.text).toContain('Draft');
    expect(page.text).toContain('Version 1');
    expect(page.text).toContain('Nationality');
    const list = await analyst.get('/screening/rules');
    expect(list.text).toContain('Young Syrian nationals');
    expect(list.text).toContain('by Analyst of KEN');
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'screening.rule-created', targetId: String(ruleId) }),
    ).toBe(1);

    // A draft's edits rewrite its one version.
    const edit = await analyst.get(`/screening/rules/${ruleId}/edit`);
    expect(edit.text).toContain('value="18, 30"');
    const saved = await post(
      analyst,
      `/screening/rules/${ruleId}/edit`,
      `/screening/rules/${ruleId}`,
      ruleForm(
        { name: 'Young Syrian nationals', description: 'Demo rule', severity: 'high' },
        YOUNG_SYRIANS,
      ),
    );
    expect(saved.status).toBe(303);
    expect(await t.dataSource.getRepository(ScreeningRuleVersion).countBy({ ruleId })).toBe(1);
    expect(
      (await t.dataSource.getRepository(ScreeningRule).findOneByOrFail({ id: ruleId })).severity,
    ).toBe('high');
  });

  it('refuses to save over a change made since the form was opened, losing nothing', async () => {
    const revisionIn = (html: string) => /name="revision" value="(\d+)"/.exec(html)![1];
    const opened = revisionIn((await analyst.get(`/screening/rules/${ruleId}/edit`)).text);
    const theirs = await post(
      supervisor,
      `/screening/rules/${ruleId}/edit`,
      `/screening/rules/${ruleId}`,
      {
        ...ruleForm(
          { name: 'Young Syrian nationals', description: 'Theirs', severity: 'high' },
          YOUNG_SYRIANS,
        ),
        revision: revisionIn((await supervisor.get(`/screening/rules/${ruleId}/edit`)).text),
      },
    );
    expect(theirs.status).toBe(303);
    const mine = {
      ...ruleForm(
        { name: 'Young Syrian nationals', description: 'Mine', severity: 'high' },
        YOUNG_SYRIANS,
      ),
      revision: opened,
    };
    const stale = await post(
      analyst,
      `/screening/rules/${ruleId}/edit`,
      `/screening/rules/${ruleId}`,
      mine,
    );
    expect(stale.status).toBe(400);
    expect(stale.text).toContain('Someone changed this rule since you opened it');
    expect(stale.text).toContain('>Mine</textarea>');
    const rule = () => t.dataSource.getRepository(ScreeningRule).findOneByOrFail({ id: ruleId });
    expect((await rule()).description).toBe('Theirs');
    // Saving again, knowingly, puts it over the newer version.
    const again = await post(
      analyst,
      `/screening/rules/${ruleId}/edit`,
      `/screening/rules/${ruleId}`,
      { ...mine, revision: revisionIn(stale.text) },
    );
    expect(again.status).toBe(303);
    expect((await rule()).description).toBe('Mine');
  });

  it('lets only a supervisor switch on, with 403 and its message for an analyst', async () => {
    const page = await analyst.get(`/screening/rules/${ruleId}/switch-on`);
    expect(page.status).toBe(403);
    expect(page.text).toContain('Only a supervisor of the PIU may do this.');
    const refused = await post(
      analyst,
      `/screening/rules/${ruleId}`,
      `/screening/rules/${ruleId}/switch-on`,
      {},
    );
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('Only a supervisor of the PIU may do this.');
    expect(
      (await t.dataSource.getRepository(ScreeningRule).findOneByOrFail({ id: ruleId })).status,
    ).toBe('draft');
  });

  it('refuses to switch on a version that was not tried', async () => {
    const page = await supervisor.get(`/screening/rules/${ruleId}/switch-on`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('has not been tried');
    const refused = await post(
      supervisor,
      `/screening/rules/${ruleId}`,
      `/screening/rules/${ruleId}/switch-on`,
      {},
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('The latest version of this rule has not been tried');
    expect(
      (await t.dataSource.getRepository(ScreeningRule).findOneByOrFail({ id: ruleId })).status,
    ).toBe('draft');
  });

  it("tries the rule on the State's last 7 days, then a supervisor switches it on", async () => {
    const started = await post(
      analyst,
      `/screening/rules/${ruleId}`,
      `/screening/rules/${ruleId}/trial`,
      {},
    );
    expect(started.status).toBe(303);
    const trial = await waitFor(
      () => t.dataSource.getRepository(ScreeningRuleTrial).findOneBy({ ruleId, status: 'done' }),
      'the trial',
    );
    // Two young Syrians in the two recent Kenyan messages; not the old one, not Uganda's.
    expect(trial).toMatchObject({ hits: 2, messages: 2, travellers: 4, versionNumber: 1 });
    const page = await analyst.get(`/screening/rules/${ruleId}`);
    expect(page.text).toContain('Would have made 2 hits among 4 travellers of 2 messages.');
    expect(page.text).toContain('A.B. · KQ310');
    expect(page.text).toContain('S.H. · ET308');
    expect(page.text).not.toContain('BAKRI');

    const changes: ActiveRulesChanged[] = [];
    const unsubscribe = t.app.get(ActiveRules).subscribe((event) => void changes.push(event));
    const confirm = await supervisor.get(`/screening/rules/${ruleId}/switch-on`);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Would have made 2 hits');
    expect(confirm.text).toContain('Switch on version 1');
    const on = await post(
      supervisor,
      `/screening/rules/${ruleId}/switch-on`,
      `/screening/rules/${ruleId}/switch-on`,
      {},
    );
    expect(on.status).toBe(303);
    unsubscribe();
    expect(changes).toEqual([{ stateId: kenyaId }]);
    const rule = await t.dataSource.getRepository(ScreeningRule).findOneByOrFail({ id: ruleId });
    expect(rule).toMatchObject({ status: 'on', activeVersion: 1 });
    const active = await t.app.get(ActiveRules).activeRules(kenyaId);
    expect(active.map((r) => [r.ruleId, r.version, r.severity])).toEqual([[ruleId, 1, 'high']]);
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'screening.rule-switched-on', targetId: String(ruleId) });
    expect(JSON.parse(audit.details!)).toMatchObject({ version: 1, hits: 2, trial: trial.id });
  });

  it('makes a new version of a rule that is on, which screens only once switched on', async () => {
    const saved = await post(
      analyst,
      `/screening/rules/${ruleId}/edit`,
      `/screening/rules/${ruleId}`,
      ruleForm({ name: 'Young Syrian nationals', description: 'Demo rule', severity: 'critical' }, [
        ...YOUNG_SYRIANS,
        {
          path: 'r.2',
          kind: 'condition',
          field: 'traveller.bagCount',
          op: '=',
          value: '0',
          not: true,
        },
      ]),
    );
    expect(saved.status).toBe(303);
    const rule = await t.dataSource.getRepository(ScreeningRule).findOneByOrFail({ id: ruleId });
    expect(rule).toMatchObject({ status: 'on', activeVersion: 1, currentVersion: 2 });
    expect(await t.dataSource.getRepository(ScreeningRuleVersion).countBy({ ruleId })).toBe(2);
    const active = await t.app.get(ActiveRules).activeRules(kenyaId);
    expect(active.map((r) => r.version)).toEqual([1]);
    const page = await analyst.get(`/screening/rules/${ruleId}`);
    expect(page.text).toContain('Version 2');
    expect(page.text).toContain('severity High → Critical');
    expect(page.text).toMatch(
      /added:\s*<span class="rule-condition-text"><strong>not<\/strong> Checked bags/,
    );
    expect(page.text).toContain('version 1 screens until a supervisor switches on the new one');
    const refused = await post(
      supervisor,
      `/screening/rules/${ruleId}`,
      `/screening/rules/${ruleId}/switch-on`,
      {},
    );
    expect(refused.status).toBe(400);
    // The draft's three saves (one earlier, two over each other) and this new version.
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'screening.rule-changed', targetId: String(ruleId) }),
    ).toBe(4);
  });

  it("answers 404 for another State's rule, to its analysts and supervisors alike", async () => {
    const pages = [`/screening/rules/${ruleId}`, `/screening/rules/${ruleId}/edit`];
    for (const path of pages) expect((await foreign.get(path)).status).toBe(404);
    expect((await foreignSupervisor.get(`/screening/rules/${ruleId}/switch-on`)).status).toBe(404);
    const form = ruleForm({ name: 'Taken over', severity: 'low' }, YOUNG_SYRIANS);
    const posts: [Agent, string, Record<string, string>][] = [
      [foreign, `/screening/rules/${ruleId}`, form],
      [foreign, `/screening/rules/${ruleId}/compose`, form],
      [foreign, `/screening/rules/${ruleId}/trial`, {}],
      [foreignSupervisor, `/screening/rules/${ruleId}/switch-on`, {}],
      [foreignSupervisor, `/screening/rules/${ruleId}/switch-off`, {}],
    ];
    for (const [agent, action, fields] of posts) {
      expect((await post(agent, '/screening/rules', action, fields)).status).toBe(404);
    }
    expect((await foreign.get('/screening/rules')).text).not.toContain('Young Syrian nationals');
    const rule = await t.dataSource.getRepository(ScreeningRule).findOneByOrFail({ id: ruleId });
    expect(rule).toMatchObject({ name: 'Young Syrian nationals', status: 'on' });
    expect(
      await t.dataSource.getRepository(AuditEvent).countBy({
        action: 'access.denied',
        targetType: 'screening-rule',
        targetId: String(ruleId),
      }),
    ).toBeGreaterThanOrEqual(pages.length + posts.length);
  });

  it('switches a rule off, audited, and screening drops it', async () => {
    const refused = await post(
      analyst,
      `/screening/rules/${ruleId}`,
      `/screening/rules/${ruleId}/switch-off`,
      {},
    );
    expect(refused.status).toBe(403);
    const off = await post(
      supervisor,
      `/screening/rules/${ruleId}`,
      `/screening/rules/${ruleId}/switch-off`,
      {},
    );
    expect(off.status).toBe(303);
    expect(
      (await t.dataSource.getRepository(ScreeningRule).findOneByOrFail({ id: ruleId })).status,
    ).toBe('off');
    expect(await t.app.get(ActiveRules).activeRules(kenyaId)).toEqual([]);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'screening.rule-switched-off', targetId: String(ruleId) }),
    ).toBe(1);
  });
});

describe("targeting rules tried on the State's stored messages", () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('counts hits over the messages the State received, and says so when there were none', async () => {
    t = await startTestApp();
    const analyst = await analystAgent(t, 'KEN', false);
    const created = await post(
      analyst,
      '/screening/rules/new',
      '/screening/rules',
      ruleForm({ name: 'Arrivals in Mombasa', severity: 'low' }, [
        { path: 'r', kind: 'all' },
        { path: 'r.0', kind: 'condition', field: 'journey.destination', op: '=', value: 'KEMBA' },
      ]),
    );
    expect(created.status).toBe(303);
    const id = Number(/(\d+)$/.exec(created.headers.location)![1]);
    const tryIt = async () => {
      expect(
        (await post(analyst, `/screening/rules/${id}`, `/screening/rules/${id}/trial`, {})).status,
      ).toBe(303);
      for (let i = 0; i < 50; i++) {
        const trial = await t.dataSource
          .getRepository(ScreeningRuleTrial)
          .findOne({ where: { ruleId: id }, order: { id: 'DESC' } });
        if (trial && trial.status !== 'running') return trial;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the trial did not finish');
    };
    const none = await tryIt();
    expect(none).toMatchObject({ status: 'done', messages: 0, hits: 0 });
    const empty = await analyst.get(`/screening/rules/${id}`);
    expect(empty.text).toContain('No message of your State was received in these 7 days');
    expect(empty.text).not.toContain('Would have made');

    // Three travellers to Mombasa, stored as a carrier would send them; two to Nairobi.
    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const delivery = {
      stateId: kenya.id,
      stateCode: 'KEN',
      source: 'upload' as const,
      carrierId: null,
      keyId: null,
      uploaderId: null,
    };
    const flight = (to: string, flightNumber: string, count: number, reference: string) =>
      Buffer.from(
        paxlst({
          carrier: 'KQ',
          flight: flightNumber,
          from: 'GBLHR',
          to,
          departure: '202603011200',
          arrival: '202603012100',
          travellers: syntheticTravellers(count),
          reference,
        }),
      );
    const ingestion = t.app.get(IngestionService);
    await ingestion.receive(flight('KEMBA', '310', 3, 'M1'), delivery);
    await ingestion.receive(flight('KENBO', '311', 2, 'N1'), delivery);
    const counted = await tryIt();
    expect(counted).toMatchObject({ status: 'done', messages: 2, travellers: 5, hits: 3 });
    const page = await analyst.get(`/screening/rules/${id}`);
    expect(page.text).toContain('KQ310');
    expect(page.text).not.toContain('KQ311');
  });
});
