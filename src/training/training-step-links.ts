import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, Not, type DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { formatDate } from '../common/i18n/intl-format';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { pillarSteps } from '../programme/roadmaps/pillar-step-links';
import { StepLinkSources, type StepLinkItem } from '../programme/roadmaps/step-link-sources';
import { TrainingEnrolment } from './training-enrolment.entity';

/** The pillar whose steps training counts toward. */
const PIU_PILLAR = 'piu';

/**
 * Completed courses count toward a State's PIU pillar: each PIU-pillar step of the State lists
 * its people who completed a course (who, which course, when), under "Training completed".
 * Completions are read through the visibility policy on the enrolment (the learner's State),
 * so the step's page shows only what its reader may see.
 */
@Injectable()
export class TrainingStepLinks implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: StepLinkSources,
    private readonly policy: VisibilityPolicy,
  ) {}

  onModuleInit(): void {
    this.sources.register({
      kind: 'training',
      label: 'training.stepLinks.label',
      linksOf: (actor, stepIds) => this.linksOf(actor, stepIds),
    });
  }

  async linksOf(actor: Actor, stepIds: readonly number[]): Promise<Map<number, StepLinkItem[]>> {
    const steps = await pillarSteps(this.dataSource, stepIds, PIU_PILLAR);
    if (steps.stateIds.length === 0) return new Map();
    const completions = await this.dataSource
      .getRepository(TrainingEnrolment)
      .createQueryBuilder('enrolment')
      .innerJoinAndSelect('enrolment.user', 'learner')
      .innerJoinAndSelect('enrolment.course', 'course')
      .where(
        this.policy.condition(
          userOf(actor),
          VisibilityPolicy.embeddedColumns('enrolment'),
          'enrolment',
        ),
      )
      .andWhere({ completedAt: Not(IsNull()) })
      .andWhere('enrolment.visibility.stateId IN (:...states)', { states: steps.stateIds })
      .orderBy('enrolment.completedAt', 'DESC')
      .getMany();
    return steps.link(
      completions,
      (row) => row.visibility.stateId ?? 0,
      (row) => ({
        title: `${row.user.name}: ${row.course.title}`,
        href: `/training/courses/${row.courseId}`,
        detail: {
          key: 'training.stepLinks.completed',
          params: { date: formatDate(row.completedAt, actor.locale, actor.timeZone, 'date') },
        },
      }),
    );
  }
}
