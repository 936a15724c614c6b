import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEvent } from '../src/audit/audit-event.entity';
import type { Role } from '../src/common/identity/role';
import { actorFor } from '../src/common/actor/actor';
import { extractText } from '../src/library/extraction/text-extractor';
import { pdfOf } from '../src/library/files/zip-writer';
import { LibraryImport } from '../src/library/library-import';
import { UsersService } from '../src/users/users.service';
import {
  parseCourseSource,
  type CourseContent,
  type CourseQuiz,
} from '../src/training/course-source';
import { answerField } from '../src/training/quiz-scoring';
import { TrainingCertificate } from '../src/training/training-certificate.entity';
import { TrainingCourse } from '../src/training/training-course.entity';
import { TrainingCourseVersion } from '../src/training/training-course-version.entity';
import { TrainingEnrolment } from '../src/training/training-enrolment.entity';
import { TrainingLessonProgress } from '../src/training/training-lesson-progress.entity';
import { TrainingQuizAttempt } from '../src/training/training-quiz-attempt.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { RoadmapStep } from '../src/programme/roadmaps/roadmap-step.entity';
import type { User } from '../src/users/user.entity';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';
import { SMALL_COURSE } from './support/training-fixture';

/** The fixture without its library files (none exist in this suite's library). */
const SOURCE = SMALL_COURSE.replace('![Diagram](library:12)\n', '').replace('Attachment: 14\n', '');

interface Person {
  user: User;
  agent: Agent;
}

