import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MarkdownRenderer } from '../../common/markdown/markdown-renderer';
import type { VisibilityScope } from '../../common/visibility/visibility-level';
import { Iwg } from '../iwg.entity';
import { ForumCategory } from './forum-category.entity';
import { ForumPost } from './forum-post.entity';
import { ForumThread } from './forum-thread.entity';

/** One thing for the search index: plain text only, with what filters and the policy need. */
export interface ForumSearchDocument {
  readonly kind: 'thread' | 'post';
  readonly id: number;
  readonly title: string;
  /** The text as a reader sees it (Markdown rendered, then stripped); empty for a hidden post. */
  readonly body: string;
  readonly iwgId: number;
  readonly iwgName: string;
  readonly categoryId: number;
  /** The category's pillar, when it is a pillar's category. */
  readonly pillarCode: string | null;
  readonly language: string | null;
  readonly visibility: VisibilityScope;
  /** A hidden post is kept out of results (delete it from the index). */
  readonly hidden: boolean;
  readonly createdAt: Date;
  readonly url: string;
}

/**
 * What the search module indexes for the forum. It subscribes to ForumEvents (`post.created`,
 * `post.edited`, `post.hidden`, `thread.moved`) and asks here for the documents; results are
 * then filtered with the visibility columns given, inside its query.
 */
@Injectable()
export class ForumSearchDocuments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly markdown: MarkdownRenderer,
  ) {}

  /** A thread: its title and its first post's text. Null when it is gone. */
  async thread(threadId: number): Promise<ForumSearchDocument | null> {
    const thread = await this.dataSource.getRepository(ForumThread).findOneBy({ id: threadId });
    if (!thread) return null;
    const first = await this.dataSource
      .getRepository(ForumPost)
      .findOne({ where: { threadId }, order: { id: 'ASC' } });
    const context = await this.context(thread);
    return {
      kind: 'thread',
      id: thread.id,
      title: thread.title,
      body: first && !first.hiddenAt ? this.markdown.plainText(first.body) : '',
      language: first?.language ?? null,
      visibility: thread.visibility,
      hidden: false,
      createdAt: thread.createdAt,
      url: `/iwg/${thread.iwgId}/threads/${thread.id}`,
      ...context,
    };
  }

  /** A post: its thread's title and its own text. Null when it is gone. */
  async post(postId: number): Promise<ForumSearchDocument | null> {
    const post = await this.dataSource.getRepository(ForumPost).findOneBy({ id: postId });
    if (!post) return null;
    const thread = await this.dataSource
      .getRepository(ForumThread)
      .findOneByOrFail({ id: post.threadId });
    const context = await this.context(thread);
    return {
      kind: 'post',
      id: post.id,
      title: thread.title,
      body: post.hiddenAt ? '' : this.markdown.plainText(post.body),
      language: post.language,
      visibility: post.visibility,
      hidden: post.hiddenAt !== null,
      createdAt: post.createdAt,
      url: `/iwg/${thread.iwgId}/threads/${thread.id}#post-${post.id}`,
      ...context,
    };
  }

  private async context(thread: ForumThread) {
    const [iwg, category] = await Promise.all([
      this.dataSource.getRepository(Iwg).findOneByOrFail({ id: thread.iwgId }),
      this.dataSource.getRepository(ForumCategory).findOneByOrFail({ id: thread.categoryId }),
    ]);
    return {
      iwgId: iwg.id,
      iwgName: iwg.name,
      categoryId: category.id,
      pillarCode: category.pillarCode,
    };
  }
}
