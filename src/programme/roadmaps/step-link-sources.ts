import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';

/** One thing hanging on a step, as the step's page lists it. */
export interface StepLinkItem {
  /** Shown as it is (a title, a name): the source's own data, not a sentence. */
  readonly title: string;
  readonly href: string;
  /** A catalogue reference that says more (a status, dates), when there is more to say. */
  readonly detail?: { readonly key: string; readonly params?: Record<string, string | number> };
}

/**
 * Another module's kind of thing linked to roadmap steps (an expert engagement, later an SOP
 * instance): registered when that module starts, so roadmaps shows what hangs on a step
 * without importing the module. `linksOf` answers, for the steps asked (all of one State, all
 * already checked visible to `actor`), only the items `actor` may see, through the visibility
 * policy; a step with nothing is simply absent from the map.
 */
export interface StepLinkSource {
  /** Unique: `engagement`, `sop`… */
  readonly kind: string;
  /** The heading of the list on the step's page: a catalogue key. */
  readonly label: string;
  linksOf(actor: Actor, stepIds: readonly number[]): Promise<ReadonlyMap<number, StepLinkItem[]>>;
}

export interface StepLinkGroup {
  readonly kind: string;
  readonly label: string;
  readonly items: StepLinkItem[];
  /** The source failed: the page says so in its place, and the rest of the page stands. */
  readonly unavailable: boolean;
}

@Injectable()
export class StepLinkSources {
  private readonly logger = new Logger('StepLinkSources');
  private readonly sources: StepLinkSource[] = [];

  register(source: StepLinkSource): void {
    if (this.sources.some((known) => known.kind === source.kind))
      throw new Error(`step link source ${source.kind} is registered twice`);
    this.sources.push(source);
  }

  kinds(): string[] {
    return this.sources.map((source) => source.kind);
  }

  /** Each source's items for one step, in registration order (empty lists included). */
  async groupsFor(actor: Actor, stepId: number): Promise<StepLinkGroup[]> {
    return Promise.all(
      this.sources.map(async (source): Promise<StepLinkGroup> => {
        try {
          const items = (await source.linksOf(actor, [stepId])).get(stepId) ?? [];
          return { kind: source.kind, label: source.label, items, unavailable: false };
        } catch (error) {
          this.logger.error(
            { err: error, kind: source.kind, stepId, correlationId: actor.correlationId },
            'step link source failed',
          );
          return { kind: source.kind, label: source.label, items: [], unavailable: true };
        }
      }),
    );
  }
}
