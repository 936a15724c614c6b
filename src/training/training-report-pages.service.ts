import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { Organisation } from '../organisations/organisation.entity';
import { COURSE_SYNTAX } from './course-source';
import { TrainingAuthoringService } from './training-authoring.service';
import { TrainingCourse } from './training-course.entity';
import { TrainingCourseVersion } from './training-course-version.entity';
import { ROWS_SHOWN, TrainingReportsService, type LearnerRow } from './training-reports.service';
import { runsTraining } from './training-rights';

const rowView = (row: LearnerRow) => ({
  ...row,
  roleKey: `roles.${row.role}`,
  completed: row.completedAt !== null,
});

/** Staff's authoring and progress pages, and a focal point's page of their State's learners. */
@Injectable()
export class TrainingReportPagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
    private readonly authoring: TrainingAuthoringService,
    private readonly reports: TrainingReportsService,
  ) {}

  async manageModel(actor: Actor) {
    if (!runsTraining(userOf(actor))) throw new ForbiddenException();
    const courses = await this.dataSource
      .getRepository(TrainingCourse)
      .find({ order: { title: 'ASC', id: 'ASC' } });
    const rows = await this.reports.rows(actor, {});
    return {
      pageTitle: { key: 'training.manage.title' },
      courses: courses.map((course) => {
        const mine = rows.filter((row) => row.courseId === course.id);
        return {
          id: course.id,
          title: course.title,
          href: `/training/manage/${course.id}`,
          published: course.currentVersionId !== null,
          enrolled: mine.length,
          completed: mine.filter((row) => row.completedAt !== null).length,
        };
      }),
    };
  }

  newModel(actor: Actor) {
    if (!runsTraining(userOf(actor))) throw new ForbiddenException();
    return {
      pageTitle: { key: 'training.manage.newTitle' },
      syntax: COURSE_SYNTAX,
      action: '/training/manage',
      values: { title: '', summary: '', source: '' },
    };
  }

  async editModel(actor: Actor, courseId: number) {
    const course = await this.authoring.editable(actor, courseId);
    const versions = await this.dataSource
      .getRepository(TrainingCourseVersion)
      .find({ where: { courseId: course.id }, order: { number: 'DESC' } });
    return {
      pageTitle: { key: 'training.manage.editTitle', params: { title: course.title } },
      course: {
        id: course.id,
        title: course.title,
        published: course.currentVersionId !== null,
        learnerHref: `/training/courses/${course.id}`,
        progressHref: `/training/manage/${course.id}/progress`,
      },
      syntax: COURSE_SYNTAX,
      action: `/training/manage/${course.id}`,
      publishAction: `/training/manage/${course.id}/publish`,
      values: {
        title: course.title,
        summary: course.summary,
        source: course.source,
        revision: String(course.revision),
      },
      versions: versions.map((version) => ({
        versionNumber: version.number,
        publishedAt: version.publishedAt,
        current: version.id === course.currentVersionId,
      })),
    };
  }

  async progressModel(actor: Actor, courseId: number, stateCode?: string) {
    const course = await this.authoring.editable(actor, courseId);
    const states = await this.dataSource.getRepository(Organisation).find({
      where: { kind: 'state' },
      order: { name: 'ASC' },
      select: { id: true, code: true, name: true },
    });
    const state = stateCode ? states.find((row) => row.code === stateCode) : undefined;
    const all = await this.reports.rows(actor, { courseId: course.id });
    const shown = state ? all.filter((row) => row.stateId === state.id) : all;
    return {
      pageTitle: { key: 'training.progress.title', params: { title: course.title } },
      course: {
        id: course.id,
        title: course.title,
        href: `/training/manage/${course.id}`,
        published: course.currentVersionId !== null,
      },
      enrolAction: `/training/manage/${course.id}/enrol`,
      csvHref: `/training/manage/${course.id}/progress.csv`,
      figures: this.reports.byState(all),
      states: states.map((row) => ({
        value: row.code,
        label: row.name,
        selected: row.code === state?.code,
      })),
      state: state ? { code: state.code, name: state.name } : null,
      rows: shown.slice(0, ROWS_SHOWN).map(rowView),
      more: shown.length > ROWS_SHOWN,
    };
  }

  /** A focal point's learners: their State's enrolments (the policy decides), and the enrol form. */
  async teamModel(actor: Actor) {
    const user = userOf(actor);
    const courses = await this.dataSource
      .getRepository(TrainingCourse)
      .createQueryBuilder('course')
      .where(this.policy.condition(user, VisibilityPolicy.embeddedColumns('course'), 'course'))
      .andWhere('course.currentVersionId IS NOT NULL')
      .orderBy('course.title', 'ASC')
      .getMany();
    const rows = await this.reports.rows(actor, { stateId: user.stateId ?? 0 }, ROWS_SHOWN);
    return {
      pageTitle: { key: 'training.team.title', params: { state: user.organisationName } },
      courses: courses.map((course) => ({ value: String(course.id), label: course.title })),
      rows: rows.map(rowView),
      action: '/training/team/enrol',
    };
  }
}
