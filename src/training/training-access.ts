import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { RowAccess } from '../common/visibility/row-access';
import type { CourseContent } from './course-source';
import { CourseVersions } from './course-versions';
import { TrainingCourse } from './training-course.entity';
import type { TrainingCourseVersion } from './training-course-version.entity';
import { TrainingEnrolment } from './training-enrolment.entity';

/** A course as one learner meets it: the version they are on (or the current one) and its content. */
export interface LearnerCourse {
  readonly course: TrainingCourse;
  readonly version: TrainingCourseVersion;
  readonly content: CourseContent;
  readonly enrolment: TrainingEnrolment | null;
}

/**
 * The one way the training pages load a course for an actor: through RowAccess (a draft never
 * published is `staff` content: 404 and audited for anyone else), then the actor's enrolment.
 */
@Injectable()
export class TrainingAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: RowAccess,
    private readonly versions: CourseVersions,
  ) {}

  async course(actor: Actor, courseId: number): Promise<TrainingCourse> {
    const row = Number.isSafeInteger(courseId)
      ? await this.dataSource.getRepository(TrainingCourse).findOneBy({ id: courseId })
      : null;
    const course = await this.rows.visible(
      actor,
      row,
      (c) => c.visibility,
      (c) => ({ type: 'training-course', id: c.id }),
    );
    // Staff see drafts through the authoring pages; learners need a published version.
    if (course.currentVersionId === null) throw new NotFoundException();
    return course;
  }

  async forLearner(actor: Actor, courseId: number): Promise<LearnerCourse> {
    const course = await this.course(actor, courseId);
    const enrolment = await this.dataSource
      .getRepository(TrainingEnrolment)
      .findOneBy({ courseId: course.id, userId: userOf(actor).id });
    const version = await this.versions.load(enrolment?.versionId ?? course.currentVersionId!);
    return { course, version, content: this.versions.contentOf(version), enrolment };
  }

  /** The same, for someone who must be enrolled (a lesson, a quiz, a certificate): 404 if not. */
  async enrolled(
    actor: Actor,
    courseId: number,
  ): Promise<LearnerCourse & { enrolment: TrainingEnrolment }> {
    const found = await this.forLearner(actor, courseId);
    if (!found.enrolment) throw new NotFoundException();
    return { ...found, enrolment: found.enrolment };
  }
}
