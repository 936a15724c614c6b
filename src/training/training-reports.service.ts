import { ForbiddenException, Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { csvLine } from '../admin/audit/csv';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import type { Role } from '../common/identity/role';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { Organisation } from '../organisations/organisation.entity';
import { courseProgress } from './course-progress';
import { CourseVersions } from './course-versions';
import { TrainingCertificate } from './training-certificate.entity';
import { TrainingCourse } from './training-course.entity';
import { TrainingEnrolment } from './training-enrolment.entity';
import { TrainingLessonProgress } from './training-lesson-progress.entity';
import { TrainingQuizAttempt } from './training-quiz-attempt.entity';
import { runsTraining } from './training-rights';

/** One learner on one course, as progress lists and the CSV show them. */
export interface LearnerRow {
  readonly enrolmentId: number;
  readonly courseId: number;
  readonly courseTitle: string;
  readonly versionNumber: number;
  readonly userId: number;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly stateId: number | null;
  readonly stateCode: string;
  readonly stateName: string;
  readonly enrolledAt: Date;
  readonly percent: number;
  readonly modulesPassed: number;
  readonly modulesTotal: number;
  readonly completedAt: Date | null;
  readonly certificateCode: string | null;
}

/** One State's figures for one course. */
export interface StateFigures {
  readonly stateCode: string;
  readonly stateName: string;
  readonly enrolled: number;
  readonly completed: number;
  readonly averagePercent: number;
}

/** Rows shown on one page at most; the CSV has them all. */
export const ROWS_SHOWN = 500;

/**
 * Who stands where: the enrolments an actor may see (the visibility policy on the enrolment's
 * State: a focal point their State's people, staff everyone), each with its progress computed
 * from the learner's version, per course and per State, and as CSV (cells that a spreadsheet
 * would run as formulas are neutralised).
 */
@Injectable()
export class TrainingReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
    private readonly versions: CourseVersions,
    private readonly audit: AuditService,
  ) {}

  async rows(
    actor: Actor,
    filter: { courseId?: number; stateId?: number },
    limit?: number,
  ): Promise<LearnerRow[]> {
    const user = userOf(actor);
    if (!runsTraining(user) && user.role !== 'focal-point') throw new ForbiddenException();
    const query = this.dataSource
      .getRepository(TrainingEnrolment)
      .createQueryBuilder('enrolment')
      .innerJoinAndSelect('enrolment.user', 'learner')
      .innerJoinAndSelect('enrolment.course', 'course')
      .where(
        this.policy.condition(user, VisibilityPolicy.embeddedColumns('enrolment'), 'enrolment'),
      )
      .orderBy('course.title', 'ASC')
      .addOrderBy('learner.name', 'ASC')
      .addOrderBy('enrolment.id', 'ASC');
    if (filter.courseId !== undefined)
      query.andWhere('enrolment.courseId = :course', { course: filter.courseId });
    if (filter.stateId !== undefined)
      query.andWhere('enrolment.visibility.stateId = :state', { state: filter.stateId });
    if (limit !== undefined) query.take(limit);
    const enrolments = await query.getMany();
    if (enrolments.length === 0) return [];
    const ids = enrolments.map((row) => row.id);
    const [lessons, passed, certificates, organisations] = await Promise.all([
      this.dataSource.getRepository(TrainingLessonProgress).find({
        where: { enrolmentId: In(ids) },
        select: { enrolmentId: true, lessonKey: true },
      }),
      this.dataSource
        .getRepository(TrainingQuizAttempt)
        .createQueryBuilder('attempt')
        .select('attempt.enrolmentId', 'enrolmentId')
        .addSelect('attempt.quizKey', 'quizKey')
        .where('attempt.enrolmentId IN (:...ids) AND attempt.passed = :passed', {
          ids,
          passed: true,
        })
        .groupBy('attempt.enrolmentId')
        .addGroupBy('attempt.quizKey')
        .getRawMany<{ enrolmentId: number | string; quizKey: string }>(),
      this.dataSource.getRepository(TrainingCertificate).find({
        where: { enrolmentId: In(ids) },
        select: { enrolmentId: true, code: true },
      }),
      this.dataSource.getRepository(Organisation).find({
        where: { id: In([...new Set(enrolments.map((row) => row.user.organisationId))]) },
        select: { id: true, code: true, name: true, kind: true },
      }),
    ]);
    const group = <T>(rows: T[], key: (row: T) => number, value: (row: T) => string) => {
      const map = new Map<number, Set<string>>();
      for (const row of rows) {
        const set = map.get(key(row)) ?? new Set<string>();
        set.add(value(row));
        map.set(key(row), set);
      }
      return map;
    };
    const done = group(
      lessons,
      (row) => row.enrolmentId,
      (row) => row.lessonKey,
    );
    const passes = group(
      passed,
      (row) => Number(row.enrolmentId),
      (row) => row.quizKey,
    );
    const codes = new Map(certificates.map((row) => [row.enrolmentId, row.code]));
    const orgs = new Map(organisations.map((row) => [row.id, row]));
    const rows: LearnerRow[] = [];
    for (const enrolment of enrolments) {
      const version = await this.versions.load(enrolment.versionId);
      const content = this.versions.contentOf(version);
      const progress = courseProgress(
        content,
        passes.get(enrolment.id) ?? new Set(),
        done.get(enrolment.id) ?? new Set(),
      );
      const organisation = orgs.get(enrolment.user.organisationId);
      const isState = organisation?.kind === 'state';
      rows.push({
        enrolmentId: enrolment.id,
        courseId: enrolment.courseId,
        courseTitle: enrolment.course.title,
        versionNumber: version.number,
        userId: enrolment.userId,
        name: enrolment.user.name,
        email: enrolment.user.email,
        role: enrolment.user.role,
        stateId: enrolment.visibility.stateId,
        stateCode: isState ? organisation.code : '',
        stateName: isState ? organisation.name : '',
        enrolledAt: enrolment.enrolledAt,
        percent: progress.percent,
        modulesPassed: progress.modules.filter((module) => module.passed).length,
        modulesTotal: progress.modules.length,
        completedAt: enrolment.completedAt,
        certificateCode: codes.get(enrolment.id) ?? null,
      });
    }
    return rows;
  }

  /** Per State (people of no State together, last), for one course's rows. */
  byState(rows: readonly LearnerRow[]): StateFigures[] {
    const map = new Map<string, { name: string; rows: LearnerRow[] }>();
    for (const row of rows) {
      const entry = map.get(row.stateCode) ?? { name: row.stateName, rows: [] };
      entry.rows.push(row);
      map.set(row.stateCode, entry);
    }
    return [...map.entries()]
      .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
      .map(([code, entry]) => ({
        stateCode: code,
        stateName: entry.name,
        enrolled: entry.rows.length,
        completed: entry.rows.filter((row) => row.completedAt !== null).length,
        averagePercent: Math.round(
          entry.rows.reduce((sum, row) => sum + row.percent, 0) / entry.rows.length,
        ),
      }));
  }

  /** Every visible learner of a course as CSV (staff); taking it is audited. */
  async csv(actor: Actor, courseId: number): Promise<StreamableFile> {
    if (!runsTraining(userOf(actor))) throw new ForbiddenException();
    const course = await this.dataSource
      .getRepository(TrainingCourse)
      .findOneBy({ id: Number.isSafeInteger(courseId) ? courseId : 0 });
    if (!course) throw new NotFoundException();
    const rows = await this.rows(actor, { courseId: course.id });
    await this.audit.record(actor, {
      action: 'training.progress-exported',
      targetType: 'training-course',
      targetId: course.id,
      details: { rows: rows.length },
    });
    const header = csvLine([
      'course',
      'version',
      'state',
      'name',
      'email',
      'role',
      'enrolled_at',
      'percent',
      'modules_passed',
      'modules_total',
      'completed_at',
      'certificate',
    ]);
    const lines = rows.map((row) =>
      csvLine([
        row.courseTitle,
        row.versionNumber,
        row.stateCode,
        row.name,
        row.email,
        row.role,
        row.enrolledAt,
        row.percent,
        row.modulesPassed,
        row.modulesTotal,
        row.completedAt,
        row.certificateCode,
      ]),
    );
    return new StreamableFile(Buffer.from([header, ...lines].join(''), 'utf8'), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="training-${course.id}-progress.csv"`,
    });
  }
}
