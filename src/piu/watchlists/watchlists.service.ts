import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { filterValues } from '../../common/lists/filters';
import { pagedList, pageRequest } from '../../common/lists/paged-list';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../jobs/clock';
import { User } from '../../users/user.entity';
import { isPiuSupervisor, requirePiuSupervisor, stateOf } from '../work-purpose/supervisor';
import type { CreateListDto } from './dto/create-list.dto';
import type { VersionQueryDto } from './dto/version-query.dto';
import { WatchlistChange } from './watchlist-change.entity';
import { DIFF_FIELDS, type FieldChange } from './watchlist-diff';
import { WatchlistIndexService } from './watchlist-index.service';
import { WatchlistSkippedRow } from './watchlist-skipped-row.entity';
import { WatchlistVersionRecord } from './watchlist-version.entity';
import { LIST_KINDS, Watchlist } from './watchlist.entity';

const PAGE_SIZE = 50;

/** A row id from the path: digits only, else the row is simply not there. */
function idOf(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new NotFoundException();
  return Number(value);
}

/**
 * The lists of the analyst's State and their versions: the lists page, a list's page, a
 * version's report and diff, and creating a list. Every row is read with the analyst's State in
 * the query: another State's list or version is not found (404), as if it did not exist.
 * Analysts read everything; supervisors of the PIU create lists and load versions.
 */
@Injectable()
export class WatchlistsService {
  constructor(
    @InjectRepository(Watchlist) private readonly lists: Repository<Watchlist>,
    @InjectRepository(WatchlistVersionRecord)
    private readonly versions: Repository<WatchlistVersionRecord>,
    @InjectRepository(WatchlistChange) private readonly changes: Repository<WatchlistChange>,
    @InjectRepository(WatchlistSkippedRow)
    private readonly skipped: Repository<WatchlistSkippedRow>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
    private readonly indexes: WatchlistIndexService,
    private readonly clock: Clock,
  ) {}

  async listsModel(actor: Actor) {
    const stateId = stateOf(actor);
    const lists = await this.lists.find({
      where: { stateId },
      order: { kind: 'ASC', name: 'ASC' },
    });
    const current = lists.length
      ? await this.versions.findBy(
          lists.flatMap((list) => (list.currentVersionId ? [{ id: list.currentVersionId }] : [])),
        )
      : [];
    const byId = new Map(current.map((version) => [version.id, version]));
    const index = this.indexes.current(stateId);
    return {
      supervisor: isPiuSupervisor(actor),
      kinds: LIST_KINDS,
      indexEntries: index?.index.entryCount ?? null,
      indexBuiltAt: index ? new Date(index.builtAt) : null,
      lists: lists
        .sort((a, b) => LIST_KINDS.indexOf(a.kind) - LIST_KINDS.indexOf(b.kind))
        .map((list) => {
          const version = list.currentVersionId ? byId.get(list.currentVersionId) : undefined;
          return {
            id: list.id,
            name: list.name,
            kindKey: `screening.lists.kind.${list.kind}`,
            version: version
              ? {
                  number: version.number,
                  loadedAt: version.loadedAt,
                  entryCount: version.entryCount,
                  inIndex: index?.versionIds.includes(version.id) ?? false,
                }
              : null,
          };
        }),
    };
  }

  async create(actor: Actor, form: CreateListDto): Promise<Watchlist> {
    requirePiuSupervisor(actor);
    const stateId = stateOf(actor);
    if (await this.lists.existsBy({ stateId, name: form.name })) {
      throw FormError.field('name', 'screening.lists.form.nameTaken');
    }
    const list = await this.lists.save({
      stateId,
      kind: form.kind,
      name: form.name,
      createdById: userOf(actor).id,
      createdAt: new Date(this.clock.now()),
      currentVersionId: null,
    });
    await this.audit.record(actor, {
      action: 'screening.list-created',
      targetType: 'watchlist',
      targetId: list.id,
      details: { list: list.name, kind: list.kind },
    });
    return list;
  }

  /** A list of the actor's State, or 404. */
  async listOf(actor: Actor, id: string): Promise<Watchlist> {
    const list = await this.lists.findOneBy({ id: idOf(id), stateId: stateOf(actor) });
    if (!list) throw new NotFoundException();
    return list;
  }

  /** The list a supervisor loads a version into: 404 for another State's, then 403 for a non-supervisor. */
  async uploadTarget(actor: Actor, id: string): Promise<Watchlist> {
    const list = await this.listOf(actor, id);
    requirePiuSupervisor(actor);
    return list;
  }

