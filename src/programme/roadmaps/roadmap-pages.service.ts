import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import { formatDate } from '../../common/i18n/intl-format';
import { ReferenceDataCache, type PillarSummary } from '../../organisations/reference-data.cache';
import { RoadmapAccess, type RoadmapState } from './roadmap-access';
import { RoadmapDrafts } from './roadmap-drafts.service';
import { RoadmapLinks } from './roadmap-links.service';
import { isOverdue, roadmapProgress, type Progress } from './roadmap-progress';
import { RoadmapStepChange } from './roadmap-step-change.entity';
import { RoadmapStepDependency } from './roadmap-step-dependency.entity';
import { RoadmapStep } from './roadmap-step.entity';
import { PILLAR_CODES, RoadmapSteps } from './roadmap-steps';
import { roadmapTimeline } from './roadmap-timeline';
import { parseChanges, type StepFieldChange } from './step-changes';
import { StepLinkSources } from './step-link-sources';
import { StepOwners, type OwnerCandidate } from './step-owners';
import { STEP_STATUSES } from './step-status';

/** A value in the history: plain text as it was, or a catalogue reference (a status, "the State"). */
type Shown = { text: string } | { key: string };

/** The view models of the roadmap pages. Views get plain objects, never entities. */
@Injectable()
export class RoadmapPages {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RoadmapAccess,
    private readonly steps: RoadmapSteps,
    private readonly owners: StepOwners,
    private readonly links: RoadmapLinks,
    private readonly drafts: RoadmapDrafts,
    private readonly sources: StepLinkSources,
    private readonly referenceData: ReferenceDataCache,
  ) {}

  /** `/states/:code/roadmap`: progress, the timeline, what needs attention, every step. */
  async roadmapModel(actor: Actor, code: string) {
    const state = await this.access.state(actor, code);
    const user = userOf(actor);
    const today = this.steps.today();
    const pillars = await this.referenceData.pillars();
    const steps = await this.dataSource
      .getRepository(RoadmapStep)
      .find({ where: { stateId: state.id }, order: { startOn: 'ASC', dueOn: 'ASC', id: 'ASC' } });
    const dependencies = await this.dependencies(steps.map((step) => step.id));
    const ownerNames = await this.owners.names(
      steps.flatMap((s) => (s.ownerId ? [s.ownerId] : [])),
    );
    const progress = roadmapProgress(steps, PILLAR_CODES, today);
    const nameOf = pillarNames(pillars);
    const row = (step: RoadmapStep) => ({
      id: step.id,
      href: `/states/${state.code}/roadmap/steps/${step.id}`,
      title: step.title,
      owner: step.ownerId ? (ownerNames.get(step.ownerId) ?? null) : null,
      start: this.day(actor, step.startOn),
      due: this.day(actor, step.dueOn),
      status: step.status,
      blockedReason: step.blockedReason,
      overdue: isOverdue(step, today),
      weight: step.weight,
    });
    const mayEdit = this.access.mayEdit(user);
    return {
      pageTitle: { key: 'roadmaps.title', params: { state: state.name } },
      state: stateLinks(state),
      mayEdit,
      today: this.day(actor, today),
      overall: progressView(progress.overall),
      pillars: progress.pillars.map((p) => ({ name: nameOf(p.pillar), ...progressView(p) })),
      // Both drawings are in the page; its CSS shows the one that fits the screen.
      timeline: roadmapTimeline(
        actor,
        state,
        steps,
        dependencies,
        pillars,
        progress.overall,
        today,
      ),
      timelineNarrow: roadmapTimeline(
        actor,
        state,
        steps,
        dependencies,
        pillars,
        progress.overall,
        today,
        'narrow',
      ),
      overdue: steps.filter((step) => isOverdue(step, today)).map(row),
      blocked: steps.filter((step) => step.status === 'blocked').map(row),
      groups: pillars
        .map((pillar) => ({
          pillar: pillar.code,
          name: pillar.name,
          steps: steps.filter((step) => step.pillar === pillar.code).map(row),
        }))
        .filter((group) => group.steps.length > 0),
      hasSteps: steps.length > 0,
      draft: mayEdit ? await this.drafts.draftChoices(state) : null,
    };
  }

  /**
   * The "Roadmap" section of the State's space (`/states/:code`): progress, what is overdue or
   * blocked, and the way to the roadmap. The State's page has checked that the reader may see
   * the State, which is the roadmap's own rule.
   */
  async spaceModel(actor: Actor, state: RoadmapState) {
    const today = this.steps.today();
    const pillars = await this.referenceData.pillars();
    const steps = await this.dataSource.getRepository(RoadmapStep).find({
      where: { stateId: state.id },
      select: {
        id: true,
        title: true,
        pillar: true,
        status: true,
        weight: true,
        dueOn: true,
        blockedReason: true,
      },
      order: { dueOn: 'ASC', id: 'ASC' },
    });
    const progress = roadmapProgress(steps, PILLAR_CODES, today);
    const nameOf = pillarNames(pillars);
    const item = (step: RoadmapStep) => ({
      title: step.title,
      href: `/states/${state.code}/roadmap/steps/${step.id}`,
      due: this.day(actor, step.dueOn),
      blockedReason: step.blockedReason,
    });
    return {
      href: `/states/${state.code}/roadmap`,
      hasSteps: steps.length > 0,
      overall: progressView(progress.overall),
      pillars: progress.pillars
        .filter((p) => p.steps > 0)
        .map((p) => ({ name: nameOf(p.pillar), ...progressView(p) })),
      overdue: steps
        .filter((step) => isOverdue(step, today))
        .slice(0, 5)
        .map(item),
      blocked: steps
        .filter((step) => step.status === 'blocked')
        .slice(0, 5)
        .map(item),
    };
  }

  /** A step's page: its fields, dependencies, links, what other modules hang on it, its history. */
  async stepModel(actor: Actor, code: string, stepId: number) {
    const state = await this.access.state(actor, code);
    const step = await this.access.step(actor, state, stepId);
    const user = userOf(actor);
    const today = this.steps.today();
    const pillars = await this.referenceData.pillars();
    const dependsOn = await this.dataSource
      .getRepository(RoadmapStepDependency)
      .findBy({ stepId: step.id });
    const neededBy = await this.dataSource
      .getRepository(RoadmapStepDependency)
      .findBy({ dependsOnId: step.id });
    const related = await this.titledSteps([
      ...dependsOn.map((d) => d.dependsOnId),
      ...neededBy.map((d) => d.stepId),
    ]);
    const linkTo = (id: number) => ({
      title: related.get(id)?.title ?? `#${id}`,
      status: related.get(id)?.status ?? 'not-started',
      href: `/states/${state.code}/roadmap/steps/${id}`,
    });
    const owner = step.ownerId ? (await this.owners.names([step.ownerId])).get(step.ownerId) : null;
    const mayEdit = this.access.mayEdit(user);
    const links = await this.links.shown(user, step.id);
    return {
      pageTitle: step.title,
      state: stateLinks(state),
      step: {
        id: step.id,
        href: `/states/${state.code}/roadmap/steps/${step.id}`,
        title: step.title,
        description: step.description,
        pillar: pillarNames(pillars)(step.pillar),
        owner: owner ?? null,
        start: this.day(actor, step.startOn),
        due: this.day(actor, step.dueOn),
        status: step.status,
        blockedReason: step.blockedReason,
        overdue: isOverdue(step, today),
        weight: step.weight,
      },
      dependsOn: dependsOn.map((d) => linkTo(d.dependsOnId)),
      neededBy: neededBy.map((d) => linkTo(d.stepId)),
      resources: links.filter((link) => link.kind === 'resource'),
      threads: links.filter((link) => link.kind === 'thread'),
      others: await this.sources.groupsFor(actor, step.id),
      mayEdit,
      mayChangeStatus: this.access.mayChangeStatus(user, state.id),
      statuses: STEP_STATUSES,
      candidates: mayEdit ? await this.links.candidates(state) : null,
      history: await this.history(step.id, pillars),
      values: { status: step.status, blockedReason: step.blockedReason ?? '' },
    };
  }

  /** The new-step form, for staff. */
  async newStepModel(actor: Actor, code: string) {
    const state = await this.access.state(actor, code);
    this.access.assertEditor(actor);
    return this.formModel(state, null, {
      pillar: '',
      status: 'not-started',
      weight: '1',
      ownerId: '',
      dependsOn: [],
    });
  }

  async editStepModel(actor: Actor, code: string, stepId: number) {
    const state = await this.access.state(actor, code);
    const step = await this.access.step(actor, state, stepId);
    this.access.assertEditor(actor);
    const dependsOn = await this.dataSource
      .getRepository(RoadmapStepDependency)
      .findBy({ stepId: step.id });
    return this.formModel(state, step, {
      pillar: step.pillar,
      title: step.title,
      description: step.description,
      ownerId: step.ownerId ? String(step.ownerId) : '',
      startOn: step.startOn,
      dueOn: step.dueOn,
      status: step.status,
      blockedReason: step.blockedReason ?? '',
      weight: String(step.weight),
      dependsOn: dependsOn.map((d) => String(d.dependsOnId)),
    });
  }

  /** The form's choices; `values` are the step's (the interceptor puts the user's own on errors). */
  private async formModel(state: RoadmapState, step: RoadmapStep | null, values: object) {
    const pillars = await this.referenceData.pillars();
    const others = await this.dataSource.getRepository(RoadmapStep).find({
      where: { stateId: state.id },
      select: { id: true, title: true, pillar: true },
      order: { pillar: 'ASC', title: 'ASC' },
    });
    return {
      pageTitle: step
        ? { key: 'roadmaps.form.editTitle', params: { title: step.title } }
        : { key: 'roadmaps.form.newTitle', params: { state: state.name } },
      state: stateLinks(state),
      step: step ? { id: step.id, title: step.title } : null,
      action: step
        ? `/states/${state.code}/roadmap/steps/${step.id}/edit`
        : `/states/${state.code}/roadmap/steps`,
      pillars: pillars.map((pillar) => ({ value: pillar.code, label: pillar.name })),
      statuses: STEP_STATUSES.map((status) => ({
        value: status,
        labelKey: `roadmaps.status.${status}`,
      })),
      owners: ownerGroups(await this.owners.candidates(state.id)),
      candidates: others
        .filter((other) => other.id !== step?.id)
        .map((other) => ({ value: String(other.id), label: other.title })),
      values,
    };
  }

  private async history(stepId: number, pillars: readonly PillarSummary[]) {
    const rows = await this.dataSource
      .getRepository(RoadmapStepChange)
      .find({ where: { stepId }, order: { id: 'DESC' } });
    const nameOf = pillarNames(pillars);
    return rows.map((row) => ({
      at: row.at,
      author: row.authorName,
      kind: `roadmaps.history.kind.${row.kind}`,
      fields: parseChanges(row.changes).map((change) => ({
        label: `roadmaps.field.${change.field}`,
        from: shown(change, change.from, nameOf),
        to: shown(change, change.to, nameOf),
      })),
    }));
  }

  private async dependencies(stepIds: number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>();
    if (stepIds.length === 0) return map;
    const rows = await this.dataSource
      .getRepository(RoadmapStepDependency)
      .findBy({ stepId: In(stepIds) });
    for (const row of rows) {
      const list = map.get(row.stepId);
      if (list) list.push(row.dependsOnId);
      else map.set(row.stepId, [row.dependsOnId]);
    }
    return map;
  }

  private async titledSteps(ids: number[]) {
    if (ids.length === 0) return new Map<number, RoadmapStep>();
    const rows = await this.dataSource.getRepository(RoadmapStep).find({
      where: { id: In(ids) },
      select: { id: true, title: true, status: true },
    });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** A calendar date in the reader's language (never shifted by a time zone). */
  private day(actor: Actor, date: string): string {
    return formatDate(`${date}T00:00:00Z`, actor.locale, 'UTC', 'date');
  }
}

