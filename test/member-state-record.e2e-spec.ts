import { AuditEvent } from '../src/audit/audit-event.entity';
import { actorFor } from '../src/common/actor/actor';
import { ProgrammeStatusChange } from '../src/member-states/record/programme-status-change.entity';
import { RoadmapShare } from '../src/member-states/record/roadmap-share.entity';
import { StateRecord } from '../src/member-states/record/state-record.entity';
import { StateAccess } from '../src/member-states/space/state-access';
import { StatesService } from '../src/member-states/states.service';
import { Organisation } from '../src/organisations/organisation.entity';
import type { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumPostingService } from '../src/iwg/forum/forum-posting.service';
import { Iwg } from '../src/iwg/iwg.entity';
import { LibraryImport } from '../src/library/library-import';
import { createUser } from './support/factories';
import { postForm, type Agent, signedInAgent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The Member State record (`/states/:code` and its staff page `/states/:code/record`):
 * programme status with a dated history, deployment, maritime, key dates, the staff's note,
 * and the roadmap's shares with partner agencies; who sees what.
 */
describe('Member State record', () => {
  let t: TestApp;
  let staffUser: User;
  let staff: Agent;
  let official: Agent;
  let focalPoint: User;
  let partner: Agent;
  let otherPartner: Agent;
  let expert: Agent;
  let kenya: Organisation;

  const agentAs = (user: User) => signedInAgent(t.server, user);

  const events = (action: string) =>
    t.dataSource
      .getRepository(AuditEvent)
      .find({ where: { action, targetId: 'KEN' }, order: { id: 'ASC' } });

  beforeAll(async () => {
    t = await startTestApp();
    await createIwg(t, 'EAF', ['KEN', 'UGA']);
    kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    staffUser = await createUser(t.dataSource, {
      role: 'staff',
      name: 'Rosa Staff',
      withTwoFactor: true,
    });
    staff = await agentAs(staffUser);
    official = await agentAs(await createUser(t.dataSource, { role: 'official', org: 'KEN' }));
    focalPoint = await createUser(t.dataSource, {
      role: 'focal-point',
      org: 'KEN',
      name: 'Wanjiru Focal',
    });
    partner = await agentAs(await createUser(t.dataSource, { role: 'partner', org: 'CTED' }));
    otherPartner = await agentAs(
      await createUser(t.dataSource, { role: 'partner', org: 'INTERPOL' }),
    );
    expert = await agentAs(await createUser(t.dataSource, { role: 'expert' }));
  });
  afterAll(() => t.close());

  it('shows the record on the State page: focal points, IWG, defaults, no staff note to officials', async () => {
    const page = await official.get('/states/KEN');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Wanjiru Focal');
    expect(page.text).toContain('EAF region');
    expect(page.text).toMatch(/id="deployment-status">None</);
    expect(page.text).toContain('Does not apply');
    expect(page.text).not.toContain('Edit the record');
    expect(page.text).not.toContain('Context note');
    expect((await official.get('/states/KEN/record')).status).toBe(403);
    expect((await official.get('/states/UGA')).status).toBe(404);
    expect((await official.get('/states/UGA/record')).status).toBe(404);
    expect(focalPoint.id).toBeGreaterThan(0);
  });

  it('lets staff change the status with the day it took effect: history in order, audited', async () => {
    const first = await postForm(staff, '/states/KEN/record', '/states/KEN/status', {
      status: 'interested',
      effectiveOn: '2025-03-01',
      statusNote: 'Letter from the Ministry of Interior',
    });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/states/KEN/record#status');
    const second = await postForm(staff, '/states/KEN/record', '/states/KEN/status', {
      status: 'joined',
      effectiveOn: '2025-06-15',
    });
    expect(second.status).toBe(303);
    const history = await t.dataSource
      .getRepository(ProgrammeStatusChange)
      .find({ where: { stateId: kenya.id }, order: { id: 'ASC' } });
    expect(history.map((row) => [row.fromStatus, row.toStatus, row.effectiveOn])).toEqual([
      [null, 'interested', '2025-03-01'],
      ['interested', 'joined', '2025-06-15'],
    ]);
    expect(history[0].recordedById).toBe(staffUser.id);
    expect(history[0].recordedByName).toBe('Rosa Staff');
    expect(history[0].note).toBe('Letter from the Ministry of Interior');
    expect(
      (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' }))
        .programmeStatus,
    ).toBe('joined');
    const audited = await events('member-state.status-changed');
    expect(audited.map((event) => JSON.parse(event.details!) as unknown)).toEqual([
      { from: 'none', to: 'interested', effectiveOn: '2025-03-01' },
      { from: 'interested', to: 'joined', effectiveOn: '2025-06-15' },
    ]);

    const page = await official.get('/states/KEN');
    expect(page.text).toMatch(/id="programme-status"><span class="badge">Joined</);
    expect(page.text).toContain('2025-06-15');
    expect(page.text).toContain('Rosa Staff');
    expect(page.text).toContain('Letter from the Ministry of Interior');
  });

  it('refuses a status change dated before the previous one, in the future, or unchanged (400, input kept)', async () => {
    const early = await postForm(staff, '/states/KEN/record', '/states/KEN/status', {
      status: 'assessed',
      effectiveOn: '2025-01-10',
      statusNote: 'Kept note',
    });
    expect(early.status).toBe(400);
    expect(early.text).toContain(
      'The previous change took effect on 2025-06-15: this one cannot take effect before it.',
    );
    expect(early.text).toContain('value="Kept note"');
    const future = await postForm(staff, '/states/KEN/record', '/states/KEN/status', {
      status: 'assessed',
      effectiveOn: '2999-01-01',
    });
    expect(future.status).toBe(400);
    expect(future.text).toContain('A status change cannot take effect after today.');
    const badDate = await postForm(staff, '/states/KEN/record', '/states/KEN/status', {
      status: 'assessed',
      effectiveOn: '2025-02-30',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.text).toContain('Enter a date as YYYY-MM-DD');
    const same = await postForm(staff, '/states/KEN/record', '/states/KEN/status', {
      status: 'joined',
    });
    expect(same.status).toBe(400);
    expect(same.text).toContain('The State already has this status.');
    expect(
      await t.dataSource.getRepository(ProgrammeStatusChange).countBy({ stateId: kenya.id }),
    ).toBe(2);
  });

  it('keeps deployment, maritime and the staff note; the note stays with staff', async () => {
    const saved = await postForm(staff, '/states/KEN/record', '/states/KEN/record', {
      deploymentStatus: 'live-api',
      maritimeApplies: 'on',
      contextNote: 'Elections in <b>August</b>: slow months ahead.',
    });
    expect(saved.status).toBe(303);
    const record = await t.dataSource.getRepository(StateRecord).findOneByOrFail({
      stateId: kenya.id,
    });
    expect(record).toMatchObject({ deploymentStatus: 'live-api', maritimeApplies: true });
    const [event] = await events('member-state.record-updated');
    expect(JSON.parse(event.details!)).toEqual({
      deploymentStatus: 'live-api',
      maritimeApplies: true,
      noteChanged: true,
    });
    const staffPage = await staff.get('/states/KEN');
    expect(staffPage.text).toContain('Elections in &lt;b&gt;August&lt;/b&gt;');
    expect(staffPage.text).toContain('Live for API');
    const officialPage = await official.get('/states/KEN');
    expect(officialPage.text).toContain('Live for API');
    expect(officialPage.text).toMatch(/id="maritime">Applies</);
    expect(officialPage.text).not.toContain('Elections');

    const bad = await postForm(staff, '/states/KEN/record', '/states/KEN/record', {
      deploymentStatus: 'orbiting',
      contextNote: 'Not lost',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Choose one of the options.');
    expect(bad.text).toContain('Not lost');
  });

  it('adds and removes key dates, refusing a date that does not exist', async () => {
    const added = await postForm(staff, '/states/KEN/record', '/states/KEN/key-dates', {
      label: 'API law adopted',
      occursOn: '2025-09-30',
    });
    expect(added.status).toBe(303);
    const bad = await postForm(staff, '/states/KEN/record', '/states/KEN/key-dates', {
      label: 'PIU opened',
      occursOn: '2025-13-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Enter a date as YYYY-MM-DD');
    expect(bad.text).toContain('value="PIU opened"');
    const page = await official.get('/states/KEN');
    expect(page.text).toContain('API law adopted');
    const edit = await staff.get('/states/KEN/record');
    const id = /\/states\/KEN\/key-dates\/(\d+)\/delete/.exec(edit.text)![1];
    const removed = await postForm(
      staff,
      '/states/KEN/record',
      `/states/KEN/key-dates/${id}/delete`,
      {},
    );
    expect(removed.status).toBe(303);
    expect((await official.get('/states/KEN')).text).not.toContain('API law adopted');
    expect((await events('member-state.key-date-removed')).length).toBe(1);
  });

  it('opens the State to a partner only when staff share its roadmap with that agency', async () => {
    expect((await partner.get('/states/KEN')).status).toBe(404);
    expect((await partner.get('/states')).text).toContain('No Member State is open to you yet');
    const denied = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'access.denied', targetType: 'organisation', targetId: String(kenya.id) });
    expect(denied.length).toBeGreaterThan(0);

    const shared = await postForm(staff, '/states/KEN/record', '/states/KEN/shares', {
      partner: 'CTED',
    });
    expect(shared.status).toBe(303);
    expect(await t.dataSource.getRepository(RoadmapShare).countBy({ stateId: kenya.id })).toBe(1);
    const page = await partner.get('/states/KEN');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Live for API');
    // The share opens the programme facts, not the State's people nor the staff note.
    expect(page.text).not.toContain('Wanjiru Focal');
    expect(page.text).not.toContain('Elections');
    expect(page.text).not.toContain('Members on the platform');
    // Nor the State's documents, engagements or requests: the share is the roadmap's alone.
    expect(page.text).not.toContain('id="space-documents"');
    expect(page.text).not.toContain('id="space-engagements"');
    expect((await partner.get('/states')).text).toContain('Kenya');
    expect((await partner.get('/states/UGA')).status).toBe(404);
    expect((await partner.get('/states/KEN/record')).status).toBe(403);
    expect((await otherPartner.get('/states/KEN')).status).toBe(404);

    const access = t.app.get(StateAccess);
    const users = t.app.get(UsersService);
    const partnerUser = await createUser(t.dataSource, { role: 'partner', org: 'CTED' });
    const asPartner = actorFor((await users.findAuthenticated(partnerUser.id))!);
    expect(await access.mayReadRoadmap(asPartner, kenya)).toBe(true);
    const unicef = await createUser(t.dataSource, { role: 'partner', org: 'INTERPOL' });
    expect(
      await access.mayReadRoadmap(actorFor((await users.findAuthenticated(unicef.id))!), kenya),
    ).toBe(false);

    const unshared = await postForm(
      staff,
      '/states/KEN/record',
      '/states/KEN/shares/CTED/delete',
      {},
    );
    expect(unshared.status).toBe(303);
    expect((await partner.get('/states/KEN')).status).toBe(404);
    expect(await access.mayReadRoadmap(asPartner, kenya)).toBe(false);
    expect((await events('member-state.roadmap-shared')).length).toBe(1);
    expect((await events('member-state.roadmap-unshared')).length).toBe(1);
    const wrong = await postForm(staff, '/states/KEN/record', '/states/KEN/shares', {
      partner: 'KEN',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('Choose a partner agency from the list.');
  });

  it('opens the State to an expert only while assigned (assignedStateIds), through the policy', async () => {
    expect((await expert.get('/states/KEN')).status).toBe(404);
    const expertUser = await createUser(t.dataSource, { role: 'expert' });
    const signedIn = (await t.app.get(UsersService).findAuthenticated(expertUser.id))!;
    const states = t.app.get(StatesService);
    const assigned = actorFor({ ...signedIn, assignedStateIds: [kenya.id] });
    const model = await states.pageModel(assigned, 'KEN');
    expect(model.record.contextNote).toBeNull();
    expect(model.record.focalPoints.map((person) => person.name)).toContain('Wanjiru Focal');
    expect((await states.visibleStates(assigned.user!)).map((state) => state.code)).toEqual([
      'KEN',
    ]);
    await expect(states.pageModel(actorFor(signedIn), 'KEN')).rejects.toThrow('Not Found');
    const access = t.app.get(StateAccess);
    expect(await access.mayReadRoadmap(assigned, kenya)).toBe(true);
    expect(await access.mayReadRoadmap(actorFor(signedIn), kenya)).toBe(false);
  });

  it("shows the State's IWG activity and its resources in its space, as far as the reader may see", async () => {
    const users = t.app.get(UsersService);
    const asStaff = actorFor((await users.findAuthenticated(staffUser.id))!);
    const iwg = await t.dataSource.getRepository(Iwg).findOneByOrFail({
      regionId: kenya.iwgRegionId!,
    });
    const general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: iwg.id, kind: 'general' });
    await t.app.get(ForumPostingService).createThread(asStaff, iwg.id, {
      categoryId: general.id,
      title: 'Carrier onboarding in Nairobi',
      body: 'Where do we stand?',
    });
    const resource = {
      kind: 'link',
      url: 'https://example.org/ken-sop',
      summary: 'The SOP of the PIU.',
      pillars: ['piu'],
      tags: '',
      language: 'en',
      documentDate: '2026-01-10',
    };
    await t.app.get(LibraryImport).add(
      asStaff,
      {
        ...resource,
        title: 'Kenya PIU watch desk SOP',
        visibility: `state:${kenya.id}`,
      },
      null,
    );
    await t.app.get(LibraryImport).add(
      asStaff,
      {
        ...resource,
        title: 'Programme-wide guide',
        visibility: 'programme',
      },
      null,
    );
    const page = await official.get('/states/KEN');
    const iwgSection = /<section[^>]*id="space-iwg-activity"[^]*?<\/section>/.exec(page.text)![0];
    expect(iwgSection).toContain('Carrier onboarding in Nairobi');
    const resources = /<section[^>]*id="space-resources"[^]*?<\/section>/.exec(page.text)![0];
    expect(resources).toContain('Kenya PIU watch desk SOP');
    expect(resources).not.toContain('Programme-wide guide');
    // An expert assigned to Kenya sees its State content, not its IWG region's.
    const expertUser = await createUser(t.dataSource, { role: 'expert' });
    const assigned = actorFor({
      ...(await users.findAuthenticated(expertUser.id))!,
      assignedStateIds: [kenya.id],
    });
    const model = await t.app.get(StatesService).pageModel(assigned, 'KEN');
    const byId = new Map(model.sections.map((section) => [section.id, section.model]));
    expect(JSON.stringify(byId.get('resources'))).toContain('Kenya PIU watch desk SOP');
    expect(JSON.stringify(byId.get('iwg-activity'))).not.toContain('Carrier onboarding');
  });

  it('leads the former admin page to the record, and its status form still works', async () => {
    const old = await staff.get('/admin/member-states/KEN');
    expect(old.status).toBe(303);
    expect(old.headers.location).toBe('/states/KEN/record');
    const changed = await postForm(staff, '/states/KEN/record', '/admin/member-states/KEN/status', {
      status: 'assessed',
    });
    expect(changed.status).toBe(303);
    expect(changed.headers.location).toBe('/states/KEN/record');
    const list = await staff.get('/admin/member-states?status=assessed');
    expect(list.text).toContain('href="/states/KEN/record"');
  });
});
