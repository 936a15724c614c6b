import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuditAction } from '../../audit/audit-actions';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError, type FieldErrors } from '../../common/forms/form-error';
import { isIsoDate } from '../../iwg/meetings/zoned-time';
import { dependencyLoop } from './dependency-loop';
import { RoadmapAccess, type RoadmapState } from './roadmap-access';
import { RoadmapStepChange } from './roadmap-step-change.entity';
import { RoadmapStepDependency } from './roadmap-step-dependency.entity';
import { RoadmapStep } from './roadmap-step.entity';
import { RoadmapWriteLock } from './roadmap-write-lock';
import { fieldChanges, type StepFieldChange, type StepSnapshot } from './step-changes';
import { StepOwners } from './step-owners';
import type { StepStatus } from './step-status';

/** A step as the form gives it, after the DTO's checks. */
export interface StepInput {
  pillar: string;
  title: string;
  description?: string;
  ownerId?: string;
  startOn: string;
  dueOn: string;
  status: StepStatus;
  blockedReason?: string;
  weight: number;
  dependsOn: string[];
}

export interface StatusInput {
  status: StepStatus;
  blockedReason?: string;
}

/** The checked values of a step, ready to be written. */
interface CheckedStep {
  pillar: string;
  title: string;
  description: string;
  ownerId: number | null;
  ownerName: string | null;
  startOn: string;
  dueOn: string;
  status: StepStatus;
  blockedReason: string | null;
  weight: number;
  dependsOn: number[];
  dependencyTitles: string[];
}

/**
 * Writing a State's roadmap: staff add and edit steps (every field, dependencies included);
 * staff and the State's focal point move a step's status. Every change writes the step's
 * history (who, when, each field before and after) and the audit log in the same transaction.
 */
