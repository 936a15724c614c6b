import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { Clock } from '../../jobs/clock';
import { OPEN_HIT_STATUSES, ScreeningHit } from '../pipeline/screening-hit.entity';

/**
 * How long a State's count is reused. The pipeline raises hits in any instance and tells
 * browsers, not this cache; open pages count the new hits themselves (the badge's script), and
 * a page loaded later is at most this far behind.
 */
export const OPEN_HITS_TTL_MS = 15_000;

/**
 * Each State's number of open hits, for the navigation's screening entry on every page of its
 * analysts: one COUNT on the (stateId, status, …) index per State at most every
 * OPEN_HITS_TTL_MS, shared by all its analysts (the number is the State's, not a person's), and
 * one query at a time per State however many pages ask at once. The hit workflow, which knows
 * the new number after a change (`screening.hitChanged`'s `openHits`), may hand it over with
 * `set`; `forget` drops it.
 */
@Injectable()
export class OpenHitCounts {
  private readonly counts = new Map<number, { count: number; at: number }>();
  private readonly counting = new Map<number, Promise<number>>();

  constructor(
    @InjectRepository(ScreeningHit) private readonly hits: Repository<ScreeningHit>,
    private readonly clock: Clock,
  ) {}

  /** The cached count while it is fresh (no I/O: what a page asks first). */
  peek(stateId: number): number | undefined {
    const cached = this.counts.get(stateId);
    return cached && this.clock.now() - cached.at < OPEN_HITS_TTL_MS ? cached.count : undefined;
  }

  get(stateId: number): Promise<number> {
    const cached = this.peek(stateId);
    if (cached !== undefined) return Promise.resolve(cached);
    let pending = this.counting.get(stateId);
    if (!pending) {
      const startedAt = this.clock.now();
      pending = this.hits
        .countBy({ stateId, status: In([...OPEN_HIT_STATUSES]) })
        .then((count) => {
          const known = this.counts.get(stateId);
          // A number handed over while this one was counted is the newer one.
          if (!known || known.at <= startedAt) this.counts.set(stateId, { count, at: startedAt });
          return count;
        })
        .finally(() => this.counting.delete(stateId));
      this.counting.set(stateId, pending);
    }
    return pending;
  }

  /** The State's count as someone who just changed a hit knows it. */
  set(stateId: number, count: number): void {
    this.counts.set(stateId, { count, at: this.clock.now() });
  }

  forget(stateId: number): void {
    this.counts.delete(stateId);
  }
}
