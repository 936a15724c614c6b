import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Redirect,
  Render,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { flash } from '../../common/views/flash';
import { WatchDto } from '../dto/iwg-forms.dto';
import { IWG_AREA } from '../iwg.area';
import {
  CategoryQueryDto,
  EditPostDto,
  EditQueryDto,
  MentionQueryDto,
  NewThreadDto,
  NewThreadQueryDto,
  ReactDto,
  ReplyDto,
  ThreadQueryDto,
} from './dto/forum-forms.dto';
import { ForumMentionsService } from './forum-mentions.service';
import { ForumPagesService } from './forum-pages.service';
import { ForumPostingService, type Posted } from './forum-posting.service';
import { ForumWatchService } from './forum-watch.service';
import { ID } from '../id.pipe';

const see = (url: string) => ({ url, statusCode: 303 });

/** An IWG's forum: categories, threads, posts, reactions, watching. */
@Controller('iwg/:iwgId')
@InArea(IWG_AREA)
export class ForumController {
  constructor(
    private readonly pages: ForumPagesService,
    private readonly posting: ForumPostingService,
    private readonly mentions: ForumMentionsService,
    private readonly watches: ForumWatchService,
  ) {}

  @Get('categories/:categoryId')
  @Render('iwg/category')
  category(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('categoryId', ID) categoryId: number,
    @Query() query: CategoryQueryDto,
  ) {
    return this.pages.categoryModel(actor, iwgId, categoryId, query.page);
  }

  @Post('categories/:categoryId/watch')
  @Redirect()
  async watchCategory(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('categoryId', ID) categoryId: number,
    @Body() body: WatchDto,
    @Req() request: Request,
  ) {
    await this.pages.categoryModel(actor, iwgId, categoryId);
    await this.watches.set(actor.user!.id, 'category', categoryId, body.level);
    flash(request, 'success', { key: `forum.watch.saved.${body.level}` });
    return see(`/iwg/${iwgId}/categories/${categoryId}`);
  }

  @Get('threads/new')
  @Render('iwg/new-thread')
  newThread(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Query() query: NewThreadQueryDto,
  ) {
    return this.pages.newThreadModel(actor, iwgId, query.category, query.attach);
  }

  @Post('threads')
  @FormView('iwg/new-thread', (controller: ForumController, request) =>
    controller.pages.newThreadModel(actorOf(request), Number(request.params.iwgId)),
  )
  @Redirect()
  async createThread(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Body() body: NewThreadDto,
    @Req() request: Request,
  ) {
    const posted = await this.posting.createThread(actor, iwgId, body);
    this.told(request, posted, 'forum.thread.created');
    return see(`/iwg/${iwgId}/threads/${posted.thread.id}`);
  }

  @Get('threads/:threadId')
  async thread(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('threadId', ID) threadId: number,
    @Query() query: ThreadQueryDto,
    @Res() response: Response,
  ) {
    if (query.page === undefined && query.quote === undefined && query.attach === undefined) {
      const opening = await this.pages.opening(actor, iwgId, threadId);
      if (opening) {
        return response.redirect(
          303,
          `/iwg/${iwgId}/threads/${threadId}?page=${opening.page}#post-${opening.postId}`,
        );
      }
    }
    const model = await this.pages.threadModel(
      actor,
      iwgId,
      threadId,
      query.page,
      query.quote,
      query.attach,
    );
    // Past the last page (an old link to a thread that lost posts, a hand-typed number): the
    // last page, as forums do, rather than an empty one.
    const last = model.posts.pagination.pageCount ?? 1;
    if (query.page !== undefined && query.page > last) {
      return response.redirect(303, `/iwg/${iwgId}/threads/${threadId}?page=${last}`);
    }
    return response.render('iwg/thread', model);
  }

  @Post('threads/:threadId/posts')
  @FormView('iwg/thread', (controller: ForumController, request) =>
    controller.pages.threadModel(
      actorOf(request),
      Number(request.params.iwgId),
      Number(request.params.threadId),
    ),
  )
  @Redirect()
  async reply(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('threadId', ID) threadId: number,
    @Body() body: ReplyDto,
    @Req() request: Request,
  ) {
    const posted = await this.posting.reply(actor, iwgId, threadId, body);
    this.told(request, posted, 'forum.post.created');
    return see(await this.pages.postUrl(iwgId, posted.post));
  }

  @Post('threads/:threadId/watch')
  @Redirect()
  async watchThread(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('threadId', ID) threadId: number,
    @Body() body: WatchDto,
    @Req() request: Request,
  ) {
    const { thread } = await this.posting.thread(actor, iwgId, threadId);
    await this.watches.set(actor.user!.id, 'thread', thread.id, body.level);
    flash(request, 'success', { key: `forum.watch.saved.${body.level}` });
    return see(`/iwg/${iwgId}/threads/${threadId}?page=1`);
  }

  @Get('posts/:postId/edit')
  @Render('iwg/edit-post')
  edit(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('postId', ID) postId: number,
    @Query() query: EditQueryDto,
  ) {
    return this.pages.editModel(actor, iwgId, postId, query.attach);
  }

  @Post('posts/:postId/edit')
  @FormView('iwg/edit-post', (controller: ForumController, request) =>
    controller.pages.editModel(
      actorOf(request),
      Number(request.params.iwgId),
      Number(request.params.postId),
    ),
  )
  @Redirect()
  async saveEdit(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('postId', ID) postId: number,
    @Body() body: EditPostDto,
    @Req() request: Request,
  ) {
    const { thread, post, unreachable } = await this.posting.edit(actor, iwgId, postId, body);
    flash(request, 'success', { key: 'forum.post.edited' });
    if (unreachable.length)
      flash(request, 'info', {
        key: 'forum.mention.unreachable',
        params: { names: unreachable.join(', ') },
      });
    void thread;
    return see(await this.pages.postUrl(iwgId, post));
  }

  @Get('posts/:postId/history')
  @Render('iwg/history')
  history(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('postId', ID) postId: number,
  ) {
    return this.pages.historyModel(actor, iwgId, postId);
  }

  @Post('posts/:postId/reactions')
  @Redirect()
  async react(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('postId', ID) postId: number,
    @Body() body: ReactDto,
    @Req() request: Request,
  ) {
    const { post } = await this.posting.toggleReaction(actor, iwgId, postId, body.kind);
    void request;
    return see(await this.pages.postUrl(iwgId, post));
  }

  @Get('members.json')
  async members(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Query() query: MentionQueryDto,
  ) {
    const membership = await this.pages.membership(actor, iwgId);
    return { members: await this.mentions.complete(membership.iwg, query.q ?? '') };
  }

  /** The composer's picker: library resources the actor may attach here, by title. */
  @Get('attachables.json')
  async attachables(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Query() query: MentionQueryDto,
  ) {
    return { resources: await this.pages.attachables(actor, iwgId, query.q ?? '') };
  }

  private told(request: Request, posted: Posted, key: string): void {
    flash(request, 'success', { key });
    if (posted.unreachable.length)
      flash(request, 'info', {
        key: 'forum.mention.unreachable',
        params: { names: posted.unreachable.join(', ') },
      });
  }
}