@Injectable()
export class RoadmapEditing {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RoadmapAccess,
    private readonly owners: StepOwners,
    private readonly audit: AuditService,
    private readonly lock: RoadmapWriteLock,
  ) {}

  async create(actor: Actor, code: string, input: StepInput): Promise<RoadmapStep> {
    const state = await this.access.state(actor, code);
    this.access.assertEditor(actor);
    return this.lock.run(state.id, async (manager) => {
      const checked = await this.checked(manager, state, null, input);
      const steps = manager.getRepository(RoadmapStep);
      const step = await steps.save(
        steps.create({ ...stepColumns(checked), stateId: state.id, createdById: userOf(actor).id }),
      );
      await this.saveDependencies(manager, step.id, checked.dependsOn);
      await this.record(
        manager,
        actor,
        state,
        step,
        'created',
        fieldChanges(null, snapshot(checked)),
      );
      return step;
    });
  }

  /** Staff change a step. Answers false, writing nothing, when nothing changed. */
  async update(actor: Actor, code: string, stepId: number, input: StepInput): Promise<boolean> {
    const state = await this.access.state(actor, code);
    const found = await this.access.step(actor, state, stepId);
    this.access.assertEditor(actor);
    return this.lock.run(state.id, async (manager) => {
      // The step as the last writer left it, so its history's "before" is what was replaced.
      const step = await current(manager, found);
      const checked = await this.checked(manager, state, step.id, input);
      const changes = fieldChanges(await this.snapshotOf(step, manager), snapshot(checked));
      if (changes.length === 0) return false;
      await manager.getRepository(RoadmapStep).update({ id: step.id }, stepColumns(checked));
      await manager.getRepository(RoadmapStepDependency).delete({ stepId: step.id });
      await this.saveDependencies(manager, step.id, checked.dependsOn);
      await this.record(
        manager,
        actor,
        state,
        { id: step.id, title: checked.title },
        'edited',
        changes,
      );
      return true;
    });
  }

  /** Staff, or the State's focal point, move a step on. False when the status is unchanged. */
  async setStatus(
    actor: Actor,
    code: string,
    stepId: number,
    input: StatusInput,
  ): Promise<boolean> {
    const state = await this.access.state(actor, code);
    const found = await this.access.step(actor, state, stepId);
    this.access.assertStatusChanger(actor, state.id);
    const blockedReason = checkedReason(input.status, input.blockedReason);
    return this.lock.run(state.id, async (manager) => {
      const step = await current(manager, found);
      const before = await this.snapshotOf(step, manager);
      const changes = fieldChanges(before, { ...before, status: input.status, blockedReason });
      if (changes.length === 0) return false;
      await manager
        .getRepository(RoadmapStep)
        .update({ id: step.id }, { status: input.status, blockedReason });
      await this.record(manager, actor, state, step, 'status', changes);
      return true;
    });
  }

  /** A step's fields as its history writes them (owner's name, dependencies' titles). */
  async snapshotOf(step: RoadmapStep, manager?: EntityManager): Promise<StepSnapshot> {
    const em = manager ?? this.dataSource.manager;
    const dependsOn = (
      await em.getRepository(RoadmapStepDependency).findBy({ stepId: step.id })
    ).map((row) => row.dependsOnId);
    const titles = dependsOn.length
      ? (await em.getRepository(RoadmapStep).findBy({ id: In(dependsOn) })).map((row) => row.title)
      : [];
    const ownerName =
      step.ownerId === null
        ? null
        : ((await this.owners.names([step.ownerId])).get(step.ownerId) ?? null);
    return {
      pillar: step.pillar,
      title: step.title,
      description: step.description,
      owner: ownerName,
      startOn: step.startOn,
      dueOn: step.dueOn,
      status: step.status,
      blockedReason: step.blockedReason,
      weight: step.weight,
      dependencies: titles.sort(),
    };
  }

  /** Writes the step's history row and the audit event of one change, in `manager`'s transaction. */
  async record(
    manager: EntityManager,
    actor: Actor,
    state: RoadmapState,
    step: Pick<RoadmapStep, 'id' | 'title'>,
    kind: string,
    changes: readonly StepFieldChange[],
  ): Promise<void> {
    const user = userOf(actor);
    await manager.getRepository(RoadmapStepChange).insert({
      stepId: step.id,
      kind,
      authorId: user.id,
      authorName: user.name,
      changes: JSON.stringify(changes),
    });
    await this.audit.record(
      actor,
      {
        action: AUDIT_OF[kind] ?? 'roadmap.step-changed',
        targetType: 'roadmap-step',
        targetId: String(step.id),
        details: {
          state: state.code,
          title: step.title,
          fields: changes.map((change) => change.field),
          ...(kind === 'status' || kind === 'completed'
            ? {
                from: changes.find((c) => c.field === 'status')?.from ?? null,
                to: changes.find((c) => c.field === 'status')?.to ?? null,
              }
            : {}),
        },
      },
      manager,
    );
  }

  /** Every field checked together, so the form shows all its messages at once. */
  private async checked(
    manager: EntityManager,
    state: RoadmapState,
    stepId: number | null,
    input: StepInput,
  ): Promise<CheckedStep> {
    const errors: FieldErrors = {};
    if (!isIsoDate(input.startOn)) errors.startOn = ['roadmaps.step.dateInvalid'];
    if (!isIsoDate(input.dueOn)) errors.dueOn = ['roadmaps.step.dateInvalid'];
    if (!errors.startOn && !errors.dueOn && input.dueOn < input.startOn)
      errors.dueOn = ['roadmaps.step.datesOrder'];
    let blockedReason: string | null = null;
    try {
      blockedReason = checkedReason(input.status, input.blockedReason);
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      Object.assign(errors, error.fieldErrors);
    }
    let ownerId: number | null = null;
    let ownerName: string | null = null;
    if (input.ownerId) {
      const owner = /^\d{1,9}$/.test(input.ownerId)
        ? await this.owners.find(state.id, Number(input.ownerId))
        : undefined;
      if (owner) [ownerId, ownerName] = [owner.id, owner.name];
      else errors.ownerId = ['roadmaps.step.ownerInvalid'];
    }
    const { dependsOn, titles, problem } = await this.checkedDependencies(
      manager,
      state,
      stepId,
      input,
    );
    if (problem) errors.dependsOn = [problem];
    if (Object.keys(errors).length > 0) throw new FormError(errors);
    return {
      pillar: input.pillar,
      title: input.title.trim(),
      description: (input.description ?? '').replace(/\r\n/g, '\n').trim(),
      ownerId,
      ownerName,
      startOn: input.startOn,
      dueOn: input.dueOn,
      status: input.status,
      blockedReason,
      weight: input.weight,
      dependsOn,
      dependencyTitles: titles,
    };
  }

  /**
   * Dependencies are steps of the same roadmap, and close no loop: a loop is refused with its
   * steps named in order ("A → B → C → A"). Read through `manager`, inside the roadmap's write
   * lock, so no other save can add the other half of a loop between this check and the write.
   */
  private async checkedDependencies(
    manager: EntityManager,
    state: RoadmapState,
    stepId: number | null,
    input: StepInput,
  ) {
    const wanted = [...new Set(input.dependsOn)];
    if (wanted.some((id) => !/^\d{1,9}$/.test(id)))
      return { dependsOn: [], titles: [], problem: 'roadmaps.step.dependencyInvalid' };
    const ids = wanted.map(Number);
    const steps = await manager
      .getRepository(RoadmapStep)
      .find({ where: { stateId: state.id }, select: { id: true, title: true } });
    const titleOf = new Map(steps.map((step) => [step.id, step.title]));
    if (ids.some((id) => !titleOf.has(id)))
      return { dependsOn: [], titles: [], problem: 'roadmaps.step.dependencyInvalid' };
    if (stepId !== null && ids.length > 0) {
      const edges = new Map<number, number[]>();
      const rows = await manager
        .getRepository(RoadmapStepDependency)
        .createQueryBuilder('dependency')
        .innerJoin(RoadmapStep, 'step', 'step.id = dependency.stepId')
        .where('step.stateId = :stateId', { stateId: state.id })
        .getMany();
      for (const row of rows) {
        const list = edges.get(row.stepId);
        if (list) list.push(row.dependsOnId);
        else edges.set(row.stepId, [row.dependsOnId]);
      }
      const loop = dependencyLoop(stepId, ids, edges);
      if (loop)
        return {
          dependsOn: [],
          titles: [],
          problem: {
            key: 'roadmaps.step.loop',
            params: { loop: loop.map((id) => titleOf.get(id) ?? `#${id}`).join(' → ') },
          },
        };
    }
    return { dependsOn: ids, titles: ids.map((id) => titleOf.get(id)!).sort(), problem: null };
  }

  private async saveDependencies(manager: EntityManager, stepId: number, dependsOn: number[]) {
    if (dependsOn.length === 0) return;
    await manager
      .getRepository(RoadmapStepDependency)
      .insert(dependsOn.map((dependsOnId) => ({ stepId, dependsOnId })));
  }
}

