import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';

/**
 * The State a section is drawn for: enough to query by (id), link by (code) and title by
 * (name). The page has already checked, through the visibility policy, that the actor may
 * see this State; a section decides only what of its own it shows.
 */
export interface SpaceState {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly iwgRegionId: number | null;
}

/**
 * One section of a State's space (`/states/:code`), contributed by the module that owns its
 * data (the roadmap, engagements, open requests, recent IWG activity, resources…). The
 * member-states module knows none of them: each module registers its sections when it starts,
 * as home page blocks do (DashboardBlocks).
 */
export interface StateSpaceSection<M extends object = object> {
  /** Unique; also the section's HTML id (`space-<id>`). */
  readonly id: string;
  /** The section's heading, a catalogue key. */
  readonly title: string;
  /** Position on the page after the record, smallest first. */
  readonly order: number;
  /** The partial that draws the section's body from `model` (a file in views/partials/). */
  readonly partial: string;
  /** Whether this member gets the section for this State (by role…). Always when absent. */
  appliesTo?(user: AuthenticatedUser, state: SpaceState): boolean;
  /** The section's view model, empty state included (say what is missing, do not vanish). */
  load(actor: Actor, state: SpaceState): Promise<M>;
}

export interface LoadedSection {
  id: string;
  title: string;
  partial: string;
  /** Absent when the section failed to load: the page says so in its place. */
  model?: object;
}

@Injectable()
export class StateSpaceSections {
  private readonly logger = new Logger('StateSpace');
  private readonly sections: StateSpaceSection[] = [];

  register<M extends object>(section: StateSpaceSection<M>): void {
    if (this.sections.some((known) => known.id === section.id)) {
      throw new Error(`state space section ${section.id} is registered twice`);
    }
    this.sections.push(section);
    this.sections.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  }

  /**
   * The sections of one State's page for one member, loaded in parallel. A section that fails
   * is logged and shown as unavailable: one module's trouble does not take the page down.
   */
  async load(actor: Actor, state: SpaceState): Promise<LoadedSection[]> {
    const user = actor.user;
    if (!user) return [];
    const mine = this.sections.filter((section) => section.appliesTo?.(user, state) ?? true);
    return Promise.all(
      mine.map(async (section): Promise<LoadedSection> => {
        const shape = { id: section.id, title: section.title, partial: section.partial };
        try {
          return { ...shape, model: await section.load(actor, state) };
        } catch (error) {
          this.logger.error(
            {
              err: error,
              section: section.id,
              state: state.code,
              correlationId: actor.correlationId,
            },
            'state space section failed',
          );
          return shape;
        }
      }),
    );
  }
}
