import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  InsertEvent,
  RemoveEvent,
  UpdateEvent,
} from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';
import type { SearchDocument } from '../search-document';
import { SearchEntry } from '../search-entry.entity';
import { SearchIndex } from '../search-index.service';
import { SearchSources, type SearchSource } from '../search-sources';
import { memberDocument, type MemberRow } from './member-document';

/** Changes to these columns change what a member entry says or who may find it. */
const USER_FIELDS = ['name', 'role', 'active', 'organisationId'];
const ORGANISATION_FIELDS = ['name', 'code', 'iwgRegionId'];

/**
 * The portal's people in the search index: active users only, kept current in the transaction
 * that changes them. A TypeORM subscriber on User and Organisation sees every insert, save and
 * update, wherever it is made (account creation, profile, role change, deactivation, a State
 * joining an IWG region): a user saved whole is refreshed alone; an update by criteria (which
 * does not say which rows it touched) brings all member entries up to date by comparison, which
 * writes only the entries that differ. `search:reindex` rebuilds them from scratch.
 */
@Injectable()
export class MemberSearchSource
  implements SearchSource, EntitySubscriberInterface, OnModuleInit, OnApplicationBootstrap
{
  readonly kind = 'member' as const;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly sources: SearchSources,
  ) {
    dataSource.subscribers.push(this);
  }

  onModuleInit(): void {
    this.sources.register(this);
  }

  /** A portal upgraded to search starts with an empty index: its members are put in once. */
  async onApplicationBootstrap(): Promise<void> {
    if (await this.dataSource.getRepository(SearchEntry).existsBy({ kind: 'member' })) return;
    await this.dataSource.transaction((manager) => this.synchronise(manager));
  }

  async *documents(manager: EntityManager): AsyncIterable<readonly SearchDocument[]> {
    yield (await this.rows(manager)).map(memberDocument);
  }

  /** Brings one user's entry up to date: put when active, removed otherwise. */
  async refresh(manager: EntityManager, userId: number): Promise<void> {
    const [row] = await this.rows(manager, userId);
    if (row) await this.index.put(memberDocument(row), manager);
    else await this.index.remove('member', userId, manager);
  }

  /** Every member entry compared with the users; only the differing ones are written. */
  async synchronise(manager: EntityManager): Promise<void> {
    const wanted = new Map((await this.rows(manager)).map((row) => [row.id, memberDocument(row)]));
    const stored = await manager.getRepository(SearchEntry).find({
      where: { kind: 'member' },
      select: {
        refId: true,
        title: true,
        body: true,
        tags: true,
        visibility: { level: true, regionId: true, stateId: true },
      },
    });
    const changed: SearchDocument[] = [];
    for (const entry of stored) {
      const document = wanted.get(entry.refId);
      if (!document) await this.index.remove('member', entry.refId, manager);
      else if (!sameEntry(entry, document)) changed.push(document);
      wanted.delete(entry.refId);
    }
    await this.index.putMany([...changed, ...wanted.values()], manager);
  }

  async afterInsert(event: InsertEvent<unknown>): Promise<void> {
    if (event.metadata.target === User)
      await this.refresh(event.manager, (event.entity as User).id);
  }

  async afterUpdate(event: UpdateEvent<unknown>): Promise<void> {
    const fields =
      event.metadata.target === User
        ? USER_FIELDS
        : event.metadata.target === Organisation
          ? ORGANISATION_FIELDS
          : null;
    if (!fields || !touches(event, fields)) return;
    const id =
      (event.databaseEntity as { id?: number } | undefined)?.id ??
      (event.entity as { id?: number } | undefined)?.id;
    if (event.metadata.target === User && typeof id === 'number')
      await this.refresh(event.manager, id);
    else await this.synchronise(event.manager);
  }

  async afterRemove(event: RemoveEvent<unknown>): Promise<void> {
    if (event.metadata.target !== User) return;
    const removed: unknown = event.entityId;
    const id =
      typeof removed === 'number' ? removed : (event.databaseEntity as User | undefined)?.id;
    if (typeof id === 'number') await this.index.remove('member', id, event.manager);
  }

  private async rows(manager: EntityManager, userId?: number): Promise<MemberRow[]> {
    const query = manager
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoinAndSelect('user.organisation', 'organisation')
      .where('user.active = :active', { active: true })
      .orderBy('user.id');
    if (userId !== undefined) query.andWhere('user.id = :id', { id: userId });
    return (await query.getMany()).map((user) => ({
      id: user.id,
      name: user.name,
      role: user.role,
      createdAt: user.createdAt,
      organisation: {
        id: user.organisation.id,
        kind: user.organisation.kind,
        code: user.organisation.code,
        name: user.organisation.name,
        iwgRegionId: user.organisation.iwgRegionId,
      },
    }));
  }
}

/** Whether an update set one of `fields` (a save lists its changed columns; an update its values). */
function touches(event: UpdateEvent<unknown>, fields: readonly string[]): boolean {
  if (event.updatedColumns.length > 0)
    return event.updatedColumns.some((column) => fields.includes(column.propertyName));
  const values = event.entity;
  return !!values && fields.some((field) => field in values);
}

function sameEntry(entry: SearchEntry, document: SearchDocument): boolean {
  return (
    entry.title === document.title.trim() &&
    entry.body === (document.body ?? '') &&
    entry.tags === (document.tags ?? []).join(',') &&
    entry.visibility.level === document.visibility.level &&
    entry.visibility.regionId === document.visibility.regionId &&
    entry.visibility.stateId === document.visibility.stateId
  );
}