/** The audit action of each kind of history row. */
const AUDIT_OF: Record<string, AuditAction> = {
  created: 'roadmap.step-created',
  drafted: 'roadmap.step-created',
  edited: 'roadmap.step-changed',
  status: 'roadmap.step-status-changed',
  completed: 'roadmap.step-status-changed',
  linked: 'roadmap.step-linked',
  unlinked: 'roadmap.step-unlinked',
};

/**
 * A blocked step needs its reason; any other status has none (the history keeps the reason a
 * step was blocked for).
 */
function checkedReason(status: StepStatus, given: string | undefined): string | null {
  if (status !== 'blocked') return null;
  const reason = given?.trim() ?? '';
  if (!reason) throw FormError.field('blockedReason', 'roadmaps.step.reasonMissing');
  return reason;
}

/** A step read again under the roadmap's write lock (found before it, so it exists). */
async function current(manager: EntityManager, step: RoadmapStep): Promise<RoadmapStep> {
  return (await manager.getRepository(RoadmapStep).findOneBy({ id: step.id })) ?? step;
}

function stepColumns(checked: CheckedStep) {
  return {
    pillar: checked.pillar,
    title: checked.title,
    description: checked.description,
    ownerId: checked.ownerId,
    startOn: checked.startOn,
    dueOn: checked.dueOn,
    status: checked.status,
    blockedReason: checked.blockedReason,
    weight: checked.weight,
  };
}

function snapshot(checked: CheckedStep): StepSnapshot {
  return {
    pillar: checked.pillar,
    title: checked.title,
    description: checked.description,
    owner: checked.ownerName,
    startOn: checked.startOn,
    dueOn: checked.dueOn,
    status: checked.status,
    blockedReason: checked.blockedReason,
    weight: checked.weight,
    dependencies: checked.dependencyTitles,
  };
}
