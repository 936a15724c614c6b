import type { Actor } from '../../common/actor/actor';
import { translate } from '../../common/i18n/translator';
import type { PillarSummary } from '../../organisations/reference-data.cache';
import { ganttSvg } from './gantt-svg';
import type { RoadmapState } from './roadmap-access';
import { isOverdue, type Progress } from './roadmap-progress';
import type { RoadmapStep } from './roadmap-step.entity';
import { STEP_STATUSES, type StepStatus } from './step-status';

/**
 * The roadmap's Gantt for one reader: the drawing (gantt-svg.ts) with its words in the reader's
 * language, wide (the page on a large screen, the State's PDF report) or narrow (the page on a
 * phone; its ids apart, as both are in the page). Exported for other pages that draw a State's
 * timeline.
 */
export function roadmapTimeline(
  actor: Pick<Actor, 'locale'>,
  state: Pick<RoadmapState, 'code' | 'name'>,
  steps: readonly Pick<RoadmapStep, 'id' | 'title' | 'pillar' | 'startOn' | 'dueOn' | 'status'>[],
  dependencies: ReadonlyMap<number, readonly number[]>,
  pillars: readonly PillarSummary[],
  overall: Progress,
  today: string,
  layout: 'wide' | 'narrow' = 'wide',
): string {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(actor.locale, key, params);
  const starts = steps.map((step) => step.startOn).sort();
  const dues = steps.map((step) => step.dueOn).sort();
  return ganttSvg({
    steps: steps.map((step) => ({
      id: step.id,
      title: step.title,
      pillar: step.pillar,
      startOn: step.startOn,
      dueOn: step.dueOn,
      status: step.status,
      overdue: isOverdue(step, today),
      dependsOn: dependencies.get(step.id) ?? [],
      href: `/states/${state.code}/roadmap/steps/${step.id}`,
    })),
    pillars: pillars.map((pillar) => pillar.code),
    today,
    layout,
    idPrefix: layout === 'narrow' ? 'gantt-narrow' : 'gantt',
    labels: {
      title: t('roadmaps.timeline.title', { state: state.name }),
      description: steps.length
        ? t('roadmaps.timeline.description', {
            count: steps.length,
            from: starts[0],
            to: dues[dues.length - 1],
            done: overall.byStatus.done,
            overdue: overall.overdue,
            blocked: overall.blocked,
          })
        : t('roadmaps.timeline.empty'),
      today: t('roadmaps.timeline.today'),
      overdue: t('roadmaps.overdue'),
      empty: t('roadmaps.timeline.empty'),
      status: Object.fromEntries(
        STEP_STATUSES.map((status) => [status, t(`roadmaps.status.${status}`)]),
      ) as Record<StepStatus, string>,
      pillars: Object.fromEntries(pillars.map((pillar) => [pillar.code, pillar.name])),
    },
  });
}
