import { randomBytes } from 'node:crypto';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { Clock } from '../jobs/clock';
import { courseProgress, quizUnlocked, type CourseProgress } from './course-progress';
import type { CourseContent } from './course-source';
import { answerField, markQuiz, quizOf, readAnswers, type QuizResult } from './quiz-scoring';
import { TrainingAccess } from './training-access';
import { TrainingCertificate } from './training-certificate.entity';
import { TrainingEnrolment } from './training-enrolment.entity';
import { TrainingLessonProgress } from './training-lesson-progress.entity';
import { TrainingQuizAttempt } from './training-quiz-attempt.entity';

/** 31 symbols without look-alikes (no 0/O, 1/I/L): 20 characters are about 99 random bits. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A verification code: `XXXXX-XXXXX-XXXXX-XXXXX`. */
export function certificateCode(): string {
  const bytes = randomBytes(20);
  const letters = [...bytes].map((byte) => CODE_ALPHABET[byte % 31]);
  return [0, 5, 10, 15].map((at) => letters.slice(at, at + 5).join('')).join('-');
}

/**
 * A learner's work: lessons marked as read, quizzes answered (checked on the server against
 * the version they are on, every attempt kept), and on the last pass, completion and the
 * certificate, in the same transaction as the attempt that completed the course.
 */
@Injectable()
export class TrainingLearningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TrainingAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** What the learner has done in their enrolment, and where that leaves them. */
  async progressOf(enrolment: TrainingEnrolment, content: CourseContent, manager?: EntityManager) {
    const db = manager ?? this.dataSource.manager;
    const [lessons, passed] = await Promise.all([
      db.getRepository(TrainingLessonProgress).find({
        where: { enrolmentId: enrolment.id },
        select: { lessonKey: true },
      }),
      db
        .getRepository(TrainingQuizAttempt)
        .createQueryBuilder('attempt')
        .select('DISTINCT attempt.quizKey', 'quizKey')
        .where('attempt.enrolmentId = :id AND attempt.passed = :passed', {
          id: enrolment.id,
          passed: true,
        })
        .getRawMany<{ quizKey: string }>(),
    ]);
    const done = new Set(lessons.map((row) => row.lessonKey));
    const passedKeys = new Set(passed.map((row) => row.quizKey));
    return { done, passedKeys, progress: courseProgress(content, passedKeys, done) };
  }

  async markLessonDone(actor: Actor, courseId: number, lessonKey: string): Promise<void> {
    const { content, enrolment } = await this.access.enrolled(actor, courseId);
    const { progress } = await this.progressOf(enrolment, content);
    const moduleIndex = content.modules.findIndex((module) =>
      module.lessons.some((lesson) => lesson.key === lessonKey),
    );
    if (moduleIndex < 0 || !progress.modules[moduleIndex].unlocked) throw new NotFoundException();
    const repository = this.dataSource.getRepository(TrainingLessonProgress);
    if (await repository.existsBy({ enrolmentId: enrolment.id, lessonKey })) return;
    await repository.insert({
      enrolmentId: enrolment.id,
      lessonKey,
      doneAt: new Date(this.clock.now()),
    });
  }

  /**
   * Marks a quiz. A refused form (a question skipped, an option not the question's) throws a
   * FormError naming each question, and nothing is recorded; a locked quiz is a 404.
   */
  async submitQuiz(
    actor: Actor,
    courseId: number,
    which: string,
    body: Readonly<Record<string, unknown>>,
  ): Promise<{ attempt: TrainingQuizAttempt; result: QuizResult; completed: boolean }> {
    const { course, version, content, enrolment } = await this.access.enrolled(actor, courseId);
    const found = quizOf(content, which);
    if (!found) throw new NotFoundException();
    const { progress } = await this.progressOf(enrolment, content);
    if (!quizUnlocked(progress, found.moduleIndex)) throw new NotFoundException();
    const read = readAnswers(found.quiz, body);
    if (!read.ok)
      throw new FormError(
        Object.fromEntries(
          Object.entries(read.refusals).map(([id, key]) => [answerField(id), [key]]),
        ),
        'training.quiz.refused',
      );
    const result = markQuiz(found.quiz, read.answers);
    return this.dataSource.transaction(async (manager) => {
      const attempt = await manager.getRepository(TrainingQuizAttempt).save(
        manager.getRepository(TrainingQuizAttempt).create({
          enrolmentId: enrolment.id,
          versionId: version.id,
          quiz: which,
          quizKey: found.quiz.key,
          answers: JSON.stringify(read.answers),
          correct: result.correct,
          total: result.total,
          percent: result.percent,
          passed: result.passed,
          submittedAt: new Date(this.clock.now()),
        }),
      );
      let completed = false;
      if (result.passed && enrolment.completedAt === null) {
        const after = await this.progressOf(enrolment, content, manager);
        if (after.progress.complete) {
          await this.complete(actor, manager, enrolment, course.id, version.number, version.title);
          completed = true;
        }
      }
      return { attempt, result, completed };
    });
  }

  /** The completion and its certificate; the holder's name and organisation as they are now. */
  private async complete(
    actor: Actor,
    manager: EntityManager,
    enrolment: TrainingEnrolment,
    courseId: number,
    versionNumber: number,
    courseTitle: string,
  ): Promise<void> {
    const user = userOf(actor);
    const now = new Date(this.clock.now());
    const updated = await manager
      .getRepository(TrainingEnrolment)
      .createQueryBuilder()
      .update()
      .set({ completedAt: now })
      .where('id = :id AND completed_at IS NULL', { id: enrolment.id })
      .execute();
    if (!updated.affected) return;
    const certificate = await manager.getRepository(TrainingCertificate).save(
      manager.getRepository(TrainingCertificate).create({
        enrolmentId: enrolment.id,
        userId: user.id,
        code: certificateCode(),
        holderName: user.name,
        holderOrganisation: user.organisationName,
        courseTitle,
        versionNumber,
        issuedAt: now,
      }),
    );
    await this.audit.record(
      actor,
      {
        action: 'training.certificate-issued',
        targetType: 'training-certificate',
        targetId: certificate.id,
        details: {
          course: courseId,
          title: courseTitle,
          version: versionNumber,
          code: certificate.code,
        },
      },
      manager,
    );
  }

  /** One of the learner's own attempts (404 for anyone else's). */
  async attempt(actor: Actor, courseId: number, attemptId: number) {
    const found = await this.access.enrolled(actor, courseId);
    const attempt = Number.isSafeInteger(attemptId)
      ? await this.dataSource
          .getRepository(TrainingQuizAttempt)
          .findOneBy({ id: attemptId, enrolmentId: found.enrolment.id })
      : null;
    if (!attempt) throw new NotFoundException();
    return { ...found, attempt };
  }
}

export type { CourseProgress };
