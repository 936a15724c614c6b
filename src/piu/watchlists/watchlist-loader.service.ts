import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../jobs/clock';
import type { WatchlistEntry, WatchlistVersion } from '../../screening/watchlists/watchlist-entry';
import { WatchlistChange } from './watchlist-change.entity';
import {
  compareFingerprints,
  entryLabel,
  fieldChanges,
  fingerprintOf,
  type EntryFingerprint,
} from './watchlist-diff';
import { WatchlistEntryRecord } from './watchlist-entry.entity';
import { WatchlistIndexService } from './watchlist-index.service';
import { WatchlistSkippedRow } from './watchlist-skipped-row.entity';
import { WatchlistVersionRecord } from './watchlist-version.entity';
import { Watchlist } from './watchlist.entity';

/** The uploaded file(s) a version came from. */
export interface LoadedFile {
  name: string;
  sha256: string;
  size: number;
}

/** Rows per INSERT: few round trips, and well inside SQLite's and MariaDB's limits. */
const BATCH = 400;

/**
 * Writes a new version of a list: the version with its import report, its entries (the
 * normalised WatchlistEntry as JSON with its reference and fingerprint), its diff against the
 * version before, and the list's pointer to it, all in one transaction, with batched inserts
 * (OFAC's 18,000 entries in a few dozen statements). Then the State's index is rebuilt in the
 * background. The caller has checked the list is the actor's State's and the actor a supervisor.
 */
@Injectable()
export class WatchlistLoaderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly indexes: WatchlistIndexService,
    private readonly clock: Clock,
  ) {}

  async load(
    actor: Actor,
    list: Watchlist,
    imported: WatchlistVersion,
    file: LoadedFile,
  ): Promise<WatchlistVersionRecord> {
    const user = userOf(actor);
    const entries = imported.entries.map((entry) => ({
      entry,
      reference: entry.id,
      fingerprint: fingerprintOf(entry),
    }));
    const saved = await this.dataSource.transaction(async (manager) => {
      // One load per list at a time: this write takes the list's row lock, so a second upload
      // of the same list waits here, then numbers and diffs itself after the first.
      await manager
        .getRepository(Watchlist)
        .createQueryBuilder()
        .update()
        .set({ currentVersionId: () => 'current_version_id' })
        .where('id = :id', { id: list.id })
        .execute();
      const previousId = (await manager.getRepository(Watchlist).findOneByOrFail({ id: list.id }))
        .currentVersionId;
      const last = await manager
        .getRepository(WatchlistVersionRecord)
        .createQueryBuilder('version')
        .select('MAX(version.number)', 'number')
        .where('version.watchlistId = :list', { list: list.id })
        .getRawOne<{ number: number | null }>();
      // A first version is all added: its entries are new to the State's screening.
      const diff = await this.diff(manager, previousId, entries);
      const version = await manager.getRepository(WatchlistVersionRecord).save({
        watchlistId: list.id,
        stateId: list.stateId,
        number: Number(last?.number ?? 0) + 1,
        previousVersionId: previousId,
        loadedById: user.id,
        loadedAt: new Date(this.clock.now()),
        fileName: file.name.slice(0, 255),
        fileSha256: file.sha256,
        fileSize: file.size,
        generatedAt: imported.generatedAt?.slice(0, 40) ?? null,
        entryCount: entries.length,
        rowsRead: entries.length + imported.skipped.length,
        skippedCount: imported.skipped.length,
        addedCount: diff.added.length,
        removedCount: diff.removed.length,
        changedCount: diff.changed.length,
      });
      await insertBatches(
        manager,
        WatchlistEntryRecord,
        entries.map(({ entry, reference, fingerprint }) => ({
          versionId: version.id,
          reference,
          fingerprint,
          data: JSON.stringify(entry),
        })),
      );
      await insertBatches(
        manager,
        WatchlistSkippedRow,
        imported.skipped.map((skipped) => ({
          versionId: version.id,
          row: skipped.row,
          reason: skipped.reason.slice(0, 500),
        })),
      );
      await insertBatches(manager, WatchlistChange, [
        ...diff.rows.map((row) => ({ versionId: version.id, ...row })),
      ]);
      await manager
        .getRepository(Watchlist)
        .update({ id: list.id }, { currentVersionId: version.id });
      await this.audit.record(
        actor,
        {
          action: 'screening.list-version-loaded',
          targetType: 'watchlist',
          targetId: list.id,
          details: {
            list: list.name,
            version: version.number,
            file: version.fileName,
            entries: version.entryCount,
            skipped: version.skippedCount,
            added: version.addedCount,
            removed: version.removedCount,
            changed: version.changedCount,
          },
        },
        manager,
      );
      return version;
    });
    list.currentVersionId = saved.id;
    this.indexes.refresh(list.stateId);
    return saved;
  }

  /** Added, removed and changed entries against the previous version, with the rows to store. */
  private async diff(
    manager: EntityManager,
    previousId: number | null,
    entries: { entry: WatchlistEntry; reference: string; fingerprint: string }[],
  ) {
    const records = manager.getRepository(WatchlistEntryRecord);
    const previous: EntryFingerprint[] = previousId
      ? await records.find({
          select: { reference: true, fingerprint: true },
          where: { versionId: previousId },
        })
      : [];
    const found = compareFingerprints(previous, entries);
    const byReference = new Map(entries.map((e) => [e.reference, e.entry]));
    const rows: Omit<WatchlistChange, 'id' | 'version' | 'versionId'>[] = [];
    for (const reference of found.added) {
      rows.push({
        change: 'added',
        reference,
        label: entryLabel(byReference.get(reference)!),
        fields: null,
      });
    }
    const before = new Map<string, WatchlistEntry>();
    const wanted = [...found.removed, ...found.changed];
    for (let start = 0; start < wanted.length; start += BATCH) {
      const rowsBefore = await records.find({
        select: { reference: true, data: true },
        where: { versionId: previousId!, reference: In(wanted.slice(start, start + BATCH)) },
      });
      for (const row of rowsBefore)
        before.set(row.reference, JSON.parse(row.data) as WatchlistEntry);
    }
    for (const reference of found.removed) {
      rows.push({
        change: 'removed',
        reference,
        label: entryLabel(before.get(reference)!),
        fields: null,
      });
    }
    for (const reference of found.changed) {
      const after = byReference.get(reference)!;
      rows.push({
        change: 'changed',
        reference,
        label: entryLabel(after),
        fields: JSON.stringify(fieldChanges(before.get(reference)!, after)),
      });
    }
    return { ...found, rows };
  }
}

async function insertBatches<T extends object>(
  manager: EntityManager,
  target: new () => T,
  rows: Partial<T>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(start, start + BATCH) as never)
      .updateEntity(false)
      .execute();
  }
}
