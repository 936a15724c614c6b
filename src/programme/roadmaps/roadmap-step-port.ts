import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor/actor';
import { Organisation } from '../../organisations/organisation.entity';
import type { RoadmapState } from './roadmap-access';
import { RoadmapEditing } from './roadmap-editing.service';
import { RoadmapStep } from './roadmap-step.entity';
import type { StepStatus } from './step-status';

/** A step as another module offers or shows it beside its own thing. */
export interface PortStep {
  readonly id: number;
  readonly stateId: number;
  readonly pillar: string;
  readonly title: string;
  readonly status: StepStatus;
  /** `/states/KEN/roadmap/steps/12` */
  readonly href: string;
}

/** What `complete` did: the step is now done, or was left as it was and why. */
export type CompletionOutcome = 'completed' | 'already-done' | 'dropped' | 'blocked' | 'missing';

/** What another module ties to a step, named in the step's history (`roadmaps.field.<field>`). */
export type PortField = 'document';

/** Steps a thing can still complete: one already done or dropped is not offered. */
const OPEN: readonly StepStatus[] = ['not-started', 'in-progress', 'blocked'];
/** The statuses `complete` moves to done. A blocked step keeps its block (see `complete`). */
const COMPLETABLE: readonly StepStatus[] = ['not-started', 'in-progress'];

/**
 * The door other modules use to tie one of their things to a roadmap step and complete the step
 * when that thing is achieved (a State's SOP that becomes active completes its "adopt the SOP"
 * step). Every write goes through the roadmap's own editing path, in the caller's transaction:
 * the step's history says who, when and why ("Document: → Watchlist-hit SOP"), and the audit
 * log records it as any other status change. The caller has checked its own rule (who may
 * activate a document); the port checks that the step is one of the State's.
 */
@Injectable()
export class RoadmapStepPort {
  constructor(private readonly editing: RoadmapEditing) {}

  /** The State's open steps of a pillar, by due date: what a thing of that pillar may complete. */
  async candidates(manager: EntityManager, stateId: number, pillar: string): Promise<PortStep[]> {
    const steps = await manager.getRepository(RoadmapStep).find({
      where: { stateId, pillar, status: In([...OPEN]) },
      order: { dueOn: 'ASC', id: 'ASC' },
    });
    return this.shown(manager, steps);
  }

  /** One step of the State, or null (another State's, or gone). */
  async step(manager: EntityManager, stateId: number, stepId: number): Promise<PortStep | null> {
    const step = await manager.getRepository(RoadmapStep).findOneBy({ id: stepId, stateId });
    return step ? (await this.shown(manager, [step]))[0] : null;
  }

  /** Writes "link added" (or removed) with the thing's title in the step's history. */
  async linked(
    manager: EntityManager,
    actor: Actor,
    at: { stateId: number; stepId: number },
    field: PortField,
    title: string,
    linked: boolean,
  ): Promise<void> {
    const step = await manager.getRepository(RoadmapStep).findOneBy({
      id: at.stepId,
      stateId: at.stateId,
    });
    if (!step) return;
    await this.editing.record(
      manager,
      actor,
      await this.stateOf(manager, step.stateId),
      step,
      linked ? 'linked' : 'unlinked',
      [{ field, from: linked ? null : title, to: linked ? title : null }],
    );
  }

  /**
   * Marks the step done because `title` (its document…) is achieved, in the caller's
   * transaction, unless it is done already or dropped. A **blocked** step is left blocked: its
   * block is a person's statement (why it cannot go on) that a document becoming active does not
   * answer by itself; the person who lifts the block marks it done. The caller shows the outcome.
   */
  async complete(
    manager: EntityManager,
    actor: Actor,
    at: { stateId: number; stepId: number },
    field: PortField,
    title: string,
  ): Promise<CompletionOutcome> {
    const steps = manager.getRepository(RoadmapStep);
    const step = await steps.findOneBy({ id: at.stepId, stateId: at.stateId });
    if (!step) return 'missing';
    if (!COMPLETABLE.includes(step.status)) return outcomeOf(step.status);
    // Conditional: a status changed meanwhile by someone else is not overwritten.
    const result = await steps.update(
      { id: step.id, status: In([...COMPLETABLE]), version: step.version },
      { status: 'done', blockedReason: null },
    );
    if (!result.affected) {
      const now = await steps.findOneBy({ id: step.id });
      return now ? outcomeOf(now.status) : 'missing';
    }
    await this.editing.record(
      manager,
      actor,
      await this.stateOf(manager, step.stateId),
      step,
      'completed',
      [
        { field: 'status', from: step.status, to: 'done' },
        { field, from: null, to: title },
      ],
    );
    return 'completed';
  }

  private async stateOf(manager: EntityManager, stateId: number): Promise<RoadmapState> {
    const state = await manager.getRepository(Organisation).findOneByOrFail({ id: stateId });
    return { id: state.id, code: state.code, name: state.name, iwgRegionId: state.iwgRegionId };
  }

  private async shown(manager: EntityManager, steps: RoadmapStep[]): Promise<PortStep[]> {
    if (steps.length === 0) return [];
    const states = await manager.getRepository(Organisation).find({
      where: { id: In([...new Set(steps.map((step) => step.stateId))]) },
      select: { id: true, code: true },
    });
    const codeOf = new Map(states.map((state) => [state.id, state.code]));
    return steps.map((step) => ({
      id: step.id,
      stateId: step.stateId,
      pillar: step.pillar,
      title: step.title,
      status: step.status,
      href: `/states/${codeOf.get(step.stateId) ?? ''}/roadmap/steps/${step.id}`,
    }));
  }
}

function outcomeOf(status: StepStatus): CompletionOutcome {
  if (status === 'done') return 'already-done';
  if (status === 'dropped') return 'dropped';
  if (status === 'blocked') return 'blocked';
  return 'missing';
}
