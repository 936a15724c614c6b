import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../common/actor/actor';
import type { CliIo } from '../cli/cli-command';
import { CourseVersions } from '../training/course-versions';
import { answerField } from '../training/quiz-scoring';
import type { CourseQuiz } from '../training/course-source';
import {
  PIU_GOVERNANCE_SOURCE,
  PIU_GOVERNANCE_SUMMARY,
  PIU_GOVERNANCE_TITLE,
} from '../training/seed/piu-governance-course';
import { TrainingAuthoringService } from '../training/training-authoring.service';
import { TrainingCourse } from '../training/training-course.entity';
import { TrainingEnrolment } from '../training/training-enrolment.entity';
import { TrainingEnrolmentService } from '../training/training-enrolment.service';
import { TrainingLearningService } from '../training/training-learning.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

const STAFF = 'staff@demo.example.org';
const FOCAL = 'focal.kenya@demo.example.org';
const KENYA = 'official.kenya@demo.example.org';
const ANALYST = 'analyst.kenya@demo.example.org';
const UGANDA = 'official.uganda@demo.example.org';

/** A quiz's right answers, as the form would post them. */
function rightAnswers(quiz: CourseQuiz): Record<string, string[]> {
  return Object.fromEntries(
    quiz.questions.map((question) => [
      answerField(question.id),
      question.options.filter((option) => option.correct).map((option) => option.id),
    ]),
  );
}

/**
 * The entry-level PIU governance course, published by the demo staff member, and three
 * learners through the services the pages use: the Kenyan official (enrolled by the focal
 * point) completed it and holds a certificate; the Kenyan PIU analyst (enrolled themselves) is
 * in module 3; the Ugandan official (enrolled by staff) has just started. Idempotent: a course
 * already there, or a learner already enrolled, is left alone.
 */
export async function seedTrainingDemo(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  const users = app.get(UsersService);
  const actorOf = async (email: string): Promise<Actor | null> => {
    const row = await dataSource.getRepository(User).findOneBy({ email });
    const user = row ? await users.findAuthenticated(row.id) : null;
    return user ? actorFor(user) : null;
  };
  const staff = await actorOf(STAFF);
  if (!staff) return;
  let course = await dataSource
    .getRepository(TrainingCourse)
    .findOneBy({ title: PIU_GOVERNANCE_TITLE });
  if (!course) {
    const authoring = app.get(TrainingAuthoringService);
    const created = await authoring.create(staff, {
      title: PIU_GOVERNANCE_TITLE,
      summary: PIU_GOVERNANCE_SUMMARY,
      source: PIU_GOVERNANCE_SOURCE,
    });
    await authoring.publish(staff, created.id, {
      title: PIU_GOVERNANCE_TITLE,
      summary: PIU_GOVERNANCE_SUMMARY,
      source: PIU_GOVERNANCE_SOURCE,
      revision: created.revision,
    });
    course = await dataSource.getRepository(TrainingCourse).findOneByOrFail({ id: created.id });
    io.stdout.write(`\nTraining: "${PIU_GOVERNANCE_TITLE}" published\n`);
  }
  const versions = app.get(CourseVersions);
  const content = versions.contentOf(await versions.load(course.currentVersionId!));
  const enrolment = app.get(TrainingEnrolmentService);
  const learning = app.get(TrainingLearningService);
  const enrolled = async (email: string) => {
    const row = await dataSource.getRepository(User).findOneBy({ email });
    return row
      ? dataSource
          .getRepository(TrainingEnrolment)
          .existsBy({ courseId: course.id, userId: row.id })
      : true;
  };
  const plan: { email: string; by: string | null; modulesPassed: number; final: boolean }[] = [
    { email: KENYA, by: FOCAL, modulesPassed: content.modules.length, final: true },
    { email: ANALYST, by: null, modulesPassed: 2, final: false },
    { email: UGANDA, by: STAFF, modulesPassed: 0, final: false },
  ];
  for (const step of plan) {
    const learner = await actorOf(step.email);
    if (!learner || (await enrolled(step.email))) continue;
    const by = step.by ? await actorOf(step.by) : null;
    if (by) await enrolment.enrolOther(by, course.id, step.email);
    else await enrolment.enrolSelf(learner, course.id);
    // The lessons of each module they reached, then its quiz.
    for (const [index, module] of content.modules.entries()) {
      if (index > step.modulesPassed) break;
      for (const lesson of module.lessons)
        await learning.markLessonDone(learner, course.id, lesson.key);
      if (index < step.modulesPassed)
        await learning.submitQuiz(learner, course.id, String(index + 1), rightAnswers(module.quiz));
    }
    if (step.final)
      await learning.submitQuiz(learner, course.id, 'final', rightAnswers(content.final));
    io.stdout.write(`Training: ${step.email} enrolled${step.final ? ', completed' : ''}\n`);
  }
}
