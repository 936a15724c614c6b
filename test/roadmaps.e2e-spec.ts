import { NotFoundException } from '@nestjs/common';
import { In } from 'typeorm';
import { actorFor, type Actor } from '../src/common/actor/actor';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { VisibilityColumns } from '../src/common/visibility/visibility-columns';
import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumPostingService } from '../src/iwg/forum/forum-posting.service';
import type { Iwg } from '../src/iwg/iwg.entity';
import { LibraryResource } from '../src/library/library-resource.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { RoadmapShare } from '../src/member-states/record/roadmap-share.entity';
import { AssessmentAnswer } from '../src/programme/assessments/assessment-answer.entity';
import { AssessmentsService } from '../src/programme/assessments/assessments.service';
import { RoadmapEditing, type StepInput } from '../src/programme/roadmaps/roadmap-editing.service';
import { RoadmapStepChange } from '../src/programme/roadmaps/roadmap-step-change.entity';
import { RoadmapStepDependency } from '../src/programme/roadmaps/roadmap-step-dependency.entity';
import { RoadmapStepLink } from '../src/programme/roadmaps/roadmap-step-link.entity';
import { RoadmapStep } from '../src/programme/roadmaps/roadmap-step.entity';
import { RoadmapSteps } from '../src/programme/roadmaps/roadmap-steps';
import { StepLinkSources } from '../src/programme/roadmaps/step-link-sources';
import { StepOwners } from '../src/programme/roadmaps/step-owners';
import type { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { createUser } from './support/factories';
import { csrfFrom, postForm, type Agent, signedInAgent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import { ManualClock } from './support/manual-clock';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Roadmaps: staff write a State's steps, the State's focal point moves their status, loops and
 * wrong dates are refused, links stay within the State, every change is in the step's
 * history, progress is weighted, and other States' people get 404.
 */
describe('roadmaps', () => {
  let t: TestApp;
  // 15 June 2026: steps due before are overdue unless done or dropped.
  const clock = new ManualClock(Date.UTC(2026, 5, 15, 8));
  let east: Iwg;
  let kenya: Organisation;
  let uganda: Organisation;
  let staffUser: User;
  let staffActor: Actor;
  let staff: Agent;
  let focal: Agent;
  let official: Agent;
  let foreignFocal: Agent;
  let foreignOfficial: Agent;
  let expert: Agent;
  let partner: Agent;
  let focalUser: User;

  const agentAs = (user: User) => signedInAgent(t.server, user);

  const STEP: StepInput = {
    pillar: 'legislative',
    title: 'Adopt the PNR regulation',
    description: 'Draft, consult and adopt.',
    ownerId: '',
    startOn: '2026-01-10',
    dueOn: '2026-09-30',
    status: 'not-started',
    blockedReason: '',
    weight: 3,
    dependsOn: [],
  };

  const form = (overrides: Partial<Record<keyof StepInput, string | string[]>> = {}) => ({
    pillar: STEP.pillar,
    title: STEP.title,
    description: STEP.description!,
    ownerId: '',
    startOn: STEP.startOn,
    dueOn: STEP.dueOn,
    status: 'not-started',
    blockedReason: '',
    weight: '3',
    ...overrides,
  });

  const addStep = (state: string, input: Partial<StepInput> = {}) =>
    t.app.get(RoadmapEditing).create(staffActor, state, { ...STEP, ...input });

  /** Staff's new-step form for KEN, posted. */
  const postNew = (fields: Parameters<typeof form>[0]) =>
    postForm(staff, '/states/KEN/roadmap/steps/new', '/states/KEN/roadmap/steps', form(fields));

  /** A step's edit form, posted by `agent`. */
  const postEdit = (agent: Agent, id: number, fields: Parameters<typeof form>[0]) =>
    postForm(
      agent,
      `/states/KEN/roadmap/steps/${id}`,
      `/states/KEN/roadmap/steps/${id}/edit`,
      form(fields),
    );

  const historyOf = (stepId: number) =>
    t.dataSource.getRepository(RoadmapStepChange).find({ where: { stepId }, order: { id: 'ASC' } });

  const auditOf = (action: string) =>
    t.dataSource.getRepository(AuditEvent).find({ where: { action }, order: { id: 'ASC' } });

  async function resource(title: string, visibility: VisibilityColumns): Promise<LibraryResource> {
    const repository = t.dataSource.getRepository(LibraryResource);
    return repository.save(
      repository.create({
        kind: 'link',
        title,
        url: 'https://example.org/doc',
        language: 'en',
        visibility,
        status: 'published',
        authorId: staffUser.id,
      }),
    );
  }

  async function thread(iwg: Iwg, title: string): Promise<number> {
    const general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: iwg.id, kind: 'general' });
    const posted = await t.app
      .get(ForumPostingService)
      .createThread(staffActor, iwg.id, { categoryId: general.id, title, body: 'Let us discuss.' });
    return posted.thread.id;
  }

  beforeAll(async () => {
    t = await startTestApp({}, undefined, { clock });
    east = await createIwg(t, 'EAF', ['KEN', 'UGA']);
    await createIwg(t, 'WAF', ['NGA']);
    const organisations = t.dataSource.getRepository(Organisation);
    kenya = await organisations.findOneByOrFail({ code: 'KEN' });
    uganda = await organisations.findOneByOrFail({ code: 'UGA' });
    staffUser = await createUser(t.dataSource, {
      role: 'staff',
      name: 'Sara Staff',
      withTwoFactor: true,
    });
    staffActor = actorFor((await t.app.get(UsersService).findAuthenticated(staffUser.id))!);
    focalUser = await createUser(t.dataSource, { role: 'focal-point', name: 'Fatuma Focal' });
    staff = await agentAs(staffUser);
    focal = await agentAs(focalUser);
    official = await agentAs(
      await createUser(t.dataSource, { role: 'official', name: 'Otieno Official' }),
    );
    foreignFocal = await agentAs(
      await createUser(t.dataSource, { role: 'focal-point', org: 'UGA' }),
    );
    foreignOfficial = await agentAs(
      await createUser(t.dataSource, { role: 'official', org: 'UGA' }),
    );
    expert = await agentAs(await createUser(t.dataSource, { role: 'expert' }));
    partner = await agentAs(await createUser(t.dataSource, { role: 'partner', org: 'CTED' }));
  });
  afterAll(() => t.close());

  describe('steps', () => {
    it('staff add a step: saved, in its history and the audit log, shown on the roadmap', async () => {
      const response = await postNew({ ownerId: String(focalUser.id) });
      expect(response.status).toBe(303);
      const step = await t.dataSource
        .getRepository(RoadmapStep)
        .findOneByOrFail({ stateId: kenya.id, title: STEP.title });
      expect(response.headers.location).toBe(`/states/KEN/roadmap/steps/${step.id}`);
      expect(step).toMatchObject({
        pillar: 'legislative',
        ownerId: focalUser.id,
        weight: 3,
        status: 'not-started',
        dueOn: '2026-09-30',
      });
      const [created] = await historyOf(step.id);
      expect(created.kind).toBe('created');
      expect(created.authorName).toBe('Sara Staff');
      expect(JSON.parse(created.changes)).toContainEqual({
        field: 'owner',
        from: null,
        to: 'Fatuma Focal',
      });
      expect((await auditOf('roadmap.step-created')).map((e) => e.targetId)).toContain(
        String(step.id),
      );
      const page = await official.get('/states/KEN/roadmap');
      expect(page.status).toBe(200);
      expect(page.text).toContain(STEP.title);
      expect(page.text).toContain('Fatuma Focal');
    });

    it('refuses a due date before the start date, keeping what was typed', async () => {
      const before = await t.dataSource.getRepository(RoadmapStep).count();
      const response = await postNew({
        title: 'Backwards step',
        startOn: '2026-05-01',
        dueOn: '2026-04-01',
      });
      expect(response.status).toBe(400);
      expect(response.text).toContain('The due date cannot come before the start date.');
      expect(response.text).toContain('value="Backwards step"');
      expect(response.text).toContain('value="2026-04-01"');
      expect(await t.dataSource.getRepository(RoadmapStep).count()).toBe(before);
    });

    it('refuses an impossible date, a blocked step without its reason and a weight out of range', async () => {
      const response = await postNew({ startOn: '2026-02-30', status: 'blocked', weight: '11' });
      expect(response.status).toBe(400);
      expect(response.text).toContain('Enter a date as YYYY-MM-DD.');
      expect(response.text).toContain('Say why the step is blocked.');
      expect(response.text).toContain('Give a weight from 1 to 10.');
    });

    it('refuses an owner who is not of the State, the programme or the pool', async () => {
      const stranger = await createUser(t.dataSource, { role: 'official', org: 'UGA' });
      const response = await postNew({ ownerId: String(stranger.id) });
      expect(response.status).toBe(400);
      expect(response.text).toContain('Choose an owner from the list, or the State.');
    });

    it('staff edit a step: each changed field is in its history, before and after', async () => {
      const step = await addStep('KEN', {
        title: 'Train the PIU analysts',
        pillar: 'piu',
        weight: 2,
      });
      const response = await postEdit(staff, step.id, {
        title: 'Train the 24/7 PIU analysts',
        pillar: 'piu',
        weight: '4',
        dueOn: '2026-12-15',
      });
      expect(response.status).toBe(303);
      const [, edited] = await historyOf(step.id);
      expect(JSON.parse(edited.changes)).toEqual([
        { field: 'title', from: 'Train the PIU analysts', to: 'Train the 24/7 PIU analysts' },
        { field: 'dueOn', from: '2026-09-30', to: '2026-12-15' },
        { field: 'weight', from: '2', to: '4' },
      ]);
      const page = await official.get(`/states/KEN/roadmap/steps/${step.id}`);
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/Step edited[^]*Sara Staff/);
      expect(page.text).toContain('Train the PIU analysts → Train the 24/7 PIU analysts');
      expect(page.text).toContain('2026-09-30 → 2026-12-15');
      // Saving the same values again writes nothing.
      const again = await postEdit(staff, step.id, {
        title: 'Train the 24/7 PIU analysts',
        pillar: 'piu',
        weight: '4',
        dueOn: '2026-12-15',
      });
      expect(again.status).toBe(303);
      expect(await historyOf(step.id)).toHaveLength(2);
      expect((await auditOf('roadmap.step-changed')).length).toBeGreaterThanOrEqual(1);
    });

    it('refuses a dependency loop and names it, step by step', async () => {
      const a = await addStep('KEN', { title: 'Loop A' });
      const b = await addStep('KEN', { title: 'Loop B' });
      const c = await addStep('KEN', { title: 'Loop C', dependsOn: [] });
      const edit = (id: number, dependsOn: string[], title: string) =>
        postEdit(staff, id, { title, dependsOn });
      expect((await edit(a.id, [String(b.id)], 'Loop A')).status).toBe(303);
      expect((await edit(b.id, [String(c.id)], 'Loop B')).status).toBe(303);
      const refused = await edit(c.id, [String(a.id)], 'Loop C');
      expect(refused.status).toBe(400);
      expect(refused.text).toContain('Loop C → Loop A → Loop B → Loop C');
      expect(
        await t.dataSource.getRepository(RoadmapStepDependency).countBy({ stepId: c.id }),
      ).toBe(0);
      // A step that waits for itself is a loop too.
      const self = await edit(c.id, [String(c.id)], 'Loop C');
      expect(self.status).toBe(400);
      // The dependencies that close no loop are shown on both steps' pages.
      const page = await official.get(`/states/KEN/roadmap/steps/${b.id}`);
      expect(page.text).toMatch(/id="depends-on">[^]*Loop C/);
      expect(page.text).toMatch(/id="needed-by">[^]*Loop A/);
    });

    it('refuses one of two loop-closing edits posted at the same time by two members, naming the loop', async () => {
      // Two staff members each add one half of a loop (A → B, B → A) in the same instant: the
      // check and the write are serialised per roadmap, so the second to run sees the first's
      // dependency and is refused. Several rounds, and the owners' names (read between the
      // check and the write) come after a pause: SQLite's queries answer without leaving the
      // event loop, so without it the two saves could not overlap in this process at all.
      const colleague = await agentAs(
        await createUser(t.dataSource, { role: 'staff', name: 'Sam Staff', withTwoFactor: true }),
      );
      const owners = t.app.get(StepOwners);
      const names = owners.names.bind(owners);
      const slowNames = jest.spyOn(owners, 'names').mockImplementation(async (ids) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return names(ids);
      });
      const owner = String(focalUser.id);
      try {
        await raceLoops(colleague, owner);
      } finally {
        slowNames.mockRestore();
      }
    });

    async function raceLoops(colleague: Agent, owner: string) {
      for (let round = 1; round <= 6; round++) {
        const a = await addStep('KEN', { title: `Race A${round}`, ownerId: owner });
        const b = await addStep('KEN', { title: `Race B${round}`, ownerId: owner });
        const pathA = `/states/KEN/roadmap/steps/${a.id}`;
        const pathB = `/states/KEN/roadmap/steps/${b.id}`;
        // The forms' tokens first, so the two saves leave together.
        const [tokenA, tokenB] = await Promise.all([
          csrfFrom(staff, pathA),
          csrfFrom(colleague, pathB),
        ]);
        const save = (agent: Agent, path: string, token: string, title: string, on: number) =>
          agent
            .post(`${path}/edit`)
            .type('form')
            .send({ _csrf: token, ...form({ title, ownerId: owner, dependsOn: [String(on)] }) });
        const [first, second] = await Promise.all([
          save(staff, pathA, tokenA, `Race A${round}`, b.id),
          save(colleague, pathB, tokenB, `Race B${round}`, a.id),
        ]);
        expect([first.status, second.status].sort()).toEqual([303, 400]);
        const refused = first.status === 400 ? first : second;
        expect(refused.text).toContain(
          first.status === 400
            ? `Race A${round} → Race B${round} → Race A${round}`
            : `Race B${round} → Race A${round} → Race B${round}`,
        );
        const edges = await t.dataSource
          .getRepository(RoadmapStepDependency)
          .findBy({ stepId: In([a.id, b.id]) });
        expect(edges).toHaveLength(1);
      }
    }

    it("refuses another State's step as a dependency", async () => {
      const foreign = await addStep('UGA', { title: 'Ugandan step' });
      const mine = await addStep('KEN', { title: 'Kenyan step' });
      const response = await postEdit(staff, mine.id, {
        title: 'Kenyan step',
        dependsOn: [String(foreign.id)],
      });
      expect(response.status).toBe(400);
      expect(response.text).toContain('Choose steps of this roadmap.');
    });
  });

  describe('the focal point', () => {
    it("changes the status of the State's steps, with the reason when blocked", async () => {
      const step = await addStep('KEN', {
        title: 'Connect the first carrier',
        pillar: 'carrier-engagement',
      });
      const path = `/states/KEN/roadmap/steps/${step.id}`;
      const response = await postForm(focal, path, `${path}/status`, {
        status: 'blocked',
        blockedReason: 'Waiting for the carrier’s test system',
        title: 'Hijacked',
      });
      expect(response.status).toBe(303);
      const saved = await t.dataSource.getRepository(RoadmapStep).findOneByOrFail({ id: step.id });
      expect(saved).toMatchObject({
        status: 'blocked',
        blockedReason: 'Waiting for the carrier’s test system',
        title: 'Connect the first carrier',
      });
      const last = (await historyOf(step.id)).at(-1)!;
      expect(last.kind).toBe('status');
      expect(last.authorName).toBe('Fatuma Focal');
      expect(JSON.parse(last.changes)).toEqual([
        { field: 'status', from: 'not-started', to: 'blocked' },
        { field: 'blockedReason', from: null, to: 'Waiting for the carrier’s test system' },
      ]);
      expect((await auditOf('roadmap.step-status-changed')).at(-1)?.targetId).toBe(String(step.id));
      const page = await official.get(path);
      expect(page.text).toContain('Blocked because: Waiting for the carrier’s test system');
      expect(page.text).toMatch(/Status changed[^]*Fatuma Focal[^]*Not started → Blocked/);
    });

    it('is refused a blocked status without a reason', async () => {
      const step = await addStep('KEN', { title: 'Sign the MoU' });
      const path = `/states/KEN/roadmap/steps/${step.id}`;
      const response = await postForm(focal, path, `${path}/status`, {
        status: 'blocked',
        blockedReason: ' ',
      });
      expect(response.status).toBe(400);
      expect(response.text).toContain('Say why the step is blocked.');
    });

    it('may change nothing else: no edit form, no new step, no links (403)', async () => {
      const step = await addStep('KEN', { title: 'Focal point limits' });
      const path = `/states/KEN/roadmap/steps/${step.id}`;
      expect((await focal.get(`${path}/edit`)).status).toBe(403);
      expect((await focal.get('/states/KEN/roadmap/steps/new')).status).toBe(403);
      expect(
        (await postForm(focal, path, `${path}/edit`, form({ title: 'Changed by the focal point' })))
          .status,
      ).toBe(403);
      expect((await postForm(focal, path, '/states/KEN/roadmap/steps', form())).status).toBe(403);
      expect(
        (await postForm(focal, path, `${path}/links`, { kind: 'resource', targetId: '1' })).status,
      ).toBe(403);
      expect(
        (await t.dataSource.getRepository(RoadmapStep).findOneByOrFail({ id: step.id })).title,
      ).toBe('Focal point limits');
      // An official of the State sees the step but may not move it.
      expect((await postForm(official, path, `${path}/status`, { status: 'done' })).status).toBe(
        403,
      );
      const page = await focal.get(path);
      expect(page.text).toContain('Update the status');
      expect(page.text).not.toContain('Edit the step');
      expect((await official.get(path)).text).not.toContain('Update the status');
    });

    it("of another State gets 404 for this State's steps", async () => {
      const step = await addStep('KEN', { title: 'Not for Uganda' });
      const path = `/states/KEN/roadmap/steps/${step.id}`;
      expect(
        (await postForm(foreignFocal, '/states/UGA/roadmap', `${path}/status`, { status: 'done' }))
          .status,
      ).toBe(404);
      expect(
        (await t.dataSource.getRepository(RoadmapStep).findOneByOrFail({ id: step.id })).status,
      ).toBe('not-started');
    });
  });

  describe('links', () => {
    let stepId: number;
    let path: string;
    beforeAll(async () => {
      stepId = (await addStep('KEN', { title: 'Write the PIU SOPs', pillar: 'piu' })).id;
      path = `/states/KEN/roadmap/steps/${stepId}`;
    });

    it("links the State's own and programme-wide resources, and a thread of the State's IWG", async () => {
      const own = await resource(
        'Kenyan PIU SOP draft',
        VisibilityColumns.of('state', { stateId: kenya.id }),
      );
      const common = await resource(
        'Generic PIU Terms of Reference',
        VisibilityColumns.of('programme'),
      );
      const threadId = await thread(east, 'Sharing PIU SOPs');
      for (const [kind, id] of [
        ['resource', own.id],
        ['resource', common.id],
        ['thread', threadId],
      ] as const)
        expect(
          (await postForm(staff, path, `${path}/links`, { kind, targetId: String(id) })).status,
        ).toBe(303);
      const page = await official.get(path);
      expect(page.text).toMatch(
        /id="linked-resources">[^]*Generic PIU Terms of Reference[^]*Kenyan PIU SOP draft/,
      );
      expect(page.text).toMatch(/id="linked-threads">[^]*Sharing PIU SOPs/);
      expect(page.text).toMatch(/Link added[^]*Library resource[^]*Kenyan PIU SOP draft/);
      // Linking the same one twice is said, not done.
      const twice = await postForm(staff, path, `${path}/links`, {
        kind: 'resource',
        targetId: String(own.id),
      });
      expect(twice.status).toBe(400);
      expect(twice.text).toContain('This step already links to it.');
    });

    it("refuses another State's resource, with a message, and saves nothing", async () => {
      const foreign = await resource(
        'Ugandan PIU SOP',
        VisibilityColumns.of('state', { stateId: uganda.id }),
      );
      const before = await t.dataSource.getRepository(RoadmapStepLink).countBy({ stepId });
      const response = await postForm(staff, path, `${path}/links`, {
        kind: 'resource',
        targetId: String(foreign.id),
      });
      expect(response.status).toBe(400);
      expect(response.text).toContain(
        'This resource belongs to another State: a step of Kenya may link only resources of Kenya and programme-wide ones.',
      );
      const staffOnly = await resource('Internal note', VisibilityColumns.of('staff'));
      const refused = await postForm(staff, path, `${path}/links`, {
        kind: 'resource',
        targetId: String(staffOnly.id),
      });
      expect(refused.text).toContain('This resource is for programme staff only');
      expect(await t.dataSource.getRepository(RoadmapStepLink).countBy({ stepId })).toBe(before);
    });

    it("refuses a thread of another region's IWG", async () => {
      const [west] = await t.dataSource
        .getRepository(ForumCategory)
        .find({ where: { kind: 'general' }, order: { iwgId: 'DESC' }, take: 1 });
      const westThread = (
        await t.app.get(ForumPostingService).createThread(staffActor, west.iwgId, {
          categoryId: west.id,
          title: 'West only',
          body: 'x',
        })
      ).thread.id;
      const response = await postForm(staff, path, `${path}/links`, {
        kind: 'thread',
        targetId: String(westThread),
      });
      expect(response.status).toBe(400);
      expect(response.text).toContain('This thread is not in the IWG of the region of Kenya');
    });

    it('removes a link, in the history too', async () => {
      const link = await t.dataSource
        .getRepository(RoadmapStepLink)
        .findOneByOrFail({ stepId, kind: 'thread' });
      const response = await postForm(staff, path, `${path}/links/${link.id}/remove`, {});
      expect(response.status).toBe(303);
      expect(await t.dataSource.getRepository(RoadmapStepLink).existsBy({ id: link.id })).toBe(
        false,
      );
      expect((await historyOf(stepId)).at(-1)?.kind).toBe('unlinked');
    });

    it('shows what other modules register on a step, as each reader may see it', async () => {
      t.app.get(StepLinkSources).register({
        kind: 'test-engagement',
        label: 'roadmaps.link.resources',
        linksOf: (actor, ids) =>
          Promise.resolve(
            new Map(
              actor.user?.role === 'staff'
                ? ids.map((id) => [id, [{ title: 'Engagement of Dr Expert', href: '/experts/1' }]])
                : [],
            ),
          ),
      });
      expect((await staff.get(path)).text).toContain('Engagement of Dr Expert');
      expect((await official.get(path)).text).not.toContain('Engagement of Dr Expert');
    });
  });

  describe('progress', () => {
    it('is weighted, leaves dropped steps out, and lists overdue and blocked steps', async () => {
      const tza = 'TZA';
      await addStep(tza, {
        title: 'Done, weight 3',
        pillar: 'legislative',
        status: 'done',
        weight: 3,
      });
      await addStep(tza, { title: 'Open, weight 3', pillar: 'legislative', weight: 3 });
      await addStep(tza, {
        title: 'Dropped, weight 5',
        pillar: 'legislative',
        status: 'dropped',
        weight: 5,
      });
      await addStep(tza, {
        title: 'Late technology step',
        pillar: 'technology',
        dueOn: '2026-06-01',
        weight: 2,
      });
      await addStep(tza, {
        title: 'Blocked maritime step',
        pillar: 'maritime',
        status: 'blocked',
        blockedReason: 'No port authority contact',
        weight: 2,
      });
      const tanzania = await t.dataSource
        .getRepository(Organisation)
        .findOneByOrFail({ code: tza });
      const progress = await t.app.get(RoadmapSteps).progress([tanzania.id]);
      expect(progress.today).toBe('2026-06-15');
      expect(progress.overall).toMatchObject({
        steps: 4,
        doneWeight: 3,
        totalWeight: 10,
        percent: 30,
        overdue: 1,
        blocked: 1,
      });
      expect(progress.pillars.find((p) => p.pillar === 'legislative')).toMatchObject({
        percent: 50,
        steps: 2,
      });
      expect(progress.pillars.find((p) => p.pillar === 'piu')).toMatchObject({
        steps: 0,
        percent: null,
      });
      expect(progress.overdue.map((s) => s.title)).toEqual(['Late technology step']);
      expect(progress.overdue[0].href).toMatch(/^\/states\/TZA\/roadmap\/steps\/\d+$/);
      expect(progress.blocked.map((s) => [s.title, s.blockedReason])).toEqual([
        ['Blocked maritime step', 'No port authority contact'],
      ]);
      expect(progress.states.get(tanzania.id)?.overall.percent).toBe(30);
      // The page shows the same figures.
      const page = await staff.get('/states/TZA/roadmap');
      expect(page.status).toBe(200);
      expect(page.text).toContain('Overall: 30% done');
      expect(page.text).toMatch(/id="overdue-steps">[^]*Late technology step/);
      expect(page.text).toMatch(
        /id="blocked-steps">[^]*Blocked maritime step<\/a>: No port authority contact/,
      );
      // The timeline: one bar per step, grouped, today's line, accessible.
      expect(page.text).toMatch(
        /<svg [^>]*role="group" aria-labelledby="gantt-title" aria-describedby="gantt-desc"/,
      );
      // Drawn twice, wide and narrow (for a phone), each with ids of its own.
      const drawings = page.text.match(/<svg [^]*?<\/svg>/g) ?? [];
      const [wide, narrow] = ['gantt--wide', 'gantt--narrow'].map(
        (kind) => drawings.find((svg) => svg.includes(kind)) ?? '',
      );
      expect(wide.match(/class="gantt__step /g)).toHaveLength(5);
      expect(narrow.match(/class="gantt__step /g)).toHaveLength(5);
      expect(narrow).toContain('aria-labelledby="gantt-narrow-title"');
      expect(wide).toContain('class="gantt__today"');
      // The State's space has the roadmap's section.
      const space = await staff.get('/states/TZA');
      expect(space.text).toMatch(/id="space-roadmap"[^]*Overall: 30% done[^]*Late technology step/);
      expect(space.text).toContain('href="/states/TZA/roadmap"');
      // All States at once, for the dashboards.
      const all = await t.app.get(RoadmapSteps).progress();
      expect(all.states.size).toBeGreaterThanOrEqual(3);
      expect((await t.app.get(RoadmapSteps).progress([])).overall.steps).toBe(0);
    });
  });

  describe('who sees a roadmap', () => {
    it("answers 404 to other States' people, unassigned experts and partners, and audits it", async () => {
      const step = await addStep('KEN', { title: 'Kenyan confidential step' });
      for (const agent of [foreignOfficial, foreignFocal, expert, partner]) {
        expect((await agent.get('/states/KEN/roadmap')).status).toBe(404);
        expect((await agent.get(`/states/KEN/roadmap/steps/${step.id}`)).status).toBe(404);
      }
      const denied = await auditOf('access.denied');
      expect(
        denied.some(
          (event) => event.targetType === 'roadmap' && event.targetId === String(kenya.id),
        ),
      ).toBe(true);
      // A step of Kenya under Uganda's code is not there either.
      expect((await foreignOfficial.get(`/states/UGA/roadmap/steps/${step.id}`)).status).toBe(404);
      // A code that is no State's: 404 as well.
      expect((await staff.get('/states/XYZ/roadmap')).status).toBe(404);
    });

    it('opens to a partner whose agency staff shared the roadmap with, read-only', async () => {
      const step = await addStep('KEN', { title: 'Shared with CTED' });
      const cted = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'CTED' });
      // Shared as the State's record shares it (the member-states module's table).
      await t.dataSource
        .getRepository(RoadmapShare)
        .insert({ stateId: kenya.id, partnerId: cted.id });
      try {
        expect((await partner.get('/states/KEN/roadmap')).status).toBe(200);
        const page = await partner.get(`/states/KEN/roadmap/steps/${step.id}`);
        expect(page.status).toBe(200);
        expect(page.text).not.toContain('Update the status');
        expect((await partner.get('/states/UGA/roadmap')).status).toBe(404);
        expect(
          (
            await postForm(
              partner,
              '/states/KEN/roadmap',
              `/states/KEN/roadmap/steps/${step.id}/status`,
              { status: 'done' },
            )
          ).status,
        ).toBe(403);
      } finally {
        await t.dataSource.getRepository(RoadmapShare).delete({ stateId: kenya.id });
      }
    });

    it('loads one step for other modules by the same rule', async () => {
      const step = await addStep('KEN', { title: 'For the experts module' });
      const users = t.app.get(UsersService);
      const steps = t.app.get(RoadmapSteps);
      const kenyan = await createUser(t.dataSource, { role: 'official' });
      const ugandan = await createUser(t.dataSource, { role: 'official', org: 'UGA' });
      expect(
        await steps.loadForActor(actorFor((await users.findAuthenticated(kenyan.id))!), step.id),
      ).toMatchObject({
        id: step.id,
        stateCode: 'KEN',
        title: 'For the experts module',
      });
      await expect(
        steps.loadForActor(actorFor((await users.findAuthenticated(ugandan.id))!), step.id),
      ).rejects.toBeInstanceOf(NotFoundException);
      // An expert sees the step while assigned to Kenya (the experts module fills the list).
      const expertUser = await createUser(t.dataSource, { role: 'expert' });
      const unassigned = (await users.findAuthenticated(expertUser.id))!;
      await expect(steps.loadForActor(actorFor(unassigned), step.id)).rejects.toBeInstanceOf(
        NotFoundException,
      );
      const assigned = actorFor({ ...unassigned, assignedStateIds: [kenya.id] });
      expect((await steps.loadForActor(assigned, step.id)).id).toBe(step.id);
      await expect(steps.loadForActor(staffActor, 999_999)).rejects.toBeInstanceOf(
        NotFoundException,
      );
    });
  });

  describe('drafting from an assessment', () => {
    it('adds one step per recommendation of the latest finalised assessment, once', async () => {
      const ethiopia = await t.dataSource
        .getRepository(Organisation)
        .findOneByOrFail({ code: 'ETH' });
      // A real assessment of Ethiopia, answered (two recommendations) and finalised by staff.
      const assessments = t.app.get(AssessmentsService);
      const assessment = await assessments.create(staffActor, { state: 'ETH', title: 'Baseline' });
      const answers = await t.dataSource
        .getRepository(AssessmentAnswer)
        .find({ where: { assessmentId: assessment.id }, relations: { indicator: true } });
      const recommended = new Map([
        [
          answers.find((a) => a.indicator.pillar === 'legislative')!.indicatorId,
          'Enact the PNR law.',
        ],
        [
          answers.find((a) => a.indicator.pillar === 'piu')!.indicatorId,
          'Staff the PIU around the clock.',
        ],
      ]);
      for (const answer of answers)
        await assessments.answer(staffActor, assessment.id, answer.indicatorId, {
          level: '1',
          recommendations: recommended.get(answer.indicatorId) ?? '',
        });
      await assessments.submit(staffActor, assessment.id);
      await assessments.finalise(staffActor, assessment.id);
      const id = String(assessment.id);
      const textOf = (indicatorId: number) =>
        answers.find((a) => a.indicatorId === indicatorId)!.indicator.text;
      const page = await staff.get('/states/ETH/roadmap');
      expect(page.text).toContain(`Draft the roadmap from assessment ${id}`);
      const response = await postForm(staff, '/states/ETH/roadmap', '/states/ETH/roadmap/draft', {
        assessmentId: id,
      });
      expect(response.status).toBe(303);
      const steps = await t.dataSource
        .getRepository(RoadmapStep)
        .find({ where: { stateId: ethiopia.id }, order: { id: 'ASC' } });
      const [legislative, piu] = [...recommended.keys()];
      expect(
        steps.map((s) => [
          s.title,
          s.description,
          s.pillar,
          s.status,
          s.ownerId,
          s.startOn,
          s.dueOn,
        ]),
      ).toEqual([
        [
          textOf(legislative),
          'Enact the PNR law.',
          'legislative',
          'not-started',
          null,
          '2026-06-15',
          '2026-12-15',
        ],
        [
          textOf(piu),
          'Staff the PIU around the clock.',
          'piu',
          'not-started',
          null,
          '2026-06-15',
          '2026-12-15',
        ],
      ]);
      expect((await historyOf(steps[0].id))[0].kind).toBe('drafted');
      expect((await auditOf('roadmap.drafted')).at(-1)?.targetId).toBe(String(ethiopia.id));
      // Again: nothing twice.
      await postForm(staff, '/states/ETH/roadmap', '/states/ETH/roadmap/draft', {
        assessmentId: id,
      });
      expect(await t.dataSource.getRepository(RoadmapStep).countBy({ stateId: ethiopia.id })).toBe(
        2,
      );
      // Not another assessment than the State's latest, and not by the focal point.
      expect(
        (
          await postForm(staff, '/states/ETH/roadmap', '/states/ETH/roadmap/draft', {
            assessmentId: String(assessment.id + 1000),
          })
        ).status,
      ).toBe(404);
      expect(
        (
          await postForm(focal, '/states/KEN/roadmap', '/states/KEN/roadmap/draft', {
            assessmentId: id,
          })
        ).status,
      ).toBe(403);
    });
  });
});
