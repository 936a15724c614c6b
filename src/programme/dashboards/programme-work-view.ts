import { formatDate } from '../../common/i18n/intl-format';
import type { Progress } from '../roadmaps/roadmap-progress';
import type { ProgrammeOverview } from './programme-overview.service';

/** How many overdue steps, blocked steps and engagements the dashboard and the report list. */
export const LISTED = 10;

const DAY_MS = 86_400_000;

/** A progress figure as pages and reports show it: a percentage (null: nothing to measure). */
export interface ProgressFigure {
  readonly percent: number | null;
  /** percent / 100, for a locale's percent format. */
  readonly share: number | null;
  readonly steps: number;
  readonly done: number;
  readonly overdue: number;
  readonly blocked: number;
}

function figure(progress: Progress): ProgressFigure {
  return {
    percent: progress.percent,
    share: progress.percent === null ? null : progress.percent / 100,
    steps: progress.steps,
    done: progress.byStatus.done,
    overdue: progress.overdue,
    blocked: progress.blocked,
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The roadmaps and engagements of the overview as the reader may see them (`disclosure`), in
 * the pillar of the filter: progress per pillar across the States and the counts for everyone;
 * for staff and admins also the overdue and blocked steps (with why), who is engaged where,
 * and each State's figures. Dates in the reader's language.
 */
export function workView(overview: ProgrammeOverview, locale: string) {
  const full = overview.disclosure === 'full';
  const { progress, running } = overview.work;
  const pillarCode = overview.pillar?.code ?? null;
  const pillarName = new Map(overview.pillars.map((pillar) => [pillar.code, pillar.name]));
  const inPillar = (item: { pillar: string }) => pillarCode === null || item.pillar === pillarCode;
  const ofPillar = (of: {
    overall: Progress;
    pillars: readonly (Progress & { pillar: string })[];
  }) =>
    (pillarCode === null ? null : of.pillars.find((pillar) => pillar.pillar === pillarCode)) ??
    of.overall;
  const date = (day: string) => formatDate(`${day}T00:00:00Z`, locale, 'UTC', 'date');
  /** What the overdue and the blocked lists show of a step, before their own column. */
  const stepRow = (step: { stateName: string; title: string; href: string; pillar: string }) => ({
    state: step.stateName,
    title: step.title,
    href: step.href,
    pillar: pillarName.get(step.pillar) ?? step.pillar,
  });
  // The first rows of a list, for readers who see State-level detail; nothing for the others.
  const listed = <T, V>(rows: readonly T[], view: (row: T) => V): V[] =>
    full ? rows.slice(0, LISTED).map(view) : [];
  const overdue = progress.overdue.filter(inPillar);
  const blocked = progress.blocked.filter(inPillar);
  const engagements = running.filter(inPillar);
  const runningIn = new Map<number, number>();
  for (const engagement of engagements)
    runningIn.set(engagement.stateId, (runningIn.get(engagement.stateId) ?? 0) + 1);
  return {
    statesWithRoadmap: progress.states.size,
    headline: figure(ofPillar(progress)),
    pillars: progress.pillars.map((pillar) => ({
      code: pillar.pillar,
      name: pillarName.get(pillar.pillar) ?? pillar.pillar,
      current: pillar.pillar === pillarCode,
      ...figure(pillar),
    })),
    overdueCount: overdue.length,
    blockedCount: blocked.length,
    engagementCount: engagements.length,
    engagementStates: runningIn.size,
    overdue: listed(overdue, (step) => ({
      ...stepRow(step),
      due: date(step.dueOn),
      daysLate: daysBetween(step.dueOn, progress.today),
    })),
    blocked: listed(blocked, (step) => ({
      ...stepRow(step),
      reason: step.blockedReason ?? '',
    })),
    engagements: listed(engagements, (engagement) => ({
      state: engagement.stateName,
      expert: engagement.expertName,
      topic: engagement.topic,
      pillar: pillarName.get(engagement.pillar) ?? engagement.pillar,
      until: date(engagement.endsOn),
      href: engagement.href,
    })),
    states: full
      ? overview.shown
          .filter((state) => state.status !== null || progress.states.has(state.id))
          .map((state) => {
            const own = progress.states.get(state.id);
            return {
              code: state.code,
              name: state.name,
              href: `/states/${state.code}`,
              statusKey: `status.${state.status ?? 'none'}`,
              progress: own ? figure(ofPillar(own)) : null,
              engagements: runningIn.get(state.id) ?? 0,
            };
          })
      : [],
  };
}
