import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError, type FormMessage } from '../common/forms/form-error';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { Clock } from '../jobs/clock';
import { LibraryAttachments } from '../library/library-attachments';
import { parseCourseSource, type SourceError } from './course-source';
import { fileBaseOf } from './course-versions';
import { runsTraining } from './training-rights';
import { TrainingCourse } from './training-course.entity';
import { TrainingCourseVersion } from './training-course-version.entity';
import { TrainingEnrolment } from './training-enrolment.entity';

export interface CourseInput {
  title: string;
  summary?: string;
  source: string;
  /** The draft's revision the form was opened on (absent for a new course). */
  revision?: number;
}

/** At most this many source errors are listed under the field (the first ones, by line). */
const ERRORS_SHOWN = 20;

/**
 * Staff author courses: a draft source saved as often as they like (syntax errors are shown by
 * line and do not stop a save), and published versions (refused while the source has an
 * error or names a library file not every member may see). Publishing moves every learner who
 * has not completed the course to the new version: what they did in lessons and quizzes the
 * version did not change stays done (keys are content hashes); completed learners stay on the
 * version their certificate names.
 */
@Injectable()
export class TrainingAuthoringService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: LibraryAttachments,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async editable(actor: Actor, courseId: number): Promise<TrainingCourse> {
    if (!runsTraining(userOf(actor))) throw new ForbiddenException();
    const course = await this.dataSource
      .getRepository(TrainingCourse)
      .findOneBy({ id: Number.isSafeInteger(courseId) ? courseId : 0 });
    if (!course) throw new NotFoundException();
    return course;
  }

  async create(actor: Actor, input: CourseInput): Promise<TrainingCourse> {
    if (!runsTraining(userOf(actor))) throw new ForbiddenException();
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(TrainingCourse).save(
        manager.getRepository(TrainingCourse).create({
          title: input.title,
          summary: input.summary ?? '',
          source: input.source,
          currentVersionId: null,
          createdById: userOf(actor).id,
          visibility: VisibilityColumns.of('staff'),
        }),
      );
      await this.audit.record(
        actor,
        {
          action: 'training.course-created',
          targetType: 'training-course',
          targetId: saved.id,
          details: { title: saved.title },
        },
        manager,
      );
      return saved;
    });
  }

  /** Saves the draft; refused (nothing lost: the form comes back) when someone saved since. */
  async saveDraft(actor: Actor, courseId: number, input: CourseInput): Promise<TrainingCourse> {
    const course = await this.editable(actor, courseId);
    const result = await this.dataSource
      .getRepository(TrainingCourse)
      .createQueryBuilder()
      .update()
      .set({ title: input.title, summary: input.summary ?? '', source: input.source })
      .where('id = :id AND revision = :revision', { id: course.id, revision: input.revision ?? 0 })
      .execute();
    if (!result.affected) throw new FormError({}, 'training.authoring.changedMeanwhile');
    return this.dataSource.getRepository(TrainingCourse).findOneByOrFail({ id: course.id });
  }

  /** Saves the draft and publishes it as the next version. */
  async publish(
    actor: Actor,
    courseId: number,
    input: CourseInput,
  ): Promise<TrainingCourseVersion> {
    const checked = parseCourseSource(input.source, fileBaseOf(courseId));
    if (!checked.ok) throw FormError.field('source', ...sourceMessages(checked.errors));
    const refused = await this.attachments.check(actor, checked.content.files.join(' '), {
      level: 'programme',
      regionId: null,
      stateId: null,
    });
    if (refused.refused.length > 0)
      throw FormError.field(
        'source',
        ...refused.refused.map((refusal): FormMessage =>
          refusal.reason === 'too-many'
            ? { key: 'training.source.tooManyFiles', params: { max: refusal.max } }
            : { key: 'training.source.fileRefused', params: { reference: refusal.reference } },
        ),
      );
    const course = await this.saveDraft(actor, courseId, input);
    return this.dataSource.transaction(async (manager) => {
      const versions = manager.getRepository(TrainingCourseVersion);
      const last = await versions.findOne({
        where: { courseId: course.id },
        order: { number: 'DESC' },
      });
      const version = await versions.save(
        versions.create({
          courseId: course.id,
          number: (last?.number ?? 0) + 1,
          title: course.title,
          summary: course.summary,
          source: course.source,
          publishedById: userOf(actor).id,
          publishedAt: new Date(this.clock.now()),
        }),
      );
      await manager
        .getRepository(TrainingCourse)
        .update(
          { id: course.id },
          { currentVersionId: version.id, visibility: VisibilityColumns.of('programme') },
        );
      const moved = await manager
        .getRepository(TrainingEnrolment)
        .createQueryBuilder()
        .update()
        .set({ versionId: version.id })
        .where('course_id = :course AND completed_at IS NULL', { course: course.id })
        .execute();
      await this.audit.record(
        actor,
        {
          action: 'training.version-published',
          targetType: 'training-course',
          targetId: course.id,
          details: {
            title: course.title,
            version: version.number,
            learnersMoved: moved.affected ?? 0,
          },
        },
        manager,
      );
      return version;
    });
  }
}

/** A source's errors as form messages, the first ones by line. */
export function sourceMessages(errors: readonly SourceError[]): FormMessage[] {
  return errors.slice(0, ERRORS_SHOWN).map((error) => ({
    key: error.key,
    params: { line: error.line, ...error.params },
  }));
}
