import { Not, In } from 'typeorm';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { actorFor, type Actor } from '../src/common/actor/actor';
import { Organisation } from '../src/organisations/organisation.entity';
import { AssessmentAnswer } from '../src/programme/assessments/assessment-answer.entity';
import { AssessmentComment } from '../src/programme/assessments/assessment-comment.entity';
import { Assessment } from '../src/programme/assessments/assessment.entity';
import { AssessmentsService } from '../src/programme/assessments/assessments.service';
import { INDICATOR_SET } from '../src/programme/assessments/data/indicator-set';
import { FinalisedAssessments } from '../src/programme/assessments/finalised-assessments';
import { AssessmentIndicator } from '../src/programme/assessments/indicator.entity';
import type { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { createUser } from './support/factories';
import { postForm, type Agent, signedInAgent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Assessments: the seeded indicator set and its staff editing, a State's questionnaire written
 * by staff and the assigned expert, the review, the focal point's comments, finalising (refused
 * with unanswered indicators), read-only afterwards, the reader roadmaps use, and comparison.
 */
describe('Assessments', () => {
  let t: TestApp;
  let staff: Agent;
  let official: Agent;
  let focal: Agent;
  let foreigner: Agent;
  let partner: Agent;
  let kenya: Organisation;
  let asked: AssessmentIndicator[];
  let firstId: number;

  const agentAs = (user: User) => signedInAgent(t.server, user);

  async function actorOf(user: User, extra: { assignedStateIds?: number[] } = {}): Promise<Actor> {
    const signedIn = (await t.app.get(UsersService).findAuthenticated(user.id))!;
    return actorFor({ ...signedIn, ...extra });
  }

  const indicator = (code: string) => asked.find((one) => one.code === code)!;

  beforeAll(async () => {
    t = await startTestApp();
    kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    // A short questionnaire keeps the test readable: three indicators stay active.
    const indicators = t.dataSource.getRepository(AssessmentIndicator);
    await indicators.update({ code: Not(In(['LEG-1', 'PIU-2', 'MAR-1'])) }, { active: false });
    asked = await indicators.findBy({ active: true });
    staff = await agentAs(await createUser(t.dataSource, { role: 'staff', withTwoFactor: true }));
    official = await agentAs(await createUser(t.dataSource, { role: 'official', org: 'KEN' }));
    focal = await agentAs(
      await createUser(t.dataSource, { role: 'focal-point', org: 'KEN', name: 'Amina Focal' }),
    );
    foreigner = await agentAs(await createUser(t.dataSource, { role: 'official', org: 'UGA' }));
    partner = await agentAs(await createUser(t.dataSource, { role: 'partner' }));
  });
  afterAll(() => t.close());

  it('seeds a believable indicator set for the four pillars and maritime', async () => {
    const all = await t.dataSource.getRepository(AssessmentIndicator).find();
    expect(all.length).toBe(INDICATOR_SET.length);
    const pillars = new Set(all.map((one) => one.pillar));
    expect([...pillars].sort()).toEqual(
      ['carrier-engagement', 'legislative', 'maritime', 'piu', 'technology'].sort(),
    );
    for (const pillar of pillars)
      expect(all.filter((one) => one.pillar === pillar).length).toBeGreaterThanOrEqual(5);
    expect(asked.map((one) => one.code).sort()).toEqual(['LEG-1', 'MAR-1', 'PIU-2']);
  });

  it('lets staff keep the indicator set; others may not', async () => {
    const created = await postForm(staff, '/programme/indicators/new', '/programme/indicators', {
      pillar: 'technology',
      reference: 'tec-9',
      text: 'The system exchanges hits with INTERPOL I-24/7.',
      guidance: 'Ask for a demonstration.',
      position: '9',
    });
    expect(created.status).toBe(303);
    const saved = await t.dataSource
      .getRepository(AssessmentIndicator)
      .findOneByOrFail({ code: 'TEC-9' });
    // Not ticked: retired from the start, so the next assessments here keep three questions.
    expect(saved).toMatchObject({ pillar: 'technology', active: false, position: 9 });
    const taken = await postForm(staff, '/programme/indicators/new', '/programme/indicators', {
      pillar: 'legislative',
      reference: 'LEG-1',
      text: 'Again',
    });
    expect(taken.status).toBe(400);
    expect(taken.text).toContain('Another indicator has this code.');
    expect(taken.text).toContain('value="LEG-1"');
    const edited = await postForm(
      staff,
      `/programme/indicators/${saved.id}`,
      `/programme/indicators/${saved.id}`,
      { pillar: 'technology', reference: 'TEC-9', text: 'Reworded.', position: '9' },
    );
    expect(edited.status).toBe(303);
    expect((await staff.get('/programme/indicators')).text).toContain('Reworded.');
    expect((await official.get('/programme/indicators')).status).toBe(403);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'assessment.indicator-updated' }),
    ).toBe(1);
  });

  it('refuses fieldwork dates in the wrong order, keeping the input', async () => {
    const wrong = await postForm(staff, '/programme/assessments/new', '/programme/assessments', {
      state: 'KEN',
      title: 'Baseline 2026',
      fieldworkFrom: '2026-03-10',
      fieldworkTo: '2026-03-02',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('The fieldwork cannot end before it starts.');
    expect(wrong.text).toContain('value="Baseline 2026"');
    expect(await t.dataSource.getRepository(Assessment).count()).toBe(0);
    expect((await official.get('/programme/assessments/new')).status).toBe(403);
  });

  it('runs an assessment: staff and the assigned expert answer, the focal point comments, staff finalise', async () => {
    const created = await postForm(staff, '/programme/assessments/new', '/programme/assessments', {
      state: 'KEN',
      title: 'Baseline 2026',
      fieldworkFrom: '2026-03-02',
      fieldworkTo: '2026-03-06',
    });
    expect(created.status).toBe(303);
    firstId = Number(/\/programme\/assessments\/(\d+)$/.exec(created.headers.location)![1]);
    expect(
      await t.dataSource.getRepository(AssessmentAnswer).countBy({ assessmentId: firstId }),
    ).toBe(3);

    // Staff answer LEG-1 and go on to the next unanswered indicator.
    const leg = indicator('LEG-1');
    const answered = await postForm(
      staff,
      `/programme/assessments/${firstId}/indicators/${leg.id}`,
      `/programme/assessments/${firstId}/indicators/${leg.id}`,
      {
        level: '1',
        evidence: 'Draft bill seen',
        findings: 'No API obligation in force.',
        recommendations: 'Adopt the API regulation.',
        then: 'next',
      },
    );
    expect(answered.status).toBe(303);
    expect(answered.headers.location).toMatch(
      new RegExp(
        `/programme/assessments/${firstId}/indicators/(${indicator('PIU-2').id}|${indicator('MAR-1').id})$`,
      ),
    );
    const badLevel = await postForm(
      staff,
      `/programme/assessments/${firstId}/indicators/${leg.id}`,
      `/programme/assessments/${firstId}/indicators/${leg.id}`,
      { level: '7', findings: 'Kept text' },
    );
    expect(badLevel.status).toBe(400);
    expect(badLevel.text).toContain('Choose a level from 0 to 4.');
    expect(badLevel.text).toContain('Kept text');

    // The expert assigned to Kenya writes PIU-2; one not assigned may not.
    const expertUser = await createUser(t.dataSource, { role: 'expert' });
    const assessments = t.app.get(AssessmentsService);
    await assessments.answer(
      await actorOf(expertUser, { assignedStateIds: [kenya.id] }),
      firstId,
      indicator('PIU-2').id,
      { level: '2', findings: 'Ten analysts, no shifts.', recommendations: 'Train a night shift.' },
    );
    await expect(
      assessments.answer(await actorOf(expertUser), firstId, indicator('PIU-2').id, { level: '4' }),
    ).rejects.toThrow('Not Found');
    expect(
      (
        await t.dataSource
          .getRepository(AssessmentAnswer)
          .findOneByOrFail({ assessmentId: firstId, indicatorId: indicator('PIU-2').id })
      ).level,
    ).toBe(2);

    // The State's people read it; an official neither answers nor comments; others see nothing.
    const page = await official.get(`/programme/assessments/${firstId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('No API obligation in force.');
    expect(
      (await official.get(`/programme/assessments/${firstId}/indicators/${leg.id}`)).status,
    ).toBe(403);
    expect((await foreigner.get(`/programme/assessments/${firstId}`)).status).toBe(404);
    expect((await partner.get(`/programme/assessments/${firstId}`)).status).toBe(403);

    const submitted = await postForm(
      staff,
      `/programme/assessments/${firstId}`,
      `/programme/assessments/${firstId}/submit`,
      {},
    );
    expect(submitted.status).toBe(303);

    const overall = await postForm(
      focal,
      `/programme/assessments/${firstId}`,
      `/programme/assessments/${firstId}/comments`,
      { indicator: '', comment: 'The bill goes to Parliament in May.' },
    );
    expect(overall.status).toBe(303);
    const onOne = await postForm(
      focal,
      `/programme/assessments/${firstId}`,
      `/programme/assessments/${firstId}/comments`,
      { indicator: String(leg.id), comment: 'Level 1 is fair.' },
    );
    expect(onOne.status).toBe(303);
    expect(onOne.headers.location).toBe(`/programme/assessments/${firstId}#indicator-${leg.id}`);
    const empty = await postForm(
      focal,
      `/programme/assessments/${firstId}`,
      `/programme/assessments/${firstId}/comments`,
      { comment: '' },
    );
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Write the comment.');
    const byOfficial = await postForm(
      official,
      `/programme/assessments/${firstId}`,
      `/programme/assessments/${firstId}/comments`,
      { comment: 'Me too' },
    );
    expect(byOfficial.status).toBe(403);
    expect(
      await t.dataSource.getRepository(AssessmentComment).countBy({ assessmentId: firstId }),
    ).toBe(2);

    // MAR-1 has no level: finalising is refused and names it.
    const refused = await postForm(
      staff,
      `/programme/assessments/${firstId}`,
      `/programme/assessments/${firstId}/finalise`,
      {},
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('One indicator has no maturity level yet: MAR-1.');
    expect(
      (await t.dataSource.getRepository(Assessment).findOneByOrFail({ id: firstId })).status,
    ).toBe('in-review');

    await postForm(
      staff,
      `/programme/assessments/${firstId}/indicators/${indicator('MAR-1').id}`,
      `/programme/assessments/${firstId}/indicators/${indicator('MAR-1').id}`,
      { level: '0', findings: 'No maritime data at all.', recommendations: '' },
    );
    const finalised = await postForm(
      staff,
      `/programme/assessments/${firstId}`,
      `/programme/assessments/${firstId}/finalise`,
      {},
    );
    expect(finalised.status).toBe(303);
    const row = await t.dataSource.getRepository(Assessment).findOneByOrFail({ id: firstId });
    expect(row.status).toBe('finalised');
    expect(row.finalisedAt).not.toBeNull();
    const actions = (
      await t.dataSource.getRepository(AuditEvent).find({
        where: { targetType: 'assessment', targetId: String(firstId) },
        order: { id: 'ASC' },
      })
    ).map((event) => event.action);
    // The refused reads (the unassigned expert, the other State's official) are audited too.
    expect(actions.filter((action) => action !== 'access.denied')).toEqual([
      'assessment.created',
      'assessment.submitted',
      'assessment.finalised',
    ]);
    expect(actions).toContain('access.denied');
  });

  it('keeps a finalised assessment read-only', async () => {
    const leg = indicator('LEG-1');
    expect((await staff.get(`/programme/assessments/${firstId}/indicators/${leg.id}`)).status).toBe(
      403,
    );
    const page = await staff.get(`/programme/assessments/${firstId}`);
    expect(page.text).toContain('This assessment is finalised');
    expect(page.text).not.toContain(`/programme/assessments/${firstId}/indicators/`);
    expect(page.text).not.toContain('/finalise"');
    expect(page.text).not.toContain('/submit"');
    // The token from another form of the session: the finalised page has none left.
    const edit = await postForm(
      staff,
      '/account/profile',
      `/programme/assessments/${firstId}/indicators/${leg.id}`,
      { level: '4' },
    );
    expect(edit.status).toBe(403);
    const comment = await postForm(
      focal,
      '/account/profile',
      `/programme/assessments/${firstId}/comments`,
      { comment: 'Late' },
    );
    expect(comment.status).toBe(403);
    expect(
      (
        await t.dataSource
          .getRepository(AssessmentAnswer)
          .findOneByOrFail({ assessmentId: firstId, indicatorId: leg.id })
      ).level,
    ).toBe(1);
  });

  it('gives roadmaps the recommendations of a finalised assessment only, by the same rule', async () => {
    const reader = t.app.get(FinalisedAssessments);
    const staffUser = await createUser(t.dataSource, { role: 'staff' });
    const recommendations = await reader.recommendations(await actorOf(staffUser), firstId);
    expect(recommendations).toEqual([
      {
        indicatorId: indicator('LEG-1').id,
        indicatorCode: 'LEG-1',
        pillar: 'legislative',
        title: indicator('LEG-1').text,
        description: 'Adopt the API regulation.',
      },
      {
        indicatorId: indicator('PIU-2').id,
        indicatorCode: 'PIU-2',
        pillar: 'piu',
        title: indicator('PIU-2').text,
        description: 'Train a night shift.',
      },
    ]);
    const ugandan = await createUser(t.dataSource, { role: 'official', org: 'UGA' });
    await expect(reader.recommendations(await actorOf(ugandan), firstId)).rejects.toThrow(
      'Not Found',
    );
    expect((await reader.latestFinalised(kenya.id))?.id).toBe(firstId);
  });

  it('compares a later assessment with the previous finalised one, indicator by indicator', async () => {
    const created = await postForm(staff, '/programme/assessments/new', '/programme/assessments', {
      state: 'KEN',
      title: 'Follow-up 2027',
    });
    const secondId = Number(/(\d+)$/.exec(created.headers.location)![1]);
    const reader = t.app.get(FinalisedAssessments);
    const staffUser = await createUser(t.dataSource, { role: 'staff' });
    await expect(reader.recommendations(await actorOf(staffUser), secondId)).rejects.toThrow(
      'Not Found',
    );
    const leg = indicator('LEG-1');
    const form = await staff.get(`/programme/assessments/${secondId}/indicators/${leg.id}`);
    expect(form.text).toContain('In the previous assessment (Baseline 2026)');
    await postForm(
      staff,
      `/programme/assessments/${secondId}/indicators/${leg.id}`,
      `/programme/assessments/${secondId}/indicators/${leg.id}`,
      { level: '3', evidence: 'Draft bill seen', findings: 'The API regulation is in force.' },
    );
    await postForm(
      staff,
      `/programme/assessments/${secondId}/indicators/${indicator('PIU-2').id}`,
      `/programme/assessments/${secondId}/indicators/${indicator('PIU-2').id}`,
      { level: '1', findings: 'Ten analysts, no shifts.' },
    );
    const compare = await official.get(`/programme/assessments/${secondId}/compare`);
    expect(compare.status).toBe(200);
    expect(compare.text).toContain('Level up on 1 indicator, down on 1, unchanged on 0.');
    const legRow = /<tr id="compare-LEG-1" data-trend="up">[^]*?<\/tr>/.exec(compare.text)![0];
    expect(legRow).toMatch(/<td>1<\/td>/);
    expect(legRow).toContain('The API regulation is in force.');
    expect(legRow).toContain('No API obligation in force.');
    expect(legRow).not.toContain('Evidence');
    expect(compare.text).toContain('<tr id="compare-PIU-2" data-trend="down">');
    expect(compare.text).toContain('<tr id="compare-MAR-1" data-trend="unanswered">');
    expect((await official.get(`/programme/assessments/${firstId}/compare`)).text).toContain(
      'There is no earlier finalised assessment of this State to compare with.',
    );
    expect((await foreigner.get(`/programme/assessments/${secondId}/compare`)).status).toBe(404);
  });

  it("lists the State's assessments in its space", async () => {
    const page = await official.get('/states/KEN');
    expect(page.text).toContain('id="space-assessments"');
    expect(page.text).toContain('Baseline 2026');
    expect(page.text).toContain('Follow-up 2027');
    expect(page.text).not.toContain('Start an assessment');
    expect((await staff.get('/states/KEN')).text).toContain('Start an assessment');
    expect((await foreigner.get('/programme/assessments')).text).not.toContain('Baseline 2026');
  });
});