  async listModel(actor: Actor, id: string) {
    const list = await this.listOf(actor, id);
    const versions = await this.versions.find({
      where: { watchlistId: list.id },
      order: { number: 'DESC' },
    });
    const names = await this.namesOf(versions.map((version) => version.loadedById));
    return {
      list: {
        id: list.id,
        name: list.name,
        kind: list.kind,
        kindKey: `screening.lists.kind.${list.kind}`,
      },
      supervisor: isPiuSupervisor(actor),
      ofac: list.kind === 'ofac',
      accept: list.kind === 'un' ? '.xml' : '.csv',
      versions: versions.map((version) => ({
        ...this.versionSummary(version, names),
        current: version.id === list.currentVersionId,
      })),
    };
  }

  async versionModel(actor: Actor, listId: string, versionId: string, query: VersionQueryDto) {
    const list = await this.listOf(actor, listId);
    const version = await this.versions.findOneBy({
      id: idOf(versionId),
      watchlistId: list.id,
      stateId: list.stateId,
    });
    if (!version) throw new NotFoundException();
    const names = await this.namesOf([version.loadedById]);
    const previous = version.previousVersionId
      ? await this.versions.findOneBy({ id: version.previousVersionId })
      : null;
    const request = pageRequest(query.page, PAGE_SIZE);
    const path = `/screening/lists/${list.id}/versions/${version.id}`;
    const filters = filterValues(query, ['change', 'show'] as const);
    const showSkipped = query.show === 'skipped';
    let page;
    if (showSkipped) {
      const [rows, total] = await this.skipped.findAndCount({
        where: { versionId: version.id },
        order: { row: 'ASC', id: 'ASC' },
        skip: request.offset,
        take: request.size,
      });
      page = pagedList(
        rows.map((row) => ({ row: row.row, reason: row.reason })),
        total,
        request,
        { path, filters },
      );
    } else {
      const [rows, total] = await this.changes.findAndCount({
        where: { versionId: version.id, ...(query.change ? { change: query.change } : {}) },
        order: { id: 'ASC' },
        skip: request.offset,
        take: request.size,
      });
      page = pagedList(rows.map(changeView), total, request, { path, filters });
    }
    return {
      list: { id: list.id, name: list.name, kindKey: `screening.lists.kind.${list.kind}` },
      version: {
        ...this.versionSummary(version, names),
        current: version.id === list.currentVersionId,
        previousNumber: previous?.number ?? null,
        generatedAt: version.generatedAt,
      },
      showSkipped,
      change: query.change ?? '',
      tabs: [
        {
          href: path,
          labelKey: 'screening.lists.version.allChanges',
          current: !showSkipped && !query.change,
        },
        ...(['added', 'removed', 'changed'] as const).map((change) => ({
          href: `${path}?change=${change}`,
          labelKey: `screening.lists.change.${change}`,
          current: !showSkipped && query.change === change,
        })),
        {
          href: `${path}?show=skipped`,
          labelKey: 'screening.lists.version.skippedTab',
          current: showSkipped,
        },
      ],
      page,
    };
  }

  private versionSummary(version: WatchlistVersionRecord, names: Map<number, string>) {
    return {
      id: version.id,
      number: version.number,
      loadedAt: version.loadedAt,
      loadedBy: names.get(version.loadedById) ?? '',
      fileName: version.fileName,
      fileSha256: version.fileSha256,
      fileSize: version.fileSize,
      entryCount: version.entryCount,
      rowsRead: version.rowsRead,
      skippedCount: version.skippedCount,
      addedCount: version.addedCount,
      removedCount: version.removedCount,
      changedCount: version.changedCount,
      first: version.previousVersionId === null,
    };
  }

  private async namesOf(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await this.users.find({
      select: { id: true, name: true },
      where: unique.map((id) => ({ id })),
    });
    return new Map(users.map((user) => [user.id, user.name]));
  }
}

/** One diff line as the version page draws it: for a changed field, what went and what came. */
function changeView(row: WatchlistChange) {
  const fields = row.fields ? (JSON.parse(row.fields) as FieldChange[]) : [];
  return {
    change: row.change,
    changeKey: `screening.lists.change.${row.change}`,
    reference: row.reference,
    label: row.label,
    fields: fields
      .filter((field) => DIFF_FIELDS.includes(field.field))
      .map((field) => ({
        labelKey: `screening.lists.field.${field.field}`,
        removed: field.before
          .filter((line) => !field.after.includes(line))
          .map(lineOf(field.field)),
        added: field.after.filter((line) => !field.before.includes(line)).map(lineOf(field.field)),
        reordered:
          field.before.length > 0 &&
          field.before.every((line) => field.after.includes(line)) &&
          field.after.every((line) => field.before.includes(line)),
      })),
  };
}

/** Fields whose values are codes the catalogue names (a severity, a kind of entry). */
const CODED_FIELDS = new Set(['severity', 'kind']);

/** A line of a diff: the source's text as it is, or a code's name from the catalogue. */
function lineOf(field: string) {
  return (line: string) =>
    CODED_FIELDS.has(field) ? { key: `screening.lists.value.${field}.${line}` } : { text: line };
}
