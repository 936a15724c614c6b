import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { SearchDocument } from '../../search/search-document';
import { SearchIndex } from '../../search/search-index.service';
import { SearchSources } from '../../search/search-sources';
import { Iwg } from '../iwg.entity';
import { ForumEvents, type ForumEvent } from './forum-events';
import { ForumPost } from './forum-post.entity';
import { ForumSearchDocuments, type ForumSearchDocument } from './forum-search-documents';
import { ForumThread } from './forum-thread.entity';

/** Rows read per batch when the forums are indexed again. */
const REINDEX_BATCH = 200;

/** A thread or post as the search index takes it. */
export function toSearchDocument(doc: ForumSearchDocument): SearchDocument {
  return {
    kind: doc.kind,
    refId: doc.id,
    title: doc.title,
    body: doc.body,
    language: doc.language,
    pillars: doc.pillarCode ? [doc.pillarCode] : [],
    iwgId: doc.iwgId,
    url: doc.url,
    date: doc.createdAt,
    visibility: doc.visibility,
  };
}

/**
 * Keeps the forums in the search index. A thread is found by its title and its opening post
 * (so the opening post is not indexed a second time as a post); every later post on its own,
 * linking to its anchor; a hidden post leaves the index and comes back when shown again. A
 * moved or split thread is indexed again with its posts (their links change). Events come after
 * the forum's transaction: a crash in between is mended by `search:reindex`, which reads every
 * thread and post through the sources registered here.
 */
@Injectable()
export class ForumSearchIndexer implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: ForumEvents,
    private readonly documents: ForumSearchDocuments,
    private readonly index: SearchIndex,
    private readonly sources: SearchSources,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((event) => this.onEvent(event));
    this.sources.register({ kind: 'thread', documents: (manager) => this.allThreads(manager) });
    this.sources.register({ kind: 'post', documents: (manager) => this.allPosts(manager) });
    this.sources.setIwgDirectory(async (ids) => {
      const iwgs = await this.dataSource.getRepository(Iwg).findBy({ id: In([...ids]) });
      return new Map(iwgs.map((iwg) => [iwg.id, iwg.name]));
    });
  }

  async onEvent(event: ForumEvent): Promise<void> {
    switch (event.type) {
      case 'post.created':
      case 'post.edited':
      case 'post.hidden':
        await this.refreshThread(event.thread.id);
        await this.refreshPost(event.post.id);
        return;
      case 'thread.moved':
      case 'thread.changed':
        await this.refreshThread(event.thread.id);
        for (const post of await this.postsOf(event.thread.id)) await this.refreshPost(post.id);
        return;
      default:
        return;
    }
  }

  private async refreshThread(threadId: number): Promise<void> {
    const doc = await this.documents.thread(threadId);
    if (doc) await this.index.put(toSearchDocument(doc));
    else await this.index.remove('thread', threadId);
  }

  private async refreshPost(postId: number): Promise<void> {
    const doc = await this.documents.post(postId);
    if (doc && !doc.hidden && !(await this.opens(postId))) {
      await this.index.put(toSearchDocument(doc));
    } else {
      await this.index.remove('post', postId);
    }
  }

  /** Whether the post opens its thread (the thread's entry carries its text). */
  private async opens(postId: number, manager: EntityManager = this.dataSource.manager) {
    const post = await manager.getRepository(ForumPost).findOneBy({ id: postId });
    if (!post) return false;
    const first = await manager
      .getRepository(ForumPost)
      .findOne({ where: { threadId: post.threadId }, order: { id: 'ASC' }, select: { id: true } });
    return first?.id === postId;
  }

  private postsOf(threadId: number): Promise<ForumPost[]> {
    return this.dataSource
      .getRepository(ForumPost)
      .find({ where: { threadId }, select: { id: true }, order: { id: 'ASC' } });
  }

  private async *allThreads(manager: EntityManager): AsyncIterable<SearchDocument[]> {
    for await (const ids of this.idBatches(manager, ForumThread)) {
      const docs = await Promise.all(ids.map((id) => this.documents.thread(id)));
      yield docs.filter((doc) => doc !== null).map(toSearchDocument);
    }
  }

  private async *allPosts(manager: EntityManager): AsyncIterable<SearchDocument[]> {
    for await (const ids of this.idBatches(manager, ForumPost)) {
      const docs: SearchDocument[] = [];
      for (const id of ids) {
        const doc = await this.documents.post(id);
        if (doc && !doc.hidden && !(await this.opens(id, manager)))
          docs.push(toSearchDocument(doc));
      }
      yield docs;
    }
  }

  private async *idBatches(
    manager: EntityManager,
    entity: typeof ForumThread | typeof ForumPost,
  ): AsyncIterable<number[]> {
    let after = 0;
    for (;;) {
      const rows: { id: number }[] = await manager.getRepository<{ id: number }>(entity).find({
        where: { id: MoreThan(after) },
        select: { id: true },
        order: { id: 'ASC' },
        take: REINDEX_BATCH,
      });
      if (rows.length === 0) return;
      yield rows.map((row) => row.id);
      after = rows[rows.length - 1].id;
    }
  }
}
