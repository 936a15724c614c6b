import { AuditEvent } from '../src/audit/audit-event.entity';
import { AssistanceRequest } from '../src/experts/assistance-request.entity';
import { EngagementFeedback } from '../src/experts/engagement-feedback.entity';
import { Engagement } from '../src/experts/engagement.entity';
import { ExpertProfile } from '../src/experts/expert-profile.entity';
import { MentoringSession } from '../src/experts/mentoring-session.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { RoadmapStep } from '../src/programme/roadmaps/roadmap-step.entity';
import { raisePoolVersion } from '../src/experts/expert-pool';
import { User as UserEntity, type User } from '../src/users/user.entity';
import { createUser } from './support/factories';
import { postForm, type Agent, signedInAgent } from './support/http';
import { ManualClock } from './support/manual-clock';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

/**
 * The Pool of Experts end to end: profiles and vetting, requests, matching with reasons and
 * absences, engagements (overlap refused, outside availability warned), the expert's access to
 * the State opening and closing with the calendar, the mentoring log, two-way feedback (and
 * outsiders refused), figures and the hours export.
 */
describe('Pool of Experts', () => {
  let t: TestApp;
  // Sunday 1 March 2026, 06:00 UTC: the engagement below runs 2 to 6 March.
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 6));
  let staffUser: User;
  let expertUser: User;
  let otherUser: User;
  let staff: Agent;
  let focal: Agent;
  let official: Agent;
  let outsider: Agent;
  let expert: Agent;
  let pendingExpert: Agent;
  let otherExpert: Agent;
  let requestId: number;
  let engagementId: number;

  const agentAs = (user: User) => signedInAgent(t.server, user);

  const PROFILE = {
    backgrounds: ['detection', 'policy'],
    pillars: ['piu'],
    unLanguages: ['en', 'fr'],
    otherLanguages: 'sw',
    regions: ['Africa'],
    organisation: 'Xqz Border Police',
    countryCode: 'deu',
    biography: 'Led a PIU.',
    consent: 'on',
  };

  const REQUEST = {
    pillar: 'piu',
    topic: 'Mentoring the targeting team',
    description: 'Four analysts.',
    language: 'fr',
    format: 'remote',
    startsOn: '2026-03-02',
    endsOn: '2026-03-06',
    effortDays: '4',
    // Untouched, as a browser posts it.
    roadmapStepId: '',
  };

  const profileOf = (user: User) =>
    t.dataSource.getRepository(ExpertProfile).findOneByOrFail({ userId: user.id });

  beforeAll(async () => {
    t = await startTestApp({}, undefined, { clock });
    staffUser = await createUser(t.dataSource, {
      role: 'staff',
      name: 'Sam Staff',
      withTwoFactor: true,
    });
    expertUser = await createUser(t.dataSource, { role: 'expert', name: 'Eve Expert' });
    staff = await agentAs(staffUser);
    focal = await agentAs(await createUser(t.dataSource, { role: 'focal-point', org: 'KEN' }));
    official = await agentAs(await createUser(t.dataSource, { role: 'official', org: 'KEN' }));
    outsider = await agentAs(await createUser(t.dataSource, { role: 'official', org: 'UGA' }));
    expert = await agentAs(expertUser);
    pendingExpert = await agentAs(
      await createUser(t.dataSource, { role: 'expert', name: 'Pat Pending' }),
    );
    otherUser = await createUser(t.dataSource, { role: 'expert', name: 'Oscar Other' });
    otherExpert = await agentAs(otherUser);
  });
  afterAll(() => t.close());

  it('lets an expert fill in their profile, with a message for each mistake', async () => {
    const bad = await postForm(expert, '/experts/profile', '/experts/profile', {
      ...PROFILE,
      backgrounds: [],
      otherLanguages: 'sw, qq',
      countryCode: 'ZZZ',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Choose at least one background.');
    expect(await t.dataSource.getRepository(ExpertProfile).count()).toBe(0);
    const unknownLanguage = await postForm(expert, '/experts/profile', '/experts/profile', {
      ...PROFILE,
      otherLanguages: 'sw, qq',
    });
    expect(unknownLanguage.status).toBe(400);
    expect(unknownLanguage.text).toContain('Not a language code: qq.');
    expect(unknownLanguage.text).toContain('value="Xqz Border Police"');
    const saved = await postForm(expert, '/experts/profile', '/experts/profile', PROFILE);
    expect(saved.status).toBe(303);
    const profile = await profileOf(expertUser);
    expect(profile).toMatchObject({
      status: 'pending',
      consent: true,
      languages: 'en,fr,sw',
      countryCode: 'DEU',
      backgrounds: 'policy,detection',
    });
    const page = await expert.get('/experts/profile');
    expect(page.text).toContain('Pending vetting');
    // Other roles have no profile page.
    expect((await staff.get('/experts/profile')).status).toBe(403);
    expect((await focal.get('/experts/profile')).status).toBe(403);
  });

  it('shows a saved multi-line biography in its form as written, so saving again keeps it', async () => {
    const writerUser = await createUser(t.dataSource, { role: 'expert', name: 'Lin Lines' });
    const writer = await agentAs(writerUser);
    const biography =
      'Led a PIU for six years.\nTrained its analysts:\n    targeting and risk rules';
    expect(
      (await postForm(writer, '/experts/profile', '/experts/profile', { ...PROFILE, biography }))
        .status,
    ).toBe(303);
    const form = (await writer.get('/experts/profile')).text;
    const shown = /<textarea id="field-biography"[^>]*>([^<]*)<\/textarea>/.exec(form)?.[1];
    expect(shown).toBe(biography);
    expect(
      (
        await postForm(writer, '/experts/profile', '/experts/profile', {
          ...PROFILE,
          biography: shown!,
        })
      ).status,
    ).toBe(303);
    expect((await profileOf(writerUser)).biography).toBe(biography);
  });

  it('takes availability periods, refusing dates in the wrong order', async () => {
    const wrong = await postForm(expert, '/experts/profile', '/experts/profile/availability', {
      kind: 'available',
      startsOn: '2026-03-31',
      endsOn: '2026-03-01',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('The end comes before the start.');
    for (const period of [
      { kind: 'available', startsOn: '2026-03-01', endsOn: '2026-03-31', note: '' },
      { kind: 'unavailable', startsOn: '2026-04-01', endsOn: '2026-04-10', note: 'Leave' },
    ]) {
      expect(
        (await postForm(expert, '/experts/profile', '/experts/profile/availability', period))
          .status,
      ).toBe(303);
    }
  });

  it('lets staff vet experts, audited, and nobody else', async () => {
    for (const agent of [pendingExpert, otherExpert]) {
      const saved = await postForm(agent, '/experts/profile', '/experts/profile', {
        ...PROFILE,
        organisation: 'Other',
      });
      expect(saved.status).toBe(303);
    }
    const profile = await profileOf(expertUser);
    expect((await focal.get(`/experts/pool/${profile.id}`)).status).toBe(403);
    expect(
      (
        await postForm(expert, '/experts/profile', `/experts/pool/${profile.id}/status`, {
          status: 'active',
        })
      ).status,
    ).toBe(403);
    const vetted = await postForm(
      staff,
      `/experts/pool/${profile.id}`,
      `/experts/pool/${profile.id}/status`,
      {
        status: 'active',
        reason: 'References checked',
      },
    );
    expect(vetted.status).toBe(303);
    expect((await profileOf(expertUser)).status).toBe('active');
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'expert.vetted', targetId: String(profile.id) });
    expect(audit.reason).toBe('References checked');
    expect(JSON.parse(audit.details!)).toMatchObject({ from: 'pending', to: 'active' });
    // The other expert is active too, but without consent; the third stays pending.
    const other = await profileOf(otherUser);
    await t.dataSource
      .getRepository(ExpertProfile)
      .update({ id: other.id }, { status: 'active', consent: false });
    const pool = await staff.get('/experts');
    expect(pool.status).toBe(200);
    expect(pool.text).toContain('Eve Expert');
  });

  it('takes requests from the focal point and staff, refusing bad input and other roles', async () => {
    expect((await official.get('/experts/requests/new')).status).toBe(403);
    expect((await expert.get('/experts/requests/new')).status).toBe(403);
    const wrongOrder = await postForm(focal, '/experts/requests/new', '/experts/requests', {
      ...REQUEST,
      endsOn: '2026-03-01',
    });
    expect(wrongOrder.status).toBe(400);
    expect(wrongOrder.text).toContain('The end comes before the start.');
    const badLanguage = await postForm(focal, '/experts/requests/new', '/experts/requests', {
      ...REQUEST,
      language: 'qq',
      effortDays: '0',
    });
    expect(badLanguage.status).toBe(400);
    expect(badLanguage.text).toContain('Type a number of days from 1 to 365.');
    const created = await postForm(focal, '/experts/requests/new', '/experts/requests', REQUEST);
    expect(created.status).toBe(303);
    const request = await t.dataSource.getRepository(AssistanceRequest).findOneOrFail({
      where: { topic: REQUEST.topic },
      relations: { state: true },
    });
    requestId = request.id;
    expect(request.state.code).toBe('KEN');
    expect(request.visibility).toMatchObject({ level: 'state', stateId: request.stateId });
    // Staff ask on a State's behalf, and must name it.
    const noState = await postForm(staff, '/experts/requests/new', '/experts/requests', REQUEST);
    expect(noState.status).toBe(400);
    expect(noState.text).toContain('Choose the State the request is for.');
    const forUganda = await postForm(staff, '/experts/requests/new', '/experts/requests', {
      ...REQUEST,
      stateCode: 'UGA',
      topic: 'Uganda overlap',
    });
    expect(forUganda.status).toBe(303);
    // Another State's official cannot see Kenya's request (404, audited); Kenya's can.
    expect((await outsider.get(`/experts/requests/${requestId}`)).status).toBe(404);
    expect((await official.get(`/experts/requests/${requestId}`)).status).toBe(200);
    expect(
      await t.dataSource.getRepository(AuditEvent).existsBy({
        action: 'access.denied',
        targetType: 'expert-request',
        targetId: String(requestId),
      }),
    ).toBe(true);
  });

  it('ranks the matching experts with reasons and says why the others are absent', async () => {
    const page = await staff.get(`/experts/requests/${requestId}`);
    expect(page.status).toBe(200);
    const ranked = page.text.slice(
      page.text.indexOf('id="matching"'),
      page.text.indexOf('id="absent"'),
    );
    expect(ranked).toContain('Eve Expert');
    expect(ranked).toContain('Works on this pillar');
    expect(ranked).toContain('Declared available for all the dates');
    expect(ranked).toContain('Has worked in the State’s region');
    const absent = page.text.slice(page.text.indexOf('id="absent"'));
    expect(absent).toMatch(/Pat Pending<\/a>: not vetted yet/);
    expect(absent).toMatch(/Oscar Other<\/a>: has not consented to be listed/);
    // The State's own members see the request, not the matching.
    expect((await focal.get(`/experts/requests/${requestId}`)).text).not.toContain('id="matching"');
  });

  it('sees a change to the pool made elsewhere on the next matching, not later', async () => {
    const page = `/experts/requests/${requestId}`;
    const sections = async () => {
      const text = (await staff.get(page)).text;
      const absentAt = text.indexOf('id="absent"');
      return {
        ranked: text.slice(text.indexOf('id="matching"'), absentAt),
        absent: text.slice(absentAt),
      };
    };
    expect((await sections()).ranked).toContain('Eve Expert');
    // Another instance of the portal vets her out: its transaction raises the pool's version.
    const setStatus = (status: ExpertProfile['status']) =>
      t.dataSource.transaction(async (manager) => {
        await manager.update(ExpertProfile, { userId: expertUser.id }, { status });
        await raisePoolVersion(manager);
      });
    await setStatus('inactive');
    const out = await sections();
    expect(out.ranked).not.toContain('Eve Expert');
    expect(out.absent).toMatch(/Eve Expert<\/a>: inactive/);
    await setStatus('active');
    expect((await sections()).ranked).toContain('Eve Expert');
    // An account renamed (or deactivated) elsewhere: its row's version is part of the stamp.
    const users = t.dataSource.getRepository(UserEntity);
    await users.update({ id: expertUser.id }, { name: 'Eve Renamed' });
    expect((await sections()).ranked).toContain('Eve Renamed');
    await users.update({ id: expertUser.id }, { active: false });
    const deactivated = await sections();
    expect(deactivated.ranked + deactivated.absent).not.toContain('Eve Renamed');
    await users.update({ id: expertUser.id }, { name: 'Eve Expert', active: true });
    expect((await sections()).ranked).toContain('Eve Expert');
  });

  it('warns outside availability, allows it with a reason, and refuses overlapping dates', async () => {
    const expertId = (await profileOf(expertUser)).id;
    const page = `/experts/requests/${requestId}`;
    const outside = await postForm(staff, page, `${page}/propose`, {
      expertId: String(expertId),
      startsOn: '2026-03-30',
      endsOn: '2026-04-03',
    });
    expect(outside.status).toBe(400);
    expect(outside.text).toContain('outside the expert’s declared availability');
    expect(await t.dataSource.getRepository(Engagement).count()).toBe(0);
    const proposed = await postForm(staff, page, `${page}/propose`, {
      expertId: String(expertId),
      startsOn: REQUEST.startsOn,
      endsOn: REQUEST.endsOn,
    });
    expect(proposed.status).toBe(303);
    const engagement = await t.dataSource.getRepository(Engagement).findOneByOrFail({ requestId });
    engagementId = engagement.id;
    expect(engagement.status).toBe('proposed');
    const uganda = await t.dataSource
      .getRepository(AssistanceRequest)
      .findOneByOrFail({ topic: 'Uganda overlap' });
    const overlap = await postForm(
      staff,
      `/experts/requests/${uganda.id}`,
      `/experts/requests/${uganda.id}/propose`,
      {
        expertId: String(expertId),
        startsOn: '2026-03-05',
        endsOn: '2026-03-09',
        reason: 'Needed',
      },
    );
    expect(overlap.status).toBe(400);
    expect(overlap.text).toContain('already engaged with Kenya');
    // Allowed with a reason outside availability, on other dates (then cancelled: not the flow).
    const withReason = await postForm(
      staff,
      `/experts/requests/${uganda.id}`,
      `/experts/requests/${uganda.id}/propose`,
      {
        expertId: String(expertId),
        startsOn: '2026-04-05',
        endsOn: '2026-04-08',
        reason: 'The State asked for her by name',
      },
    );
    expect(withReason.status).toBe(303);
    const second = await t.dataSource
      .getRepository(Engagement)
      .findOneByOrFail({ requestId: uganda.id });
    expect(second.outsideAvailabilityReason).toBe('The State asked for her by name');
    const cancelled = await postForm(
      staff,
      `/experts/engagements/${second.id}`,
      `/experts/engagements/${second.id}/cancel`,
      {},
    );
    expect(cancelled.status).toBe(303);
    // An inactive or unconsenting expert cannot be proposed.
    const other = await t.dataSource
      .getRepository(ExpertProfile)
      .findOneByOrFail({ consent: false });
    const refused = await postForm(staff, page, `${page}/propose`, {
      expertId: String(other.id),
      startsOn: '2026-05-02',
      endsOn: '2026-05-03',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('not active in the pool');
  });

  it('runs the engagement: the expert accepts, the State confirms; others cannot', async () => {
    const page = `/experts/engagements/${engagementId}`;
    expect((await otherExpert.get(page)).status).toBe(404);
    expect((await outsider.get(page)).status).toBe(404);
    const early = await postForm(focal, page, `${page}/confirm`, {});
    expect(early.status).toBe(400);
    expect(early.text).toContain('no longer at this step');
    expect((await postForm(expert, page, `${page}/accept`, {})).status).toBe(303);
    const byOfficial = await postForm(official, page, `${page}/confirm`, {});
    expect(byOfficial.status).toBe(400);
    expect(byOfficial.text).toContain('This step is not yours to take.');
    expect((await postForm(focal, page, `${page}/confirm`, {})).status).toBe(303);
    const engagement = await t.dataSource
      .getRepository(Engagement)
      .findOneByOrFail({ id: engagementId });
    expect(engagement.status).toBe('active');
    expect(
      (await t.dataSource.getRepository(AssistanceRequest).findOneByOrFail({ id: requestId }))
        .status,
    ).toBe('engaged');
    // The State's space shows the engagement, and its open requests (Uganda's is not Kenya's).
    const space = await official.get('/states/KEN');
    expect(space.text).toContain('id="space-engagements"');
    expect(space.text).toContain(`href="/experts/engagements/${engagementId}"`);
    expect(space.text).toContain('id="space-requests"');
    expect(space.text).not.toContain('Uganda overlap');
  });

  it('links a request to a step of the State’s roadmap, refusing another State’s step', async () => {
    const steps = t.dataSource.getRepository(RoadmapStep);
    const stateOf = async (code: string) =>
      (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code })).id;
    const step = (stateId: number) =>
      steps.save({
        stateId,
        pillar: 'piu',
        title: 'Xqz train the analysts',
        description: '',
        startOn: '2026-03-01',
        dueOn: '2026-06-30',
      });
    const kenya = await step(await stateOf('KEN'));
    const uganda = await step(await stateOf('UGA'));
    const notSeen = await postForm(focal, '/experts/requests/new', '/experts/requests', {
      ...REQUEST,
      roadmapStepId: String(uganda.id),
    });
    expect(notSeen.status).toBe(400);
    expect(notSeen.text).toContain('No roadmap step of yours has this number.');
    const otherState = await postForm(staff, '/experts/requests/new', '/experts/requests', {
      ...REQUEST,
      stateCode: 'KEN',
      roadmapStepId: String(uganda.id),
    });
    expect(otherState.status).toBe(400);
    expect(otherState.text).toContain('This step is on the roadmap of Uganda');
    await t.dataSource
      .getRepository(AssistanceRequest)
      .update({ id: requestId }, { roadmapStepId: kenya.id });
    // Opened from the step (its page links here), the form names the step and sends it along.
    const stepPage = await focal.get(`/states/KEN/roadmap/steps/${kenya.id}`);
    expect(stepPage.text).toContain(`href="/experts/requests/new?step=${kenya.id}"`);
    const form = await focal.get(`/experts/requests/new?step=${kenya.id}`);
    expect(form.text).toContain(`<input type="hidden" name="roadmapStepId" value="${kenya.id}">`);
    expect(form.text).toContain(`href="/states/KEN/roadmap/steps/${kenya.id}"`);
    // The request's page names its step by its title, linked.
    const requestPage = await focal.get(`/experts/requests/${requestId}`);
    expect(requestPage.text).toContain(`href="/states/KEN/roadmap/steps/${kenya.id}"`);
    const page = await official.get(`/states/KEN/roadmap/steps/${kenya.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`href="/experts/engagements/${engagementId}"`);
  });

  it('opens the State to the expert for the engagement’s dates and no longer', async () => {
    // Before: the engagement is active but starts tomorrow.
    expect((await expert.get('/states/KEN')).status).toBe(404);
    expect((await expert.get(`/experts/requests/${requestId}`)).status).toBe(404);
    // During: the calendar alone opens it, with the session's kept copy of the user.
    // The clock jumps: the background sweeps of five days are not what this test looks at.
    await clock.jump(DAY);
    expect((await expert.get('/states/KEN')).status).toBe(200);
    expect((await expert.get(`/experts/requests/${requestId}`)).status).toBe(200);
    expect((await expert.get('/states/UGA')).status).toBe(404);
    await clock.jump(4 * DAY + 17 * 3_600_000); // Friday 6 March, 23:00 UTC: the last day.
    expect((await expert.get('/states/KEN')).status).toBe(200);
    // After: closed at midnight by the calendar, without any write.
    await clock.jump(3_600_000);
    expect((await expert.get('/states/KEN')).status).toBe(404);
    expect((await expert.get(`/experts/requests/${requestId}`)).status).toBe(404);
    // The engagement's own page stays the expert's.
    expect((await expert.get(`/experts/engagements/${engagementId}`)).status).toBe(200);
  });

  it('keeps the mentoring log: sessions within the dates, hours, library links', async () => {
    const page = `/experts/engagements/${engagementId}`;
    const outside = await postForm(expert, page, `${page}/sessions`, {
      heldOn: '2026-03-20',
      topics: 'Rules',
      hours: '2',
    });
    expect(outside.status).toBe(400);
    expect(outside.text).toContain('The day must be within the engagement');
    const badDocs = await postForm(expert, page, `${page}/sessions`, {
      heldOn: '2026-03-03',
      topics: 'Rules',
      hours: '2',
      documents: 'https://evil.example.org/x',
    });
    expect(badDocs.status).toBe(400);
    const byFocal = await postForm(focal, page, `${page}/sessions`, {
      heldOn: '2026-03-03',
      topics: 'x',
      hours: '1',
    });
    expect(byFocal.status).toBe(400);
    expect(
      (
        await postForm(expert, page, `${page}/sessions`, {
          heldOn: '2026-03-03',
          topics: 'Targeting rules review',
          hours: '1,5',
          documents: '/library/12\nhttp://127.0.0.1/library/14',
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await postForm(staff, page, `${page}/sessions`, {
          heldOn: '2026-03-04',
          topics: 'Hit review',
          hours: '2',
        })
      ).status,
    ).toBe(303);
    const sessions = await t.dataSource
      .getRepository(MentoringSession)
      .find({ where: { engagementId }, order: { id: 'ASC' } });
    expect(sessions.map((s) => [s.minutes, s.resourceIds])).toEqual([
      [90, '12,14'],
      [120, ''],
    ]);
    const shown = await official.get(page);
    expect(shown.text).toContain('href="/library/12"');
    expect(shown.text).toContain('Total: 3.5 hours');
  });

  it('takes two-way feedback once closed, from the parties only', async () => {
    const page = `/experts/engagements/${engagementId}`;
    const FEEDBACK = {
      knowledge: '5',
      communication: '4',
      responsiveness: '5',
      fit: '3',
      again: 'yes',
      comment: 'Xqz frank words for staff',
      withhold: 'on',
    };
    const tooEarly = await postForm(focal, page, `${page}/feedback`, FEEDBACK);
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.text).toContain('Feedback opens once the engagement is closed.');
    expect((await postForm(focal, page, `${page}/close`, {})).status).toBe(303);
    expect((await postForm(outsider, '/experts', `${page}/feedback`, FEEDBACK)).status).toBe(404);
    expect(
      (await postForm(otherExpert, '/experts', `${page}/feedback`, { rating: '1' })).status,
    ).toBe(404);
    const byStaff = await postForm(staff, page, `${page}/feedback`, FEEDBACK);
    expect(byStaff.status).toBe(400);
    expect(byStaff.text).toContain(
      'Only the State’s focal point and the expert of this engagement',
    );
    const byOfficial = await postForm(official, page, `${page}/feedback`, FEEDBACK);
    expect(byOfficial.status).toBe(400);
    const { fit: _fit, ...withoutFit } = FEEDBACK;
    const missing = await postForm(focal, page, `${page}/feedback`, withoutFit);
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('Choose a rating.');
    const outOfRange = await postForm(focal, page, `${page}/feedback`, { ...FEEDBACK, fit: '9' });
    expect(outOfRange.status).toBe(400);
    expect((await postForm(focal, page, `${page}/feedback`, FEEDBACK)).status).toBe(303);
    const twice = await postForm(focal, page, `${page}/feedback`, FEEDBACK);
    expect(twice.status).toBe(400);
    expect(
      (await postForm(expert, page, `${page}/feedback`, { rating: '4', comment: 'Good team' }))
        .status,
    ).toBe(303);
    expect((await postForm(expert, page, `${page}/reply`, { reply: 'Thank you' })).status).toBe(
      303,
    );
    const rows = await t.dataSource
      .getRepository(EngagementFeedback)
      .find({ where: { engagementId }, order: { side: 'ASC' } });
    expect(
      rows.map((r) => [
        r.side,
        r.knowledge,
        r.fit,
        r.wouldEngageAgain,
        r.rating,
        r.commentWithheld,
        r.reply,
      ]),
    ).toEqual([
      ['expert', null, null, null, 4, false, null],
      ['state', 5, 3, true, null, true, 'Thank you'],
    ]);
    // The expert sees the ratings, not the words the State kept for staff; staff see both.
    const asExpert = await expert.get(page);
    expect(asExpert.text).toContain('The State kept its comments for programme staff.');
    expect(asExpert.text).not.toContain('Xqz frank words for staff');
    expect((await staff.get(page)).text).toContain('Xqz frank words for staff');
    const profile = await profileOf(expertUser);
    expect((await staff.get(`/experts/pool/${profile.id}`)).text).toContain(
      'Xqz frank words for staff',
    );
  });

  it('shows staff the pool figures and lets the expert export their hours', async () => {
    expect((await expert.get('/experts/figures')).status).toBe(403);
    expect((await focal.get('/experts/figures')).status).toBe(403);
    const figures = await staff.get('/experts/figures');
    expect(figures.status).toBe(200);
    expect(figures.text).toContain('Eve Expert');
    expect(figures.text).toMatch(/3\.5/);
    const csv = await expert.get('/experts/hours.csv?year=2026');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n')).toEqual([
      'date,state,request,topics,hours',
      '2026-03-03,Kenya,Mentoring the targeting team,Targeting rules review,1.5',
      '2026-03-04,Kenya,Mentoring the targeting team,Hit review,2',
      'total,,,,3.5',
      '',
    ]);
    expect((await staff.get('/experts/hours.csv')).status).toBe(403);
  });

  it('ends the expert’s access as soon as the engagement is cancelled, within its dates', async () => {
    const created = await postForm(focal, '/experts/requests/new', '/experts/requests', {
      ...REQUEST,
      topic: 'Second week',
      startsOn: '2026-03-07',
      endsOn: '2026-03-10',
    });
    const id = /\/experts\/requests\/(\d+)$/.exec(created.headers.location)![1];
    const expertId = (await profileOf(expertUser)).id;
    const proposed = await postForm(
      staff,
      `/experts/requests/${id}`,
      `/experts/requests/${id}/propose`,
      {
        expertId: String(expertId),
        startsOn: '2026-03-07',
        endsOn: '2026-03-10',
      },
    );
    const page = proposed.headers.location;
    expect((await postForm(expert, page, `${page}/accept`, {})).status).toBe(303);
    expect((await postForm(focal, page, `${page}/confirm`, {})).status).toBe(303);
    expect((await expert.get('/states/KEN')).status).toBe(200);
    expect((await postForm(staff, page, `${page}/cancel`, {})).status).toBe(303);
    expect((await expert.get('/states/KEN')).status).toBe(404);
  });
});
