import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import { pageRequest, pagedList } from '../../common/lists/paged-list';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { ReferenceDataCache } from '../../organisations/reference-data.cache';
import { LibraryAttachments, type AttachmentView } from '../../library/library-attachments';
import { IwgAccess } from '../iwg-access.service';
import { FORUM_SCRIPTS, IwgsService, categoryName } from '../iwgs.service';
import { WATCH_LEVELS } from './forum-watch.entity';
import { handleOf } from './forum-mentions.service';
import { ForumPostRevision } from './forum-post-revision.entity';
import { ForumPost } from './forum-post.entity';
import { REACTIONS, type Reaction } from './forum-reaction.entity';
import { BoundedMap } from '../../common/caching/bounded';
import { ForumReadService } from './forum-read.service';
import { ForumThread } from './forum-thread.entity';
import { ForumWatchService } from './forum-watch.service';
import { ForumThreadPageReader } from './forum-thread-page.reader';
import { ForumPostingService } from './forum-posting.service';

/** A post's reaction button as the thread page draws it. */
interface ReactionButton {
  readonly kind: Reaction;
  /** Catalogue key (the template translates it). */
  readonly label: string;
  readonly count: number;
  readonly mine: boolean;
  readonly pressed: 'true' | 'false';
  /**
   * On each button, so the template reads nothing from the post (`../`): a template that does
   * makes every block it runs copy its chain of contexts.
   */
  readonly disabled: boolean;
}

/**
 * Reaction buttons come in few states, shared by every page: frozen and kept here, so a post's
 * fragment keys them by identity instead of writing each one out.
 */
const reactionButtons = new BoundedMap<string, ReactionButton>(10_000);

function reactionButton(kind: Reaction, count: number, mine: boolean, disabled: boolean) {
  const key = `${kind}:${count}:${mine ? 1 : 0}:${disabled ? 1 : 0}`;
  let button = reactionButtons.get(key);
  if (button === undefined) {
    button = Object.freeze({
      kind,
      label: `forum.reaction.${kind}`,
      count,
      mine,
      pressed: mine ? 'true' : 'false',
      disabled,
    } as const);
    reactionButtons.set(key, button);
  }
  return button;
}

/** Posts per page of a thread: NodeBB's default. */
export const POSTS_PER_PAGE = 20;
const THREADS_PER_PAGE = 30;

/** Where a thread should open for a member: the page and post of their first unread post. */
export interface ThreadOpening {
  readonly page: number;
  readonly postId: number;
}

