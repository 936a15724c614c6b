import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not, IsNull } from 'typeorm';
import type { WatchlistEntry, WatchlistVersion } from '../../screening/watchlists/watchlist-entry';
import { WatchlistChange } from './watchlist-change.entity';
import { WatchlistEntryRecord } from './watchlist-entry.entity';
import { WatchlistVersionRecord } from './watchlist-version.entity';
import { Watchlist } from './watchlist.entity';

/** What became active with a version: its list and the references added and changed. */
export interface VersionChanges {
  listId: number;
  added: string[];
  changed: string[];
}

/** A version as the index is built from it: the engine's entries and where each came from. */
export interface SourcedVersion {
  readonly listId: number;
  readonly versionId: number;
  readonly version: WatchlistVersion;
  /** Entry reference → fingerprint (SHA-256 of the entry as imported). */
  readonly fingerprints: ReadonlyMap<string, string>;
}

/**
 * Where the index service reads the lists from. The database gives it here; a unit test gives
 * it an in-memory one (two services over one source stand for two instances over one database).
 */
export abstract class WatchlistIndexSource {
  /** Each State that has lists → the ids of its lists' current versions, ascending. */
  abstract currentVersions(): Promise<Map<number, number[]>>;
  /** The entries of these versions, as the importers made them, one per version. */
  abstract versions(versionIds: readonly number[]): Promise<SourcedVersion[]>;
  abstract changes(versionId: number): Promise<VersionChanges>;
}

/** Rows read per query when the index is built: bounded memory for the driver's buffers. */
const PAGE = 5_000;

@Injectable()
export class DatabaseWatchlistIndexSource extends WatchlistIndexSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  /** One small indexed query (a row per list): cheap enough to run every few seconds. */
  async currentVersions(): Promise<Map<number, number[]>> {
    const rows = await this.dataSource.getRepository(Watchlist).find({
      select: { stateId: true, currentVersionId: true },
      where: { currentVersionId: Not(IsNull()) },
    });
    const byState = new Map<number, number[]>();
    for (const row of rows) {
      const ids = byState.get(row.stateId) ?? [];
      ids.push(row.currentVersionId!);
      byState.set(row.stateId, ids);
    }
    for (const ids of byState.values()) ids.sort((a, b) => a - b);
    return byState;
  }

  async versions(versionIds: readonly number[]): Promise<SourcedVersion[]> {
    const records = await this.dataSource
      .getRepository(WatchlistVersionRecord)
      .find({ where: { id: In([...versionIds]) }, relations: { watchlist: true } });
    const entries = this.dataSource.getRepository(WatchlistEntryRecord);
    const versions: SourcedVersion[] = [];
    for (const record of records.sort((a, b) => a.id - b.id)) {
      const list: WatchlistEntry[] = [];
      const fingerprints = new Map<string, string>();
      // Keyset pages by id: each query reads the next rows through the primary key.
      for (let after = 0; ;) {
        const rows = await entries
          .createQueryBuilder('entry')
          .select(['entry.id', 'entry.reference', 'entry.fingerprint', 'entry.data'])
          .where('entry.versionId = :version AND entry.id > :after', {
            version: record.id,
            after,
          })
          .orderBy('entry.id', 'ASC')
          .take(PAGE)
          .getMany();
        for (const row of rows) {
          list.push(JSON.parse(row.data) as WatchlistEntry);
          fingerprints.set(row.reference, row.fingerprint);
        }
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1].id;
      }
      versions.push({
        listId: record.watchlistId,
        versionId: record.id,
        version: {
          kind: record.watchlist.kind,
          source: record.fileName,
          entries: list,
          counts: { aliases: 0 },
          skipped: [],
        },
        fingerprints,
      });
    }
    return versions;
  }

  async changes(versionId: number): Promise<VersionChanges> {
    const version = await this.dataSource
      .getRepository(WatchlistVersionRecord)
      .findOneByOrFail({ id: versionId });
    const rows = await this.dataSource.getRepository(WatchlistChange).find({
      select: { reference: true, change: true },
      where: { versionId, change: In(['added', 'changed']) },
      order: { id: 'ASC' },
    });
    return {
      listId: version.watchlistId,
      added: rows.filter((row) => row.change === 'added').map((row) => row.reference),
      changed: rows.filter((row) => row.change === 'changed').map((row) => row.reference),
    };
  }
}
