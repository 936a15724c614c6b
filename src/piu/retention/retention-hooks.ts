import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What retention is about to do to a batch of one State's travellers and their hits, inside the
 * transaction that does it: a module keeping rows of its own about hits (a hit's history, its
 * notes) deletes or masks them with the same `manager`, so they go together or not at all.
 */
export interface RetentionBatch {
  readonly manager: EntityManager;
  readonly stateId: number;
  readonly travellerIds: readonly number[];
  readonly hitIds: readonly number[];
}

type Listener = (batch: RetentionBatch) => Promise<void>;

/**
 * The one place other modules learn that retention deletes or depersonalises hits. Register
 * in onModuleInit:
 *
 * ```ts
 * constructor(private readonly retention: RetentionHooks) {}
 * onModuleInit() {
 *   this.retention.onDeleting(({ manager, hitIds }) =>
 *     manager.delete(HitEvent, { hitId: In(hitIds) }).then(() => undefined));
 *   this.retention.onDepersonalising(({ manager, hitIds }) => this.maskNotes(manager, hitIds));
 * }
 * ```
 *
 * Listeners run before the hits are deleted (a foreign key to screening_hit sees its rows go
 * first) and before they are masked; one that throws rolls the batch back, and the run is tried
 * again later.
 */
@Injectable()
export class RetentionHooks {
  private readonly deleting: Listener[] = [];
  private readonly depersonalising: Listener[] = [];

  /** Called before travellers and their hits are deleted. Returns the way to unregister. */
  onDeleting(listener: Listener): () => void {
    return this.add(this.deleting, listener);
  }

  /** Called before travellers' records and their hits' details are masked. */
  onDepersonalising(listener: Listener): () => void {
    return this.add(this.depersonalising, listener);
  }

  async beforeDeleting(batch: RetentionBatch): Promise<void> {
    for (const listener of this.deleting) await listener(batch);
  }

  async beforeDepersonalising(batch: RetentionBatch): Promise<void> {
    for (const listener of this.depersonalising) await listener(batch);
  }

  private add(list: Listener[], listener: Listener): () => void {
    list.push(listener);
    return () => {
      const at = list.indexOf(listener);
      if (at >= 0) list.splice(at, 1);
    };
  }
}
