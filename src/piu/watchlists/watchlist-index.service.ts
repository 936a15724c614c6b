import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { Clock, type ClockTimer } from '../../jobs/clock';
import { WatchlistIndex } from '../../screening/matching/watchlist-index';
import { WatchlistIndexSource } from './watchlist-index-source';

/** A State's index as it stands: complete, with the versions it covers (its version stamp). */
export interface StateIndex {
  readonly stateId: number;
  readonly index: WatchlistIndex;
  /** The ids of the versions it was built from, one per list of the State, ascending. */
  readonly versionIds: readonly number[];
  readonly builtAt: number;
  /** Entry reference → its list, version and fingerprint: what a hit records. */
  readonly origins: ReadonlyMap<string, EntryOrigin>;
}

export interface EntryOrigin {
  readonly listId: number;
  readonly versionId: number;
  readonly fingerprint: string;
}

/**
 * A version that has become active in this instance's index: the re-screening of upcoming
 * flights listens for it. Every instance fires it for the versions it learns of (the one that
 * loaded it and the others), so a listener that queues work names the job after the version
 * (`jobId`) to queue it once.
 */
export interface VersionActivated {
  readonly stateId: number;
  readonly listId: number;
  readonly versionId: number;
  /** Entry references (`csv:NAT-0001`) new in this version, and those whose fields changed. */
  readonly added: readonly string[];
  readonly changed: readonly string[];
}

export type VersionListener = (event: VersionActivated) => void | Promise<void>;

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * One long-lived watchlist index per State that has lists, over the current versions of all
 * its lists, built from the database rows (never from files).
 *
 * - `current(stateId)` never waits: it returns the last complete index. A rebuild builds a new
 *   WatchlistIndex beside the old one and replaces it in one assignment once it is complete,
 *   so a reader holds either the old index or the new one, never half of one. A rebuild that
 *   fails is logged and leaves the old index in place; the next check tries again.
 * - Start-up does not wait: the first indexes are built in the background after bootstrap.
 * - The instance that loads a version rebuilds at once (`refresh`, off the request path).
 *   Other instances (REDIS_URL, several portals on one database) learn of it by a version
 *   check on a timer: every WATCHLIST_CHECK_SECONDS one small query reads the current version
 *   of each list and rebuilds the States whose stamp differs. Chosen over a Redis pub/sub
 *   message because a message published while an instance is disconnected (a Redis restart,
 *   an instance starting) is lost for good, while the check heals by itself, needs no Redis,
 *   and costs one indexed query of a row per list. The job runner is not used for it: with
 *   Redis its jobs run on one instance only, and every instance must rebuild its own index.
 * - Building the index itself is synchronous work on this thread (about a second for OFAC's
 *   18,000 entries, see bench/lists.bench.ts); requests wait for the event loop meanwhile but
 *   never for the index.
 */
