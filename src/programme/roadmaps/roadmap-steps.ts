import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor/actor';
import { RowAccess } from '../../common/visibility/row-access';
import { dateIn } from '../../iwg/meetings/zoned-time';
import { Clock } from '../../jobs/clock';
import { PILLARS } from '../../organisations/pillars';
import { ReferenceDataCache } from '../../organisations/reference-data.cache';
import { RoadmapAccess } from './roadmap-access';
import { isOverdue, roadmapProgress, type RoadmapProgress } from './roadmap-progress';
import { RoadmapStep } from './roadmap-step.entity';
import type { StepStatus } from './step-status';

/** A step as other modules see it (dashboards, experts): no description, no history. */
export interface StepSummary {
  readonly id: number;
  readonly stateId: number;
  readonly stateCode: string;
  readonly stateName: string;
  readonly pillar: string;
  readonly title: string;
  readonly status: StepStatus;
  readonly blockedReason: string | null;
  readonly weight: number;
  readonly startOn: string;
  readonly dueOn: string;
  /** null: the State itself. */
  readonly ownerId: number | null;
  /** `/states/KEN/roadmap/steps/12` */
  readonly href: string;
}

/** Progress across States: overall and per pillar, per State, and the steps needing attention. */
export interface ProgrammeProgress extends RoadmapProgress {
  readonly today: string;
  /** Each State with at least one step, by id. */
  readonly states: ReadonlyMap<number, RoadmapProgress>;
  /** Open steps past their due date, the longest overdue first. */
  readonly overdue: readonly StepSummary[];
  /** Blocked steps, the longest overdue (earliest due) first, each with its reason. */
  readonly blocked: readonly StepSummary[];
}

export const PILLAR_CODES: readonly string[] = PILLARS.map((pillar) => pillar.code);

/**
 * Roadmap steps for other modules: one step for an actor (404 by the visibility policy, like
 * the step's page) and progress figures across States. `progress` does not check an actor:
 * a caller shows it to whom it may (the programme dashboard leaves State-confidential fields out
 * for partners). One query, the figures computed here: 2,000 steps are a few milliseconds.
 */
@Injectable()
export class RoadmapSteps {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: RowAccess,
    private readonly access: RoadmapAccess,
    private readonly referenceData: ReferenceDataCache,
    private readonly clock: Clock,
  ) {}

  /** One step, if the actor may see its State's roadmap (404 otherwise, audited). */
  async loadForActor(actor: Actor, stepId: number): Promise<StepSummary> {
    const step = Number.isSafeInteger(stepId)
      ? await this.dataSource.getRepository(RoadmapStep).findOneBy({ id: stepId })
      : null;
    if (!step) throw new NotFoundException();
    const readable = await this.access.mayRead(actor, step.stateId);
    return this.summaryOf(
      await this.rows.scoped(actor, { type: 'roadmap-step', id: step.id }, readable ? step : null),
    );
  }

  /** Today as roadmaps count it (UTC calendar date, from the controllable clock). */
  today(): string {
    return dateIn(this.clock.now(), 'UTC');
  }

  /** Progress of the given States' roadmaps (every State's when `stateIds` is absent). */
  async progress(stateIds?: readonly number[]): Promise<ProgrammeProgress> {
    const today = this.today();
    if (stateIds && stateIds.length === 0) return emptyProgress(today);
    const steps = await this.stepsQuery(stateIds).getMany();
    const byState = new Map<number, RoadmapStep[]>();
    for (const step of steps) {
      const list = byState.get(step.stateId);
      if (list) list.push(step);
      else byState.set(step.stateId, [step]);
    }
    const overdue: StepSummary[] = [];
    const blocked: StepSummary[] = [];
    for (const step of steps) {
      if (isOverdue(step, today)) overdue.push(await this.summaryOf(step));
      if (step.status === 'blocked') blocked.push(await this.summaryOf(step));
    }
    const byDue = (a: StepSummary, b: StepSummary) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id;
    return {
      today,
      ...roadmapProgress(steps, PILLAR_CODES, today),
      states: new Map(
        [...byState].map(([stateId, list]) => [
          stateId,
          roadmapProgress(list, PILLAR_CODES, today),
        ]),
      ),
      overdue: overdue.sort(byDue),
      blocked: blocked.sort(byDue),
    };
  }

  /**
   * Every step of the given States (every State's when `stateIds` is absent), by State, start
   * and id, with the owner's name (null: the State): for the programme's exports and reports,
   * whose callers decide who may have them.
   */
  async summaries(
    stateIds?: readonly number[],
  ): Promise<(StepSummary & { readonly ownerName: string | null })[]> {
    if (stateIds && stateIds.length === 0) return [];
    const steps = await this.stepsQuery(stateIds)
      .leftJoin('step.owner', 'owner')
      .addSelect(['owner.id', 'owner.name'])
      .orderBy('step.stateId', 'ASC')
      .addOrderBy('step.startOn', 'ASC')
      .addOrderBy('step.id', 'ASC')
      .getMany();
    return Promise.all(
      steps.map(async (step) => ({
        ...(await this.summaryOf(step)),
        ownerName: step.owner?.name ?? null,
      })),
    );
  }

  /** The steps' columns other modules are shown (no description), of some States or all. */
  private stepsQuery(stateIds?: readonly number[]) {
    const query = this.dataSource
      .getRepository(RoadmapStep)
      .createQueryBuilder('step')
      .select([
        'step.id',
        'step.stateId',
        'step.pillar',
        'step.title',
        'step.status',
        'step.blockedReason',
        'step.weight',
        'step.startOn',
        'step.dueOn',
        'step.ownerId',
      ]);
    if (stateIds) query.where('step.stateId IN (:...stateIds)', { stateIds: [...stateIds] });
    return query;
  }

  private async summaryOf(step: RoadmapStep): Promise<StepSummary> {
    const state = await this.referenceData.organisation(step.stateId);
    const code = state?.code ?? '';
    return {
      id: step.id,
      stateId: step.stateId,
      stateCode: code,
      stateName: state?.name ?? '',
      pillar: step.pillar,
      title: step.title,
      status: step.status,
      blockedReason: step.blockedReason,
      weight: step.weight,
      startOn: step.startOn,
      dueOn: step.dueOn,
      ownerId: step.ownerId,
      href: `/states/${code}/roadmap/steps/${step.id}`,
    };
  }
}

function emptyProgress(today: string): ProgrammeProgress {
  return {
    today,
    ...roadmapProgress([], PILLAR_CODES, today),
    states: new Map(),
    overdue: [],
    blocked: [],
  };
}