function stateLinks(state: RoadmapState) {
  return {
    code: state.code,
    name: state.name,
    href: `/states/${state.code}`,
    roadmapHref: `/states/${state.code}/roadmap`,
  };
}

function progressView(progress: Progress) {
  return {
    percent: progress.percent,
    steps: progress.steps,
    done: progress.byStatus.done,
    doneWeight: progress.doneWeight,
    totalWeight: progress.totalWeight,
    overdue: progress.overdue,
    blocked: progress.blocked,
  };
}

function pillarNames(pillars: readonly PillarSummary[]) {
  const names = new Map(pillars.map((pillar) => [pillar.code, pillar.name]));
  return (code: string) => names.get(code) ?? code;
}

function ownerGroups(candidates: readonly OwnerCandidate[]) {
  return (['state', 'staff', 'expert'] as const)
    .map((group) => ({
      labelKey: `roadmaps.owners.${group}`,
      options: candidates
        .filter((candidate) => candidate.group === group)
        .map((candidate) => ({ value: String(candidate.id), label: candidate.name })),
    }))
    .filter((group) => group.options.length > 0);
}

function shown(
  change: StepFieldChange,
  value: string | null,
  pillarName: (code: string) => string,
): Shown {
  if (value === null)
    return { key: change.field === 'owner' ? 'roadmaps.theState' : 'roadmaps.history.empty' };
  if (change.field === 'status') return { key: `roadmaps.status.${value}` };
  if (change.field === 'pillar') return { text: pillarName(value) };
  return { text: value };
}
