import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { flash } from '../../common/views/flash';
import { IWG_AREA } from '../iwg.area';
import { FlagDto, HidePostDto, MoveThreadDto, SplitThreadDto } from './dto/moderation-forms.dto';
import { ForumModerationService } from './forum-moderation.service';
import { ForumPagesService } from './forum-pages.service';
import { ID } from '../id.pipe';

const see = (url: string) => ({ url, statusCode: 303 });

/** Moderation of an IWG's forum: chair's State, secretariat, staff (404 for others). */
@Controller('iwg/:iwgId')
@InArea(IWG_AREA)
export class ForumModerationController {
  constructor(
    private readonly moderation: ForumModerationService,
    private readonly pages: ForumPagesService,
  ) {}

  @Get('posts/:postId/hide')
  @Render('iwg/hide-post')
  hidePage(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('postId', ID) postId: number,
  ) {
    return this.moderation.hideModel(actor, iwgId, postId);
  }

  @Post('posts/:postId/hide')
  @FormView('iwg/hide-post', (controller: ForumModerationController, request) =>
    controller.moderation.hideModel(
      actorOf(request),
      Number(request.params.iwgId),
      Number(request.params.postId),
    ),
  )
  @Redirect()
  async hide(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('postId', ID) postId: number,
    @Body() body: HidePostDto,
    @Req() request: Request,
  ) {
    const hidden = body.hidden === 'on';
    const { post } = await this.moderation.hide(actor, iwgId, postId, body.reason, hidden);
    flash(request, 'success', { key: hidden ? 'forum.hide.done' : 'forum.hide.undone' });
    return see(await this.pages.postUrl(iwgId, post));
  }

  @Post('threads/:threadId/lock')
  @Redirect()
  async lock(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('threadId', ID) threadId: number,
    @Body() body: FlagDto,
    @Req() request: Request,
  ) {
    const thread = await this.moderation.setLocked(actor, iwgId, threadId, body.value === 'on');
    flash(request, 'success', { key: thread.locked ? 'forum.lock.done' : 'forum.lock.undone' });
    return see(`/iwg/${iwgId}/threads/${threadId}?page=1`);
  }

  @Post('threads/:threadId/pin')
  @Redirect()
  async pin(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('threadId', ID) threadId: number,
    @Body() body: FlagDto,
    @Req() request: Request,
  ) {
    const thread = await this.moderation.setPinned(actor, iwgId, threadId, body.value === 'on');
    flash(request, 'success', { key: thread.pinned ? 'forum.pin.done' : 'forum.pin.undone' });
    return see(`/iwg/${iwgId}/threads/${threadId}?page=1`);
  }

  @Post('threads/:threadId/move')
  @Redirect()
  async move(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('threadId', ID) threadId: number,
    @Body() body: MoveThreadDto,
    @Req() request: Request,
  ) {
    await this.moderation.move(actor, iwgId, threadId, body.categoryId);
    flash(request, 'success', { key: 'forum.move.done' });
    return see(`/iwg/${iwgId}/threads/${threadId}?page=1`);
  }

  @Post('threads/:threadId/split')
  @FormView('iwg/thread', (controller: ForumModerationController, request) =>
    controller.pages.threadModel(
      actorOf(request),
      Number(request.params.iwgId),
      Number(request.params.threadId),
    ),
  )
  @Redirect()
  async split(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('threadId', ID) threadId: number,
    @Body() body: SplitThreadDto,
    @Req() request: Request,
  ) {
    const created = await this.moderation.split(actor, iwgId, threadId, body);
    flash(request, 'success', { key: 'forum.split.done' });
    return see(`/iwg/${iwgId}/threads/${created.id}?page=1`);
  }
}