describe('training', () => {
  let t: TestApp;
  let content: CourseContent;
  let courseId = 0;
  const people = {} as Record<
    'staff' | 'focal' | 'official' | 'analyst' | 'uganda' | 'partner' | 'expert',
    Person
  >;

  async function person(role: Role, org?: string, name = 'Test User'): Promise<Person> {
    const user = await createUser(t.dataSource, {
      role,
      org,
      name,
      withTwoFactor: role === 'staff' || role === 'piu-analyst' || role === 'admin',
    });
    const agent = agentFor(t.server);
    await signIn(agent, user);
    return { user, agent };
  }

  async function post(
    who: Person,
    formPage: string,
    action: string,
    fields: Record<string, unknown>,
  ) {
    const token = await csrfFrom(who.agent, formPage);
    return who.agent
      .post(action)
      .type('form')
      .send({ _csrf: token, ...fields });
  }

  /** The quiz's answers: right ones (or the wrong ones) for each question. */
  function answers(quiz: CourseQuiz, right = true): Record<string, string[]> {
    return Object.fromEntries(
      quiz.questions.map((question) => [
        answerField(question.id),
        question.options.filter((option) => option.correct === right).map((option) => option.id),
      ]),
    );
  }

  const course = () => `/training/courses/${courseId}`;
  const audits = (action: string) =>
    t.dataSource.getRepository(AuditEvent).find({ where: { action }, order: { id: 'ASC' } });
  const enrolmentOf = (user: User) =>
    t.dataSource.getRepository(TrainingEnrolment).findOneBy({ courseId, userId: user.id });

  beforeAll(async () => {
    t = await startTestApp();
    people.staff = await person('staff', undefined, 'Tomás Staff');
    people.focal = await person('focal-point', 'KEN', 'Wanjiru Focal');
    people.official = await person('official', 'KEN', 'Otieno Mwangi');
    people.analyst = await person('piu-analyst', 'KEN', 'Faith Analyst');
    people.uganda = await person('official', 'UGA', '=HYPERLINK("http://evil.example")');
    people.partner = await person('partner');
    people.expert = await person('expert');
  });
  afterAll(() => t.close());

  it('lets staff write a draft, and refuses to publish a source with mistakes, by line', async () => {
    const created = await post(people.staff, '/training/manage/new', '/training/manage', {
      title: 'Entry-level PIU governance',
      summary: 'The governance a PIU needs.',
      source: '# Module: Only a title\n',
    });
    expect(created.status).toBe(303);
    const row = await t.dataSource
      .getRepository(TrainingCourse)
      .findOneByOrFail({ title: 'Entry-level PIU governance' });
    courseId = row.id;
    expect(row.visibility.level).toBe('staff');
    const page = `/training/manage/${courseId}`;
    const refused = await post(people.staff, page, `${page}/publish`, {
      title: 'Entry-level PIU governance',
      source: '# Module: Only a title\n',
      revision: String(row.revision),
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Line 1: module “Only a title” has no lesson.');
    expect(refused.text).toContain('the course has no final assessment');
    // The text typed is back in the form, nothing lost.
    expect(refused.text).toContain('# Module: Only a title');
    expect(await t.dataSource.getRepository(TrainingCourseVersion).countBy({ courseId })).toBe(0);
    // The help shows the structure lines literally (syntax, the same in every language).
    const form = await people.staff.agent.get(page);
    expect(form.text).toContain('<code translate="no">## Quiz (pass 70%)</code>');
    expect(form.text).toContain('write them exactly as shown, in every language');
  });

  it('refuses library files that are not there, then publishes version 1', async () => {
    const page = `/training/manage/${courseId}`;
    const revision = async () =>
      String(
        (await t.dataSource.getRepository(TrainingCourse).findOneByOrFail({ id: courseId }))
          .revision,
      );
    const withFiles = await post(people.staff, page, `${page}/publish`, {
      title: 'Entry-level PIU governance',
      source: SMALL_COURSE,
      revision: await revision(),
    });
    expect(withFiles.status).toBe(400);
    expect(withFiles.text).toContain('Library resource 12 cannot be used');
    const published = await post(people.staff, page, `${page}/publish`, {
      title: 'Entry-level PIU governance',
      summary: 'The governance a PIU needs.',
      source: SOURCE,
      revision: await revision(),
    });
    expect(published.status).toBe(303);
    const row = await t.dataSource.getRepository(TrainingCourse).findOneByOrFail({ id: courseId });
    expect(row.visibility.level).toBe('programme');
    const version = await t.dataSource
      .getRepository(TrainingCourseVersion)
      .findOneByOrFail({ id: row.currentVersionId! });
    expect(version.number).toBe(1);
    const parsed = parseCourseSource(version.source, `/training/courses/${courseId}/files`);
    if (!parsed.ok) throw new Error('published source does not parse');
    content = parsed.content;
    expect(await audits('training.version-published')).toHaveLength(1);
  });

  it('tells the second of two editors that the draft changed meanwhile', async () => {
    const page = `/training/manage/${courseId}`;
    const stale = await post(people.staff, page, page, {
      title: 'Entry-level PIU governance',
      source: SOURCE,
      revision: '1',
    });
    expect(stale.status).toBe(400);
    expect(stale.text).toContain('Someone saved this course while you were editing it');
  });

  it('hides a draft course from learners (404, audited) and lists a published one', async () => {
    const draft = await post(people.staff, '/training/manage/new', '/training/manage', {
      title: 'Unpublished draft',
      source: 'draft',
    });
    const draftId = Number(/\/training\/manage\/(\d+)/.exec(draft.headers.location)![1]);
    expect((await people.official.agent.get(`/training/courses/${draftId}`)).status).toBe(404);
    const denied = await audits('access.denied');
    expect(
      denied.some(
        (row) => row.targetType === 'training-course' && row.targetId === String(draftId),
      ),
    ).toBe(true);
    const list = await people.analyst.agent.get('/training');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Entry-level PIU governance');
    expect(list.text).not.toContain('Unpublished draft');
  });

  it('enrols a PIU analyst who enrols themselves', async () => {
    const enrolled = await post(people.analyst, course(), `${course()}/enrol`, {});
    expect(enrolled.status).toBe(303);
    const row = await enrolmentOf(people.analyst.user);
    expect(row).toMatchObject({ enrolledById: people.analyst.user.id });
    expect(row!.visibility).toMatchObject({
      level: 'state',
      stateId: people.analyst.user.organisationId,
    });
    expect((await audits('training.enrolled-self')).length).toBe(1);
  });

  it('lets a focal point enrol their State’s people only', async () => {
    const ok = await post(people.focal, '/training/team', '/training/team/enrol', {
      courseId: String(courseId),
      email: people.official.user.email,
    });
    expect(ok.status).toBe(303);
    expect(await enrolmentOf(people.official.user)).toMatchObject({
      enrolledById: people.focal.user.id,
    });
    const [audit] = await audits('training.enrolled');
    expect(audit.actorId).toBe(people.focal.user.id);
    expect(JSON.parse(audit.details!)).toMatchObject({ learner: people.official.user.id });

    for (const other of [people.uganda, people.partner]) {
      const refused = await post(people.focal, '/training/team', '/training/team/enrol', {
        courseId: String(courseId),
        email: other.user.email,
      });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain(
        'No official, focal point or PIU analyst of your State has this e-mail address.',
      );
      expect(await enrolmentOf(other.user)).toBeNull();
    }
    const twice = await post(people.focal, '/training/team', '/training/team/enrol', {
      courseId: String(courseId),
      email: people.official.user.email,
    });
    expect(twice.status).toBe(400);
    expect(twice.text).toContain('already enrolled');
    // Officials have no team page, nor the staff's enrolment.
    expect((await people.official.agent.get('/training/team')).status).toBe(403);
    expect((await people.official.agent.get(`/training/manage/${courseId}`)).status).toBe(403);
  });

  it('lets staff enrol anyone', async () => {
    const page = `/training/manage/${courseId}`;
    const ok = await post(people.staff, `${page}/progress`, `${page}/enrol`, {
      email: people.uganda.user.email,
    });
    expect(ok.status).toBe(303);
    expect(await enrolmentOf(people.uganda.user)).toMatchObject({
      enrolledById: people.staff.user.id,
    });
    const unknown = await post(people.staff, `${page}/progress`, `${page}/enrol`, {
      email: 'nobody@example.org',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('No active member has this e-mail address.');
    // The progress page again, the address typed kept.
    expect(unknown.text).toContain('value="nobody@example.org"');
  });

  it('keeps later modules locked, and progress per lesson', async () => {
    const agent = people.official.agent;
    const page = await agent.get(course());
    expect(page.text).toMatch(/data-module="1" data-unlocked="true"/);
    expect(page.text).toMatch(/data-module="2" data-unlocked="false"/);
    const second = content.modules[1];
    expect((await agent.get(`${course()}/lessons/${second.lessons[0].key}`)).status).toBe(404);
    expect((await agent.get(`${course()}/quizzes/2`)).status).toBe(404);
    expect((await agent.get(`${course()}/quizzes/final`)).status).toBe(404);
    const lesson = content.modules[0].lessons[0];
    const read = await agent.get(`${course()}/lessons/${lesson.key}`);
    expect(read.status).toBe(200);
    expect(read.text).toContain('<strong>personal data</strong>');
    const done = await post(
      people.official,
      `${course()}/lessons/${lesson.key}`,
      `${course()}/lessons/${lesson.key}/done`,
      {},
    );
    expect(done.status).toBe(303);
    const enrolment = await enrolmentOf(people.official.user);
    expect(
      await t.dataSource
        .getRepository(TrainingLessonProgress)
        .findBy({ enrolmentId: enrolment!.id }),
    ).toEqual([expect.objectContaining({ lessonKey: lesson.key })]);
    // A member not enrolled has no lesson pages.
    expect((await people.expert.agent.get(`${course()}/lessons/${lesson.key}`)).status).toBe(404);
  });

  it('refuses a tampered quiz form with a message, and records nothing', async () => {
    const quiz = content.modules[0].quiz;
    const page = `${course()}/quizzes/1`;
    const foreign = content.modules[1].quiz.questions[0].options[0].id;
    const tampered = await post(people.official, page, page, {
      ...answers(quiz),
      [answerField(quiz.questions[0].id)]: foreign,
    });
    expect(tampered.status).toBe(400);
    expect(tampered.text).toContain('Your answers were not marked');
    expect(tampered.text).toContain('This answer is not one of the question’s options.');
    const skipped = await post(people.official, page, page, {
      [answerField(quiz.questions[0].id)]: answers(quiz)[answerField(quiz.questions[0].id)],
    });
    expect(skipped.status).toBe(400);
    expect(skipped.text).toContain('Answer this question.');
    const enrolment = await enrolmentOf(people.official.user);
    expect(
      await t.dataSource.getRepository(TrainingQuizAttempt).countBy({ enrolmentId: enrolment!.id }),
    ).toBe(0);
  });

  it('keeps every attempt, shows feedback per answer, and unlocks the next module on a pass', async () => {
    const quiz = content.modules[0].quiz;
    const page = `${course()}/quizzes/1`;
    const failed = await post(people.official, page, page, answers(quiz, false));
    expect(failed.status).toBe(303);
    const feedback = await people.official.agent.get(failed.headers.location);
    expect(feedback.text).toContain('That one is about terrorist financing.');
    expect(feedback.text).toContain('data-passed="false"');
    expect((await people.official.agent.get(`${course()}/quizzes/2`)).status).toBe(404);
    const passed = await post(people.official, page, page, answers(quiz));
    expect(passed.status).toBe(303);
    expect((await people.official.agent.get(passed.headers.location)).text).toContain(
      'Right: paragraph 11.',
    );
    const enrolment = await enrolmentOf(people.official.user);
    const attempts = await t.dataSource
      .getRepository(TrainingQuizAttempt)
      .find({ where: { enrolmentId: enrolment!.id }, order: { id: 'ASC' } });
    expect(attempts.map((row) => [row.quiz, row.percent, row.passed])).toEqual([
      ['1', 0, false],
      ['1', 100, true],
    ]);
    expect((await people.official.agent.get(`${course()}/quizzes/2`)).status).toBe(200);
    // Someone else's attempt is not there for another learner.
    expect((await people.analyst.agent.get(`${course()}/attempts/${attempts[0].id}`)).status).toBe(
      404,
    );
  });

  it('completes the course with the final assessment and issues a certificate', async () => {
    const second = `${course()}/quizzes/2`;
    expect(
      (await post(people.official, second, second, answers(content.modules[1].quiz))).status,
    ).toBe(303);
    const final = `${course()}/quizzes/final`;
    const done = await post(people.official, final, final, answers(content.final));
    expect(done.status).toBe(303);
    const enrolment = await enrolmentOf(people.official.user);
    expect(enrolment!.completedAt).not.toBeNull();
    const certificate = await t.dataSource
      .getRepository(TrainingCertificate)
      .findOneByOrFail({ enrolmentId: enrolment!.id });
    expect(certificate.code).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    expect(certificate).toMatchObject({ holderName: 'Otieno Mwangi', versionNumber: 1 });
    const [issued] = await audits('training.certificate-issued');
    expect(JSON.parse(issued.details!)).toMatchObject({ code: certificate.code });

    const response = await people.official.agent
      .get(`${course()}/certificate.pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'certificate-'));
    try {
      const file = join(dir, 'certificate.pdf');
      writeFileSync(file, response.body as Buffer);
      const text = await extractText(file, 'pdf');
      expect(text).toContain('Otieno Mwangi');
      expect(text).toContain('Entry-level PIU governance');
      expect(text).toContain('Version 1');
      expect(text).toContain(certificate.code);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // No certificate yet for a learner who has not completed: 404.
    expect((await people.analyst.agent.get(`${course()}/certificate.pdf`)).status).toBe(404);
  });

  it('lists the completion on the State’s PIU-pillar roadmap steps, for whoever may see it', async () => {
    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const step = (pillar: string) =>
      t.dataSource.getRepository(RoadmapStep).save({
        stateId: kenya.id,
        pillar,
        title: `Train the PIU (${pillar})`,
        description: '',
        startOn: '2026-01-01',
        dueOn: '2026-12-31',
        ownerId: null,
      });
    const piu = await step('piu');
    const legislative = await step('legislative');
    const page = await people.focal.agent.get(`/states/KEN/roadmap/steps/${piu.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Training completed');
    expect(page.text).toMatch(
      /class="step-links-training"[^]*Otieno Mwangi: Entry-level PIU governance/,
    );
    const other = await people.focal.agent.get(`/states/KEN/roadmap/steps/${legislative.id}`);
    expect(other.status).toBe(200);
    expect(other.text).not.toContain('Otieno Mwangi: Entry-level PIU governance');
  });

  it('lets staff check a code, and says plainly when there is no such certificate', async () => {
    const certificate = await t.dataSource.getRepository(TrainingCertificate).findOneByOrFail({});
    const genuine = await people.staff.agent.get(
      `/training/verify/${certificate.code.toLowerCase()}`,
    );
    expect(genuine.status).toBe(200);
    expect(genuine.text).toContain('This certificate is genuine.');
    expect(genuine.text).toContain('Otieno Mwangi');
    const unknown = await people.staff.agent.get('/training/verify/AAAAA-BBBBB-CCCCC-DDDDD');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('No such certificate');
    const byForm = await people.staff.agent.get('/training/verify?code=nonsense');
    expect(byForm.status).toBe(404);
    expect((await audits('training.certificate-verified')).length).toBe(1);
    expect((await audits('training.certificate-unknown')).length).toBe(2);
    expect((await people.official.agent.get(`/training/verify/${certificate.code}`)).status).toBe(
      403,
    );
  });

  it('shows a focal point their State’s learners only, and staff every State with a CSV', async () => {
    const team = await people.focal.agent.get('/training/team');
    expect(team.status).toBe(200);
    expect(team.text).toContain(`data-learner="${people.official.user.email}"`);
    expect(team.text).toContain(`data-learner="${people.analyst.user.email}"`);
    expect(team.text).not.toContain(people.uganda.user.email);

    const progress = await people.staff.agent.get(`/training/manage/${courseId}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.text).toContain('data-state="KEN"');
    expect(progress.text).toContain('data-state="UGA"');
    const uganda = await people.staff.agent.get(`/training/manage/${courseId}/progress?state=UGA`);
    expect(uganda.text).toContain(people.uganda.user.email);
    expect(uganda.text).not.toContain(people.official.user.email);

    const csv = await people.staff.agent.get(`/training/manage/${courseId}/progress.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    const official = lines.find((line) => line.includes(people.official.user.email))!;
    expect(official).toContain(',KEN,Otieno Mwangi,');
    expect(official).toContain(',100,2,2,');
    // A name that a spreadsheet would run as a formula is written as text.
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect((await audits('training.progress-exported')).length).toBe(1);
  });

  it('moves learners in progress to a new version, keeping what it did not change', async () => {
    // The analyst read the first lesson of each module and passed module 1.
    const first = content.modules[0];
    await post(
      people.analyst,
      `${course()}/lessons/${first.lessons[0].key}`,
      `${course()}/lessons/${first.lessons[0].key}/done`,
      {},
    );
    const quiz = `${course()}/quizzes/1`;
    expect((await post(people.analyst, quiz, quiz, answers(first.quiz))).status).toBe(303);
    const page = `/training/manage/${courseId}`;
    const row = await t.dataSource.getRepository(TrainingCourse).findOneByOrFail({ id: courseId });
    const changed = SOURCE.replace(
      'Carriers push messages.',
      'Carriers push API and PNR messages.',
    );
    const published = await post(people.staff, page, `${page}/publish`, {
      title: row.title,
      summary: row.summary,
      source: changed,
      revision: String(row.revision),
    });
    expect(published.status).toBe(303);
    const current = await t.dataSource
      .getRepository(TrainingCourse)
      .findOneByOrFail({ id: courseId });
    const analyst = await enrolmentOf(people.analyst.user);
    const official = await enrolmentOf(people.official.user);
    expect(analyst!.versionId).toBe(current.currentVersionId);
    expect(official!.versionId).not.toBe(current.currentVersionId);
    // The analyst's first lesson and module 1 quiz still count: module 2 stays open.
    const view = await people.analyst.agent.get(course());
    expect(view.text).toMatch(/data-module="2" data-unlocked="true"/);
    expect(view.text).toContain('Version 2');
    // The completed official stays on version 1, told a newer one exists.
    const theirs = await people.official.agent.get(course());
    expect(theirs.text).toContain('Version 1');
    expect(theirs.text).toContain('A newer version of this course has been published.');
  });

  it('shows a lesson’s library image and attachment to a PIU analyst, through the course', async () => {
    const staff = actorFor(
      (await t.app.get(UsersService).findAuthenticated(people.staff.user.id))!,
    );
    const library = t.app.get(LibraryImport);
    const fields = (title: string, visibility: string) => ({
      kind: 'file',
      title,
      summary: 'For the course',
      pillars: ['piu'],
      language: 'en',
      visibility,
    });
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('a diagram'),
    ]);
    const image = await library.add(staff, fields('PIU diagram', 'programme'), {
      name: 'piu.png',
      content: png,
    });
    const handbook = await library.add(staff, fields('PIU handbook', 'programme'), {
      name: 'handbook.pdf',
      content: pdfOf(['PIU handbook']),
    });
    const source = SOURCE.replace(
      'A PIU processes',
      `![Diagram](library:${image.id})\nAttachment: ${handbook.id}\nA PIU processes`,
    );
    const created = await post(people.staff, '/training/manage/new', '/training/manage', {
      title: 'Course with files',
      source,
    });
    const id = Number(/\/training\/manage\/(\d+)/.exec(created.headers.location)![1]);
    const published = await post(
      people.staff,
      `/training/manage/${id}`,
      `/training/manage/${id}/publish`,
      {
        title: 'Course with files',
        source,
        revision: '1',
      },
    );
    expect(published.status).toBe(303);
    await post(people.analyst, `/training/courses/${id}`, `/training/courses/${id}/enrol`, {});
    const parsed = parseCourseSource(source, `/training/courses/${id}/files`);
    if (!parsed.ok) throw new Error('does not parse');
    const lesson = parsed.content.modules[0].lessons[0];
    const page = await people.analyst.agent.get(`/training/courses/${id}/lessons/${lesson.key}`);
    expect(page.text).toContain(
      `<img src="/training/courses/${id}/files/${image.id}" alt="Diagram"`,
    );
    expect(page.text).toContain(`href="/training/courses/${id}/files/${handbook.id}"`);
    const file = await people.analyst.agent.get(`/training/courses/${id}/files/${image.id}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    // A library file the course does not name is not served through it.
    expect(
      (await people.analyst.agent.get(`/training/courses/${id}/files/${handbook.id + 1000}`))
        .status,
    ).toBe(404);
    // A file only one State may see cannot go into a course for everyone.
    const narrow = await library.add(
      staff,
      fields('Uganda only', `state:${people.uganda.user.organisationId}`),
      {
        name: 'u.png',
        content: png,
      },
    );
    const refused = await post(
      people.staff,
      `/training/manage/${id}`,
      `/training/manage/${id}/publish`,
      {
        title: 'Course with files',
        source: `${source}\n`.replace(
          'A PIU processes',
          `![U](library:${narrow.id})\nA PIU processes`,
        ),
        revision: '2',
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.text).toContain(`Library resource ${narrow.id} cannot be used`);
  });
});
