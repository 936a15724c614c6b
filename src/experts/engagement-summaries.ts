import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../jobs/clock';
import { Engagement } from './engagement.entity';
import type { EngagementStatus } from './expert-vocabulary';
import { plainDateOf } from './matching/plain-date';
import { pageRequest, type PageRequest } from '../common/lists/paged-list';

/** An engagement as other modules show it (dashboards, a State's space, a roadmap step). */
export interface EngagementSummary {
  readonly id: number;
  readonly stateId: number;
  readonly stateCode: string;
  readonly stateName: string;
  readonly expertName: string;
  readonly requestId: number;
  readonly roadmapStepId: number | null;
  readonly pillar: string;
  readonly topic: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: EngagementStatus;
  /** Active and today within its dates: the expert is assigned to the State now. */
  readonly running: boolean;
  readonly href: string;
}

/** The engagements a State's lists show: all but those the expert declined or staff cancelled. */
export const STATE_STATUSES: readonly EngagementStatus[] = [
  'proposed',
  'accepted',
  'active',
  'closed',
];

/**
 * Engagements for other modules, without their pages: running ones (across States, or of some
 * States) for the programme dashboard, and those of roadmap steps for the roadmap. Engagement
 * facts carry no confidential text (names, dates, pillar, topic); callers show them to staff,
 * or to the members of the State they are about, and link to the engagement's page, which
 * checks the reader itself.
 */
@Injectable()
export class EngagementSummaries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Engagements running today, soonest ending first; of the given States only when named. */
  async running(stateIds?: readonly number[]): Promise<EngagementSummary[]> {
    const today = plainDateOf(this.clock.now());
    const query = this.query()
      .where('engagement.status = :active', { active: 'active' })
      .andWhere('engagement.startsOn <= :today AND engagement.endsOn >= :today', { today })
      .orderBy('engagement.endsOn', 'ASC')
      .addOrderBy('engagement.id', 'ASC');
    if (stateIds) {
      if (stateIds.length === 0) return [];
      query.andWhere('engagement.stateId IN (:...stateIds)', { stateIds: [...stateIds] });
    }
    return (await query.getMany()).map((row) => this.summary(row, today));
  }

  /** A State's engagements (every status but declined), newest first. */
  async ofState(stateId: number, limit = 20): Promise<EngagementSummary[]> {
    return (await this.page({ stateId }, STATE_STATUSES, pageRequest(1, limit))).items;
  }

  /**
   * One page of a State's engagements (as ofState) or of an expert's (`expertUserId`, or the
   * profile's `expertId`) in the given statuses: newest first, or soonest first for what is
   * still to come.
   */
  async page(
    of: { stateId: number } | { expertUserId: number } | { expertId: number },
    statuses: readonly EngagementStatus[],
    request: PageRequest,
    order: 'newest' | 'soonest' = 'newest',
  ): Promise<{ items: EngagementSummary[]; total: number }> {
    const today = plainDateOf(this.clock.now());
    const direction = order === 'newest' ? 'DESC' : 'ASC';
    const [column, value] = Object.entries(of)[0];
    const [rows, total] = await this.query()
      .where(`engagement.${column} = :value`, { value })
      .andWhere('engagement.status IN (:...statuses)', { statuses: [...statuses] })
      .orderBy('engagement.startsOn', direction)
      .addOrderBy('engagement.id', direction)
      .skip(request.offset)
      .take(request.size)
      .getManyAndCount();
    return { items: rows.map((row) => this.summary(row, today)), total };
  }

  /** Engagements (not declined or cancelled) of the requests linked to these roadmap steps. */
  async ofSteps(stepIds: readonly number[]): Promise<EngagementSummary[]> {
    if (stepIds.length === 0) return [];
    const today = plainDateOf(this.clock.now());
    const rows = await this.query()
      .where('request.roadmapStepId IN (:...stepIds)', { stepIds: [...stepIds] })
      .andWhere('engagement.status IN (:...statuses)', { statuses: [...STATE_STATUSES] })
      .orderBy('engagement.startsOn', 'ASC')
      .getMany();
    return rows.map((row) => this.summary(row, today));
  }

  /** How many engagements run today, per State id. */
  async runningCounts(): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    for (const summary of await this.running()) {
      counts.set(summary.stateId, (counts.get(summary.stateId) ?? 0) + 1);
    }
    return counts;
  }

  private query() {
    return this.dataSource
      .getRepository(Engagement)
      .createQueryBuilder('engagement')
      .innerJoinAndSelect('engagement.request', 'request')
      .innerJoinAndSelect('request.state', 'state')
      .innerJoinAndSelect('engagement.expert', 'expert')
      .innerJoinAndSelect('expert.user', 'expertUser');
  }

  private summary(row: Engagement, today: string): EngagementSummary {
    return {
      id: row.id,
      stateId: row.stateId,
      stateCode: row.request.state.code,
      stateName: row.request.state.name,
      expertName: row.expert.user.name,
      requestId: row.requestId,
      roadmapStepId: row.request.roadmapStepId,
      pillar: row.request.pillar,
      topic: row.request.topic,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      status: row.status,
      running: row.status === 'active' && row.startsOn <= today && row.endsOn >= today,
      href: `/experts/engagements/${row.id}`,
    };
  }
}
