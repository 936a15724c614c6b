import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { Clock } from '../../jobs/clock';
import { OPEN_HIT_STATUSES, ScreeningHit } from '../pipeline/screening-hit.entity';

/**
 * How long a State's count is reused while no hit has been raised anywhere. Status changes
 * made on another instance (which hands its number to its own cache only) show on page loads
 * here after at most this long; open pages follow them live (`screening.hitChanged`).
 */
export const OPEN_HITS_TTL_MS = 15_000;

interface Counted {
  count: number;
  /** The highest hit id when it was counted: a new hit anywhere makes it stale. */
  lastHitId: number;
  at: number;
}

/**
 * Each State's number of open hits, for the navigation's screening entry on every page of its
 * analysts. A page asks the table's highest id (the primary key's end: no scan) and reuses the
 * State's count while no hit was raised since and it is younger than OPEN_HITS_TTL_MS;
 * otherwise it counts again, one COUNT on the (stateId, status, …) index, one at a time per
 * State however many pages ask at once. The number is the State's, shared by its analysts.
 * The hit workflow, which knows the new number after a change (`screening.hitChanged`'s
 * `openHits`), may hand it over with `set`; `forget` drops it.
 */
@Injectable()
export class OpenHitCounts {
  private readonly counts = new Map<number, Counted>();
  private readonly counting = new Map<number, Promise<number>>();

  constructor(
    @InjectRepository(ScreeningHit) private readonly hits: Repository<ScreeningHit>,
    private readonly clock: Clock,
  ) {}

  async get(stateId: number): Promise<number> {
    const lastHitId = await this.lastHitId();
    const cached = this.counts.get(stateId);
    if (cached && cached.lastHitId === lastHitId && this.clock.now() - cached.at < OPEN_HITS_TTL_MS)
      return cached.count;
    let pending = this.counting.get(stateId);
    if (!pending) {
      const at = this.clock.now();
      pending = this.hits
        .countBy({ stateId, status: In([...OPEN_HIT_STATUSES]) })
        .then((count) => {
          const known = this.counts.get(stateId);
          // A number handed over while this one was counted is the newer one.
          if (!known || known.at <= at) this.counts.set(stateId, { count, lastHitId, at });
          return count;
        })
        .finally(() => this.counting.delete(stateId));
      this.counting.set(stateId, pending);
    }
    return pending;
  }

  /** The State's count as someone who just changed a hit knows it. */
  set(stateId: number, count: number): void {
    const known = this.counts.get(stateId);
    this.counts.set(stateId, {
      count,
      lastHitId: known?.lastHitId ?? -1,
      at: this.clock.now(),
    });
  }

  forget(stateId: number): void {
    this.counts.delete(stateId);
  }

  private async lastHitId(): Promise<number> {
    const row = await this.hits
      .createQueryBuilder('hit')
      .select('MAX(hit.id)', 'id')
      .getRawOne<{ id: number | string | null }>();
    return Number(row?.id ?? 0);
  }
}