/** The forum's pages as view models: a category's threads, a thread, the forms, a post's history. */
@Injectable()
export class ForumPagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly posting: ForumPostingService,
    private readonly iwgs: IwgsService,
    private readonly reads: ForumReadService,
    private readonly watches: ForumWatchService,
    private readonly policy: VisibilityPolicy,
    private readonly reference: ReferenceDataCache,
    private readonly access: IwgAccess,
    private readonly threadPage: ForumThreadPageReader,
    private readonly library: LibraryAttachments,
  ) {}

  async categoryModel(actor: Actor, iwgId: number, categoryId: number, page?: number) {
    const membership = await this.iwgsAccess(actor, iwgId);
    const category = await this.posting.category(membership, categoryId);
    const { user, iwg } = membership;
    const request = pageRequest(page, THREADS_PER_PAGE);
    const [threads, total] = await this.dataSource
      .getRepository(ForumThread)
      .createQueryBuilder('t')
      .where('t.categoryId = :categoryId', { categoryId: category.id })
      .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('t'), 't'))
      .orderBy('t.pinned', 'DESC')
      .addOrderBy('t.lastPostId', 'DESC')
      .skip(request.offset)
      .take(request.size)
      .getManyAndCount();
    const ids = threads.map((thread) => thread.id);
    const [read, names, categories, level] = await Promise.all([
      this.reads.readUpTo(user.id, iwg.id, ids),
      this.iwgs.names(threads.map((thread) => thread.authorId)),
      this.iwgs.categoryViews(membership),
      this.watches.levelOf(user.id, 'category', category.id),
    ]);
    const list = pagedList(
      threads.map((thread) => ({
        id: thread.id,
        title: thread.title,
        href: `/iwg/${iwg.id}/threads/${thread.id}`,
        author: names.get(thread.authorId) ?? '',
        replies: Math.max(0, thread.postCount - 1),
        lastPostAt: thread.lastPostAt,
        pinned: thread.pinned,
        locked: thread.locked,
        unread: thread.lastPostId > (read.get(thread.id) ?? 0),
      })),
      total,
      request,
      { path: `/iwg/${iwg.id}/categories/${category.id}`, filters: {} },
    );
    const pillarNames = new Map((await this.reference.pillars()).map((p) => [p.code, p.name]));
    const name = categoryName(category, pillarNames);
    return {
      pageTitle:
        typeof name === 'string' ? { key: 'forum.category.pageTitle', params: { name } } : name,
      iwg: this.iwgs.iwgView(membership),
      category: { id: category.id, name, href: `/iwg/${iwg.id}/categories/${category.id}` },
      categories,
      threads: list,
      watchLevel: level,
      watchLevels: WATCH_LEVELS,
      liveRoom: `iwg:${iwg.id}`,
      scripts: FORUM_SCRIPTS,
    };
  }

  /**
   * Where the thread opens for this member when no page is asked for: their first unread post,
   * or nothing (page 1) when they have read it all or never saw it before a "mark all read".
   */
  async opening(actor: Actor, iwgId: number, threadId: number): Promise<ThreadOpening | null> {
    const { membership, thread } = await this.posting.thread(actor, iwgId, threadId);
    const read =
      (await this.reads.readUpTo(membership.user.id, iwgId, [thread.id])).get(thread.id) ?? 0;
    if (read === 0 || thread.lastPostId <= read) return null;
    const posts = this.dataSource.getRepository(ForumPost);
    const first = await posts
      .createQueryBuilder('p')
      .select('MIN(p.id)', 'id')
      .where('p.threadId = :threadId AND p.id > :read', { threadId: thread.id, read })
      .getRawOne<{ id: number | null }>();
    if (!first?.id) return null;
    const before = await posts
      .createQueryBuilder('p')
      .where('p.threadId = :threadId AND p.id < :id', { threadId: thread.id, id: first.id })
      .getCount();
    return { page: Math.floor(before / POSTS_PER_PAGE) + 1, postId: Number(first.id) };
  }

  async threadModel(
    actor: Actor,
    iwgId: number,
    threadId: number,
    page = 1,
    quote?: number,
    attach?: number,
  ) {
    const request = pageRequest(page, POSTS_PER_PAGE);
    const context = await this.threadPage.context(
      actor,
      iwgId,
      threadId,
      request.offset,
      request.size,
    );
    const { membership, thread, category, lastRead, watchLevel: level } = context;
    const { user, iwg } = membership;
    const { posts, reactions } = await this.threadPage.page(user, context);
    const ids = posts.map((post) => post.id);
    // Quoting is for a post on this page, as its Quote button offers.
    const quotedBody =
      quote !== undefined && ids.includes(quote)
        ? await this.threadPage.postBody(thread.id, quote)
        : null;
    const attachments = await this.attachmentsOf(
      actor,
      posts.filter((post) => post.attachmentCount > 0).map((post) => post.id),
    );
    const lastOnPage = ids.length ? ids[ids.length - 1] : 0;
    if (lastOnPage > lastRead) await this.reads.markRead(user.id, thread.id, lastOnPage);
    const people = new Map(
      posts.map((post) => [
        post.authorId,
        {
          name: post.author.name,
          handle: handleOf(post.author.email),
          guest: post.author.role === 'partner' || post.author.role === 'expert',
        },
      ]),
    );
    const moderator = membership.moderator;
    let quoted = '';
    // Each post's view holds everything its block shows and nothing else: the block is a
    // fragment (views/iwg/thread.hbs), rendered once for each distinct view. The post comes
    // from the posts cache and the reaction buttons from a shared table, both frozen, so the
    // fragment keys them by identity.
    const views = posts.map((post, index) => {
      const author = people.get(post.authorId);
      const own = post.authorId === user.id;
      const hidden = post.hiddenAt !== null;
      if (quote === post.id && !hidden && quotedBody !== null)
        quoted = `> @${author?.handle ?? ''}:\n${quotedBody
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')}\n\n`;
      const counts = reactions.get(post.id);
      return {
        post,
        position: request.offset + index + 1,
        author: author?.name ?? '',
        handle: author?.handle ?? '',
        guest: author?.guest ?? false,
        showBody: !hidden || moderator,
        hidden,
        unread: post.id > lastRead,
        mayEdit: !hidden && (own || moderator) && membership.mayPost,
        mayReply: !hidden && membership.mayPost && (!thread.locked || moderator),
        mayHide: moderator,
        history: post.revision > 1 && (own || moderator),
        attachments: hidden && !moderator ? [] : (attachments.get(post.id) ?? []),
        reactions: REACTIONS.map((kind) =>
          reactionButton(
            kind,
            counts?.[kind]?.count ?? 0,
            counts?.[kind]?.mine ?? false,
            hidden || !membership.mayPost,
          ),
        ),
        iwgId: iwg.id,
        threadId: thread.id,
      };
    });
    const list = pagedList(views, thread.postCount, request, {
      path: `/iwg/${iwg.id}/threads/${thread.id}`,
      filters: {},
    });
    const categories = moderator
      ? await this.iwgs.categoryViews(membership, { unread: false })
      : [];
    const pillarNames = new Map((await this.reference.pillars()).map((p) => [p.code, p.name]));
    return {
      pageTitle: { key: 'forum.thread.pageTitle', params: { title: thread.title } },
      iwg: this.iwgs.iwgView(membership),
      category: {
        id: category.id,
        name: categoryName(category, pillarNames),
        href: `/iwg/${iwg.id}/categories/${category.id}`,
      },
      thread: {
        id: thread.id,
        title: thread.title,
        href: `/iwg/${iwg.id}/threads/${thread.id}`,
        pinned: thread.pinned,
        locked: thread.locked,
        mayReply: membership.mayPost && (!thread.locked || moderator),
      },
      posts: list,
      moderator,
      categories: categories.filter((c) => c.id !== thread.categoryId),
      watchLevel: level,
      watchLevels: WATCH_LEVELS,
      scripts: FORUM_SCRIPTS,
      values: {
        body: quoted,
        replyToId: quote && quoted ? String(quote) : '',
        attachments: attach ? `/library/${attach}` : '',
      },
      composer: this.composerModel(iwg, `/iwg/${iwg.id}/threads/${thread.id}`),
      liveRoom: `thread:${thread.id}`,
      me: { id: user.id, name: user.name },
    };
  }

  async newThreadModel(actor: Actor, iwgId: number, categoryId?: number, attach?: number) {
    const membership = await this.iwgsAccess(actor, iwgId);
    return {
      pageTitle: { key: 'forum.thread.new' },
      iwg: this.iwgs.iwgView(membership),
      categories: await this.iwgs.categoryViews(membership),
      values: {
        categoryId: categoryId ? String(categoryId) : '',
        attachments: attach ? `/library/${attach}` : '',
      },
      composer: this.composerModel(
        membership.iwg,
        `/iwg/${iwgId}/threads/new${categoryId ? `?category=${categoryId}` : ''}`,
      ),
      scripts: FORUM_SCRIPTS,
    };
  }

  /**
   * The composer's way to the library: the picker's list of resources, and the library's upload
   * form set for this IWG's region, which comes back here with the new resource attached.
   */
  composerModel(iwg: { id: number; regionId: number }, back: string) {
    return {
      attachablesUrl: `/iwg/${iwg.id}/attachables.json`,
      uploadUrl: `/library/new?visibility=region:${iwg.regionId}&back=${encodeURIComponent(back)}`,
    };
  }

  async editModel(actor: Actor, iwgId: number, postId: number, attach?: number) {
    const { membership, thread, post } = await this.posting.post(actor, iwgId, postId);
    this.posting.mayEdit(membership, post);
    return {
      pageTitle: { key: 'forum.post.editTitle' },
      iwg: this.iwgs.iwgView(membership),
      thread: { id: thread.id, title: thread.title, href: `/iwg/${iwgId}/threads/${thread.id}` },
      post: { id: post.id },
      values: {
        body: post.body,
        revision: String(post.revision),
        attachments: [
          ...((await this.threadPage.attachments([post.id])).get(post.id) ?? []),
          ...(attach ? [attach] : []),
        ]
          .map((id) => `/library/${id}`)
          .join(', '),
      },
      composer: this.composerModel(membership.iwg, `/iwg/${iwgId}/posts/${post.id}/edit`),
      scripts: FORUM_SCRIPTS,
    };
  }

  /** Earlier texts of a post: for its author and the moderators (404 for others). */
  async historyModel(actor: Actor, iwgId: number, postId: number) {
    const { membership, thread, post } = await this.posting.post(actor, iwgId, postId);
    if (post.authorId !== membership.user.id && !membership.moderator)
      throw new NotFoundException();
    const revisions = await this.dataSource
      .getRepository(ForumPostRevision)
      .find({ where: { postId: post.id }, order: { revision: 'DESC' } });
    const names = await this.iwgs.names(revisions.map((r) => r.replacedById));
    return {
      pageTitle: { key: 'forum.history.title' },
      iwg: this.iwgs.iwgView(membership),
      thread: { title: thread.title, href: `/iwg/${iwgId}/threads/${thread.id}#post-${post.id}` },
      current: { revision: post.revision, body: post.body, editedAt: post.editedAt },
      revisions: revisions.map((r) => ({
        revision: r.revision,
        body: r.body,
        replacedAt: r.replacedAt,
        replacedBy: names.get(r.replacedById) ?? '',
      })),
    };
  }

  /** Each post's attachments the reader may see (nothing asked when no post has any). */
  private async attachmentsOf(
    actor: Actor,
    postIds: number[],
  ): Promise<Map<number, AttachmentView[]>> {
    const result = new Map<number, AttachmentView[]>();
    if (postIds.length === 0) return result;
    const byPost = await this.threadPage.attachments(postIds);
    const views = await this.library.forReader(
      userOf(actor),
      [...new Set([...byPost.values()].flat())],
      actor.locale,
    );
    for (const [postId, resourceIds] of byPost)
      result.set(
        postId,
        resourceIds.flatMap((id) => views.get(id) ?? []),
      );
    return result;
  }

  /** Resources the actor could attach in this IWG (its region's audience), for the picker. */
  async attachables(actor: Actor, iwgId: number, query: string) {
    const membership = await this.iwgsAccess(actor, iwgId);
    const audience = { level: 'region', regionId: membership.iwg.regionId, stateId: null };
    const found = await this.library.attachable(actor, query, audience);
    return found.map((view) => ({ id: view.id, title: view.title, reference: view.href }));
  }

  membership(actor: Actor, iwgId: number) {
    return this.access.load(actor, iwgId);
  }

  /** The address of a post: its thread, the page it is on, its anchor. */
  async postUrl(iwgId: number, post: Pick<ForumPost, 'id' | 'threadId'>): Promise<string> {
    const before = await this.dataSource
      .getRepository(ForumPost)
      .createQueryBuilder('p')
      .where('p.threadId = :threadId AND p.id < :id', { threadId: post.threadId, id: post.id })
      .getCount();
    const page = Math.floor(before / POSTS_PER_PAGE) + 1;
    return `/iwg/${iwgId}/threads/${post.threadId}?page=${page}#post-${post.id}`;
  }

  private iwgsAccess(actor: Actor, iwgId: number) {
    return this.access.load(actor, iwgId);
  }
}