@Injectable()
export class WatchlistIndexService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WatchlistIndex');
  private readonly indexes = new Map<number, StateIndex>();
  /** The rebuild running per State, and whether another was asked for meanwhile. */
  private readonly running = new Map<number, Promise<void>>();
  private readonly again = new Set<number>();
  private readonly listeners = new Set<VersionListener>();
  private readonly intervalMs: number;
  private timer: ClockTimer | null = null;
  private checking: Promise<void> | null = null;
  private stopped = false;
  /** Versions present when the instance started are not "activated": nothing new to re-screen. */
  private started = false;

  constructor(
    private readonly source: WatchlistIndexSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intervalMs = config.watchlists.versionCheckSeconds * 1000;
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    // In the background: the portal answers while the first indexes are being built.
    void this.check().finally(() => {
      this.started = true;
      this.schedule();
    });
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) this.clock.clearTimer(this.timer);
    this.timer = null;
  }

  /**
   * Whether the first indexes (of the lists present at start) are built: until then, a State
   * without an index may still be building one, and screening waits rather than screen
   * against nothing.
   */
  get ready(): boolean {
    return this.started;
  }

  /** The State's last complete index, or undefined when it has no list loaded (or not yet). */
  current(stateId: number): StateIndex | undefined {
    return this.indexes.get(stateId);
  }

  /** Calls `listener` for each version that becomes active here; returns the unsubscribe. */
  onVersionActivated(listener: VersionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A version was loaded for this State: rebuild in the background, the caller does not wait. */
  refresh(stateId: number): void {
    void this.rebuild(stateId);
  }

  /** Resolves once no check or rebuild is running (tests, the bench, the seed). */
  async settled(): Promise<void> {
    for (;;) {
      const pending = [...this.running.values(), ...(this.checking ? [this.checking] : [])];
      if (pending.length === 0) return;
      await Promise.allSettled(pending);
    }
  }

  /** Compares every State's stamp with the database and rebuilds those that differ. */
  check(): Promise<void> {
    this.checking ??= this.compare().finally(() => (this.checking = null));
    return this.checking;
  }

  private async compare(): Promise<void> {
    let stamps: Map<number, number[]>;
    try {
      stamps = await this.source.currentVersions();
    } catch (error) {
      this.logger.error(`version check failed: ${describe(error)}`);
      return;
    }
    const rebuilds: Promise<void>[] = [];
    for (const [stateId, versionIds] of stamps) {
      const known = this.indexes.get(stateId);
      if (!known || !sameIds(known.versionIds, versionIds)) rebuilds.push(this.rebuild(stateId));
    }
    // A State whose lists all went: no index kept for it.
    for (const stateId of this.indexes.keys()) {
      if (!stamps.has(stateId)) this.indexes.delete(stateId);
    }
    await Promise.all(rebuilds);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.clock.setTimer(() => {
      this.timer = null;
      void this.check().finally(() => this.schedule());
    }, this.intervalMs);
  }

  /** One rebuild per State at a time; one more after it when asked for meanwhile. */
  private rebuild(stateId: number): Promise<void> {
    const running = this.running.get(stateId);
    if (running) {
      this.again.add(stateId);
      return running;
    }
    const work = this.build(stateId).finally(() => {
      this.running.delete(stateId);
      if (this.again.delete(stateId)) void this.rebuild(stateId);
    });
    this.running.set(stateId, work);
    return work;
  }

  private async build(stateId: number): Promise<void> {
    const previous = this.indexes.get(stateId);
    let next: StateIndex;
    try {
      const versionIds = (await this.source.currentVersions()).get(stateId) ?? [];
      if (versionIds.length === 0) {
        this.indexes.delete(stateId);
        return;
      }
      if (previous && sameIds(previous.versionIds, versionIds)) return;
      const versions = await this.source.versions(versionIds);
      const origins = new Map<string, EntryOrigin>();
      for (const { listId, versionId, fingerprints } of versions)
        for (const [reference, fingerprint] of fingerprints)
          origins.set(reference, { listId, versionId, fingerprint });
      next = {
        stateId,
        // Sliced, so that pages and the carrier API keep answering while a large list is indexed.
        index: await WatchlistIndex.build(
          versions.map((each) => each.version),
          {},
          () => new Promise((resolve) => setImmediate(resolve)),
        ),
        versionIds,
        builtAt: this.clock.now(),
        origins,
      };
    } catch (error) {
      this.logger.error(
        `rebuilding the watchlist index of State ${stateId} failed; the previous index stays in use: ${describe(error)}`,
      );
      return;
    }
    // The swap: one assignment, after the new index is complete.
    this.indexes.set(stateId, next);
    if (!this.started) return;
    const known = new Set(previous?.versionIds ?? []);
    for (const versionId of next.versionIds.filter((id) => !known.has(id))) {
      await this.announce(stateId, versionId);
    }
  }

  private async announce(stateId: number, versionId: number): Promise<void> {
    if (this.listeners.size === 0) return;
    try {
      const changes = await this.source.changes(versionId);
      const event: VersionActivated = { stateId, versionId, ...changes };
      for (const listener of this.listeners) {
        try {
          await listener(event);
        } catch (error) {
          this.logger.error(`a listener of version ${versionId} failed: ${describe(error)}`);
        }
      }
    } catch (error) {
      this.logger.error(`reading the changes of version ${versionId} failed: ${describe(error)}`);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
