import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { MarkdownRenderer } from '../common/markdown/markdown-renderer';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { LibraryAttachments } from '../library/library-attachments';
import { quizUnlocked } from './course-progress';
import type { CourseContent, CourseQuiz } from './course-source';
import { CourseVersions, fileBaseOf } from './course-versions';
import { answerField, quizOf, type QuizAnswers } from './quiz-scoring';
import { TrainingAccess } from './training-access';
import { TrainingCertificate } from './training-certificate.entity';
import { TrainingCourse } from './training-course.entity';
import { TrainingEnrolment } from './training-enrolment.entity';
import { TrainingLearningService } from './training-learning.service';
import { TrainingQuizAttempt } from './training-quiz-attempt.entity';
import { runsTraining } from './training-rights';

const coursePath = (id: number) => `/training/courses/${id}`;

/** The learner's pages as view models: the catalogue, a course, a lesson, a quiz, an attempt. */
@Injectable()
export class TrainingPagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
    private readonly access: TrainingAccess,
    private readonly learning: TrainingLearningService,
    private readonly versions: CourseVersions,
    private readonly markdown: MarkdownRenderer,
    private readonly attachments: LibraryAttachments,
  ) {}

  async indexModel(actor: Actor) {
    const user = userOf(actor);
    const courses = await this.dataSource
      .getRepository(TrainingCourse)
      .createQueryBuilder('course')
      .where(this.policy.condition(user, VisibilityPolicy.embeddedColumns('course'), 'course'))
      .andWhere('course.currentVersionId IS NOT NULL')
      .orderBy('course.title', 'ASC')
      .getMany();
    const enrolments = await this.dataSource
      .getRepository(TrainingEnrolment)
      .findBy({ userId: user.id });
    const byCourse = new Map(enrolments.map((row) => [row.courseId, row]));
    const items = [];
    for (const course of courses) {
      const enrolment = byCourse.get(course.id) ?? null;
      let percent = 0;
      if (enrolment) {
        const version = await this.versions.load(enrolment.versionId);
        percent = (await this.learning.progressOf(enrolment, this.versions.contentOf(version)))
          .progress.percent;
      }
      items.push({
        id: course.id,
        title: course.title,
        summary: course.summary,
        href: coursePath(course.id),
        enrolled: enrolment !== null,
        completed: enrolment?.completedAt != null,
        percent,
      });
    }
    return {
      pageTitle: { key: 'training.title' },
      courses: items,
      team: user.role === 'focal-point',
      manage: runsTraining(user),
    };
  }

  async courseModel(actor: Actor, courseId: number) {
    const { course, version, content, enrolment } = await this.access.forLearner(actor, courseId);
    const base = coursePath(course.id);
    const state = enrolment ? await this.learning.progressOf(enrolment, content) : null;
    const certificate = enrolment
      ? await this.dataSource
          .getRepository(TrainingCertificate)
          .findOneBy({ enrolmentId: enrolment.id })
      : null;
    return {
      pageTitle: version.title,
      course: {
        id: course.id,
        title: version.title,
        summary: version.summary,
        version: version.number,
        href: base,
        newerVersion: course.currentVersionId !== version.id,
      },
      enrolled: enrolment !== null,
      percent: state?.progress.percent ?? 0,
      complete: state?.progress.complete ?? false,
      certificate: certificate
        ? {
            code: certificate.code,
            issuedAt: certificate.issuedAt,
            href: `${base}/certificate.pdf`,
          }
        : null,
      modules: content.modules.map((module, index) => {
        const progress = state?.progress.modules[index];
        return {
          position: index + 1,
          title: module.title,
          unlocked: enrolment !== null && (progress?.unlocked ?? false),
          passed: progress?.passed ?? false,
          lessonsDone: progress?.lessonsDone ?? 0,
          lessonsTotal: module.lessons.length,
          questions: module.quiz.questions.length,
          passMark: module.quiz.passMark,
          quizHref: `${base}/quizzes/${index + 1}`,
          lessons: module.lessons.map((lesson) => ({
            title: lesson.title,
            href: `${base}/lessons/${lesson.key}`,
            done: state?.done.has(lesson.key) ?? false,
          })),
        };
      }),
      final: {
        unlocked: enrolment !== null && (state?.progress.finalUnlocked ?? false),
        passed: state?.progress.finalPassed ?? false,
        questions: content.final.questions.length,
        passMark: content.final.passMark,
        href: `${base}/quizzes/final`,
      },
    };
  }

  async lessonModel(actor: Actor, courseId: number, lessonKey: string) {
    const { course, content, enrolment } = await this.access.enrolled(actor, courseId);
    const { progress, done } = await this.learning.progressOf(enrolment, content);
    const flat = content.modules.flatMap((module, moduleIndex) =>
      module.lessons.map((lesson) => ({ lesson, moduleIndex, module })),
    );
    const at = flat.findIndex((entry) => entry.lesson.key === lessonKey);
    if (at < 0 || !progress.modules[flat[at].moduleIndex].unlocked) throw new NotFoundException();
    const { lesson, moduleIndex, module } = flat[at];
    const base = coursePath(course.id);
    const next = flat[at + 1];
    const views = await this.attachments.forReader(userOf(actor), lesson.attachments, actor.locale);
    return {
      pageTitle: lesson.title,
      course: { id: course.id, title: course.title, href: base },
      module: { position: moduleIndex + 1, title: module.title },
      lesson: {
        title: lesson.title,
        html: this.markdown.render(lesson.markdown),
        done: done.has(lesson.key),
        doneAction: `${base}/lessons/${lesson.key}/done`,
      },
      attachments: lesson.attachments.flatMap((id) => {
        const view = views.get(id);
        return view ? [{ ...view, href: `${fileBaseOf(course.id)}/${id}` }] : [];
      }),
      next:
        next && next.moduleIndex === moduleIndex
          ? { href: `${base}/lessons/${next.lesson.key}`, title: next.lesson.title }
          : null,
      quizHref: `${base}/quizzes/${moduleIndex + 1}`,
    };
  }

  /** The quiz form; on a refused form, the learner's choices are kept (`values`). */
  async quizModel(actor: Actor, courseId: number, which: string, values?: Record<string, unknown>) {
    const { course, content, enrolment } = await this.access.enrolled(actor, courseId);
    const found = quizOf(content, which);
    if (!found) throw new NotFoundException();
    const { progress } = await this.learning.progressOf(enrolment, content);
    if (!quizUnlocked(progress, found.moduleIndex)) throw new NotFoundException();
    const attempts = await this.dataSource.getRepository(TrainingQuizAttempt).find({
      where: { enrolmentId: enrolment.id, quizKey: found.quiz.key },
      order: { submittedAt: 'DESC', id: 'DESC' },
    });
    const base = coursePath(course.id);
    return {
      pageTitle:
        found.moduleIndex === null
          ? { key: 'training.final.title' }
          : {
              key: 'training.quiz.title',
              params: { module: content.modules[found.moduleIndex].title },
            },
      course: { id: course.id, title: course.title, href: base },
      moduleTitle: found.moduleIndex === null ? null : content.modules[found.moduleIndex].title,
      action: `${base}/quizzes/${which}`,
      passMark: found.quiz.passMark,
      questions: questionsView(found.quiz, values ?? {}),
      attempts: attempts.map((attempt) => ({
        href: `${base}/attempts/${attempt.id}`,
        submittedAt: attempt.submittedAt,
        percent: attempt.percent,
        passed: attempt.passed,
      })),
    };
  }

  async attemptModel(actor: Actor, courseId: number, attemptId: number) {
    const { course, content, attempt } = await this.learning.attempt(actor, courseId, attemptId);
    const version = await this.versions.load(attempt.versionId);
    const taken = this.versions.contentOf(version);
    const found = quizOf(taken, attempt.quiz);
    if (!found) throw new NotFoundException();
    const answers = JSON.parse(attempt.answers) as QuizAnswers;
    const base = coursePath(course.id);
    const next = nextStep(content, attempt.quiz, attempt.passed, base);
    return {
      pageTitle: { key: 'training.attempt.title' },
      course: { id: course.id, title: course.title, href: base },
      moduleTitle: found.moduleIndex === null ? null : taken.modules[found.moduleIndex].title,
      attempt: {
        percent: attempt.percent,
        correct: attempt.correct,
        total: attempt.total,
        passed: attempt.passed,
        passMark: found.quiz.passMark,
        submittedAt: attempt.submittedAt,
      },
      questions: found.quiz.questions.map((question, index) => {
        const chosen = new Set(answers[question.id] ?? []);
        const right = question.options.every((option) => option.correct === chosen.has(option.id));
        return {
          position: index + 1,
          text: question.text,
          right,
          chosen: question.options
            .filter((option) => chosen.has(option.id))
            .map((option) => ({
              text: option.text,
              feedback: option.feedback,
              correct: option.correct,
            })),
        };
      }),
      retryHref: `${base}/quizzes/${attempt.quiz}`,
      next,
    };
  }
}

function questionsView(quiz: CourseQuiz, values: Record<string, unknown>) {
  return quiz.questions.map((question, index) => {
    const field = answerField(question.id);
    const raw = values[field];
    const given = new Set((Array.isArray(raw) ? raw : [raw]).map(String));
    return {
      position: index + 1,
      field,
      text: question.text,
      multiple: question.multiple,
      options: question.options.map((option) => ({
        value: option.id,
        label: option.text,
        selected: given.has(option.id),
      })),
    };
  });
}

/** Where to go after a passed quiz: the next module's first lesson, or the final assessment. */
function nextStep(content: CourseContent, which: string, passed: boolean, base: string) {
  if (!passed || which === 'final') return null;
  const next = content.modules[Number(which)];
  if (next) return { href: `${base}/lessons/${next.lessons[0].key}`, title: next.title };
  return { href: `${base}/quizzes/final`, title: null };
}
