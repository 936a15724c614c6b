import { Logger } from '@nestjs/common';
import { ManualClock } from '../../../test/support/manual-clock';
import type { AppConfig } from '../../config/app-config';
import type { WatchlistEntry, WatchlistVersion } from '../../screening/watchlists/watchlist-entry';
import {
  WatchlistIndexSource,
  type SourcedVersion,
  type VersionChanges,
} from './watchlist-index-source';
import { WatchlistIndexService, type VersionActivated } from './watchlist-index.service';

function person(id: string, name: string): WatchlistEntry {
  return {
    id: `csv:${id}`,
    list: 'csv',
    sourceId: id,
    kind: 'individual',
    names: [{ full: name, quality: 'primary' }],
    datesOfBirth: [],
    nationalities: [],
    documents: [],
    programmes: [],
  };
}

/** The database as the service sees it: shared by two services, it stands for two instances. */
class MemorySource extends WatchlistIndexSource {
  current = new Map<number, number[]>();
  entries = new Map<number, WatchlistEntry[]>();
  changed = new Map<number, VersionChanges>();
  /** Holds `versions()` until released: a rebuild in progress. */
  gate: Promise<void> | null = null;
  failNext = false;

  currentVersions(): Promise<Map<number, number[]>> {
    return Promise.resolve(new Map([...this.current].map(([state, ids]) => [state, [...ids]])));
  }

  async versions(ids: readonly number[]): Promise<SourcedVersion[]> {
    if (this.gate) await this.gate;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('database went away');
    }
    return ids.map((id) => {
      const version: WatchlistVersion = {
        kind: 'csv',
        source: `v${id}`,
        entries: this.entries.get(id) ?? [],
        counts: { aliases: 0 },
        skipped: [],
      };
      const fingerprints = new Map(version.entries.map((entry) => [entry.id, `fp-${id}`]));
      return { listId: 1, versionId: id, version, fingerprints };
    });
  }

  changes(versionId: number): Promise<VersionChanges> {
    return Promise.resolve(this.changed.get(versionId) ?? { listId: 1, added: [], changed: [] });
  }

  /** A supervisor loads version `id` of list 1 of State `state`. */
  load(state: number, id: number, entries: WatchlistEntry[], changes: VersionChanges): void {
    this.current.set(state, [id]);
    this.entries.set(id, entries);
    this.changed.set(id, changes);
  }
}

const config = { watchlists: { versionCheckSeconds: 10 } } as AppConfig;

describe('WatchlistIndexService', () => {
  let source: MemorySource;
  let clock: ManualClock;
  let service: WatchlistIndexService;

  async function started(): Promise<WatchlistIndexService> {
    const instance = new WatchlistIndexService(source, clock, config);
    instance.onApplicationBootstrap();
    await instance.settled();
    await new Promise((resolve) => setImmediate(resolve));
    return instance;
  }

  beforeEach(async () => {
    source = new MemorySource();
    clock = new ManualClock();
    source.load(7, 1, [person('1', 'Aldric QUORVEN')], {
      listId: 1,
      added: ['csv:1'],
      changed: [],
    });
    service = await started();
  });
  afterEach(() => service.onApplicationShutdown());

  it('builds each State’s index at start, in the background, without an event', async () => {
    const listener = jest.fn();
    const instance = new WatchlistIndexService(source, clock, config);
    instance.onVersionActivated(listener);
    instance.onApplicationBootstrap();
    expect(instance.current(7)).toBeUndefined();
    await instance.settled();
    expect(instance.current(7)!.versionIds).toEqual([1]);
    expect(instance.current(7)!.index.entryCount).toBe(1);
    expect(instance.current(8)).toBeUndefined();
    expect(listener).not.toHaveBeenCalled();
    instance.onApplicationShutdown();
  });

  it('gives a reader the old complete index while a rebuild runs, then the new one', async () => {
    const old = service.current(7)!;
    let release!: () => void;
    source.gate = new Promise((resolve) => (release = resolve));
    source.load(7, 2, [person('1', 'Aldric QUORVEN'), person('2', 'Ondine VESTRAHL')], {
      listId: 1,
      added: ['csv:2'],
      changed: [],
    });
    service.refresh(7);
    await new Promise((resolve) => setImmediate(resolve));
    expect(service.current(7)).toBe(old);
    expect(service.current(7)!.index.entryCount).toBe(1);
    release();
    source.gate = null;
    await service.settled();
    expect(service.current(7)!.versionIds).toEqual([2]);
    expect(service.current(7)!.index.entryCount).toBe(2);
  });

  it('keeps the old index and logs when a rebuild fails, and tries again at the next check', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const old = service.current(7)!;
    source.load(7, 2, [person('2', 'Ondine VESTRAHL')], { listId: 1, added: [], changed: [] });
    source.failNext = true;
    service.refresh(7);
    await service.settled();
    expect(service.current(7)).toBe(old);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('database went away'));
    error.mockRestore();
    await clock.advance(10_000);
    await service.settled();
    expect(service.current(7)!.versionIds).toEqual([2]);
  });

  it('fires onVersionActivated with the State, the version and the entries added and changed', async () => {
    const events: VersionActivated[] = [];
    const unsubscribe = service.onVersionActivated((event) => {
      events.push(event);
    });
    source.load(7, 2, [person('1', 'Aldric QUORVENNE'), person('2', 'Ondine VESTRAHL')], {
      listId: 1,
      added: ['csv:2'],
      changed: ['csv:1'],
    });
    service.refresh(7);
    await service.settled();
    expect(events).toEqual([
      { stateId: 7, versionId: 2, listId: 1, added: ['csv:2'], changed: ['csv:1'] },
    ]);
    // After the swap: a listener reading the index sees the new version.
    unsubscribe();
    source.load(7, 3, [], { listId: 1, added: [], changed: [] });
    service.refresh(7);
    await service.settled();
    expect(events).toHaveLength(1);
  });

  it('lets an instance that did not load the version learn of it at its next check', async () => {
    const other = await started();
    const heard: VersionActivated[] = [];
    other.onVersionActivated((event) => {
      heard.push(event);
    });
    // This instance loads version 2; the other is not told.
    source.load(7, 2, [person('2', 'Ondine VESTRAHL')], {
      listId: 1,
      added: ['csv:2'],
      changed: [],
    });
    service.refresh(7);
    await service.settled();
    expect(service.current(7)!.versionIds).toEqual([2]);
    expect(other.current(7)!.versionIds).toEqual([1]);
    await clock.advance(10_000);
    await other.settled();
    expect(other.current(7)!.versionIds).toEqual([2]);
    expect(heard.map((event) => event.versionId)).toEqual([2]);
    other.onApplicationShutdown();
  });

  it('keeps one index per State that has lists, and drops it when they go', async () => {
    source.load(9, 5, [person('9', 'Tenzil MARDOVA')], { listId: 3, added: [], changed: [] });
    await service.check();
    expect(service.current(9)!.versionIds).toEqual([5]);
    source.current.delete(9);
    await service.check();
    expect(service.current(9)).toBeUndefined();
    expect(service.current(7)).toBeDefined();
  });
});
