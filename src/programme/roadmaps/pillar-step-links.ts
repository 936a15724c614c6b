import { In, type DataSource } from 'typeorm';
import { RoadmapStep } from './roadmap-step.entity';
import type { StepLinkItem } from './step-link-sources';

/**
 * For a `StepLinkSources` source whose items belong to a State as a whole (its completed
 * courses, its SOPs in force) and count toward one pillar: the steps among `stepIds` of that
 * pillar, and a function that puts each State's items on each of that State's steps.
 */
export async function pillarSteps(
  dataSource: DataSource,
  stepIds: readonly number[],
  pillar: string,
) {
  const steps =
    stepIds.length === 0
      ? []
      : await dataSource.getRepository(RoadmapStep).find({
          where: { id: In([...stepIds]), pillar },
          select: { id: true, stateId: true },
        });
  return {
    stateIds: [...new Set(steps.map((step) => step.stateId))],
    /** `items` (already limited to what the reader may see) on the steps of their State. */
    link<T>(items: readonly T[], stateOf: (item: T) => number, toLink: (item: T) => StepLinkItem) {
      const links = new Map<number, StepLinkItem[]>();
      for (const step of steps) {
        const mine = items.filter((item) => stateOf(item) === step.stateId).map(toLink);
        if (mine.length > 0) links.set(step.id, mine);
      }
      return links;
    },
  };
}
