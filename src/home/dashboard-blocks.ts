import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';

/**
 * One block of the member's home page, contributed by the module that owns its data (pending
 * invitations, unread threads, newest resources, meetings, action items…). The home module
 * knows none of them: each module registers its blocks when it starts.
 */
export interface DashboardBlock<M extends object = object> {
  /** Unique; also the block's HTML id (`dash-<id>`). */
  readonly id: string;
  /** The block's heading, a catalogue key. */
  readonly title: string;
  /** Position on the page, smallest first. */
  readonly order: number;
  /** The partial that draws the block's body from `model` (a file in views/partials/). */
  readonly partial: string;
  /** Whether this member gets the block at all (by role, State…). Every member when absent. */
  appliesTo?(user: AuthenticatedUser): boolean;
  /**
   * The block's view model for this member, empty state included: a block with nothing to
   * show says what to do next rather than disappearing.
   */
  load(actor: Actor): Promise<M>;
}

export interface LoadedBlock {
  id: string;
  title: string;
  partial: string;
  /** Absent when the block failed to load: the page says so in its place. */
  model?: object;
}

@Injectable()
export class DashboardBlocks {
  private readonly logger = new Logger('Dashboard');
  private readonly blocks: DashboardBlock[] = [];

  register<M extends object>(block: DashboardBlock<M>): void {
    if (this.blocks.some((known) => known.id === block.id)) {
      throw new Error(`dashboard block ${block.id} is registered twice`);
    }
    this.blocks.push(block);
    this.blocks.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  }

  /**
   * The blocks of one member's page, loaded in parallel. A block that fails is logged and
   * shown as unavailable: one module's trouble does not take the home page down.
   */
  async load(actor: Actor): Promise<LoadedBlock[]> {
    const user = actor.user;
    if (!user) return [];
    const mine = this.blocks.filter((block) => block.appliesTo?.(user) ?? true);
    return Promise.all(
      mine.map(async (block): Promise<LoadedBlock> => {
        try {
          return { ...this.shape(block), model: await block.load(actor) };
        } catch (error) {
          this.logger.error(
            { err: error, block: block.id, correlationId: actor.correlationId },
            'dashboard block failed',
          );
          return this.shape(block);
        }
      }),
    );
  }

  private shape(block: DashboardBlock): LoadedBlock {
    return { id: block.id, title: block.title, partial: block.partial };
  }
}
