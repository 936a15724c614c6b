import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Param,
  Post,
  Redirect,
  Render,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf as actorOfRequest } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { translate } from '../common/i18n/translator';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import {
  AddParticipantDto,
  CloseIwgDto,
  CreateIwgDto,
  RenameIwgDto,
  SetPositionDto,
  WatchDto,
} from './dto/iwg-forms.dto';
import { NewCategoryDto } from './forum/dto/forum-forms.dto';
import { ForumReadService } from './forum/forum-read.service';
import { ForumWatchService } from './forum/forum-watch.service';
import { IwgAccess } from './iwg-access.service';
import { IWG_AREA } from './iwg.area';
import { IwgsService } from './iwgs.service';
import { ID } from './id.pipe';

const see = (url: string) => ({ url, statusCode: 303 });

/** The IWGs: the list, each IWG's page, and what staff change about them. */
@Controller('iwg')
@InArea(IWG_AREA)
export class IwgsController {
  constructor(
    private readonly iwgs: IwgsService,
    private readonly access: IwgAccess,
    private readonly reads: ForumReadService,
    private readonly watches: ForumWatchService,
  ) {}

  @Get()
  @Render('iwg/list')
  list(@CurrentActor() actor: Actor) {
    return this.iwgs.listModel(actor);
  }

  @Post()
  @FormView('iwg/list', (controller: IwgsController, request) => controller.listModel(request))
  @Redirect()
  async create(@CurrentActor() actor: Actor, @Body() body: CreateIwgDto, @Req() request: Request) {
    if (actor.user?.role !== 'admin' && actor.user?.role !== 'staff')
      throw new ForbiddenException();
    const iwg = await this.iwgs.create(actor, body);
    flash(request, 'success', { key: 'iwg.created', params: { name: iwg.name } });
    return see(`/iwg/${iwg.id}`);
  }

  @Get(':iwgId')
  @Render('iwg/show')
  page(@CurrentActor() actor: Actor, @Param('iwgId', ID) iwgId: number) {
    return this.iwgs.pageModel(actor, iwgId);
  }

  /** The member's unread threads per category, for the script to refresh the counts live. */
  @Get(':iwgId/unread.json')
  async unread(@CurrentActor() actor: Actor, @Param('iwgId', ID) iwgId: number) {
    const counts = await this.iwgs.unreadCounts(actor, iwgId);
    const label = (count: number) => translate(actor.locale, 'forum.unreadThreads', { count });
    return {
      total: { count: counts.total, label: label(counts.total) },
      categories: Object.fromEntries(
        Object.entries(counts.categories).map(([id, count]) => [
          id,
          { count, label: label(count) },
        ]),
      ),
    };
  }

  @Get(':iwgId/manage')
  @Render('iwg/manage')
  async manage(@CurrentActor() actor: Actor, @Param('iwgId', ID) iwgId: number) {
    return this.manageModelFor(actor, iwgId);
  }

  @Post(':iwgId/rename')
  @FormView('iwg/manage', (controller: IwgsController, request) => controller.manageModel(request))
  @Redirect()
  async rename(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Body() body: RenameIwgDto,
    @Req() request: Request,
  ) {
    await this.iwgs.rename(actor, iwgId, body.name);
    flash(request, 'success', { key: 'iwg.renamed' });
    return see(`/iwg/${iwgId}/manage`);
  }

  @Post(':iwgId/close')
  @FormView('iwg/manage', (controller: IwgsController, request) => controller.manageModel(request))
  @Redirect()
  async close(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Body() body: CloseIwgDto,
    @Req() request: Request,
  ) {
    const iwg = await this.iwgs.setClosed(actor, iwgId, body.closed === 'on');
    flash(request, 'success', { key: iwg.closedAt ? 'iwg.closedDone' : 'iwg.reopenedDone' });
    return see(`/iwg/${iwgId}/manage`);
  }

  @Post(':iwgId/positions')
  @FormView('iwg/manage', (controller: IwgsController, request) => controller.manageModel(request))
  @Redirect()
  async position(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Body() body: SetPositionDto,
    @Req() request: Request,
  ) {
    await this.iwgs.setPosition(actor, iwgId, body.position, body.state);
    flash(request, 'success', { key: 'iwg.positionSaved' });
    return see(`/iwg/${iwgId}/manage`);
  }

  @Post(':iwgId/participants')
  @FormView('iwg/manage', (controller: IwgsController, request) => controller.manageModel(request))
  @Redirect()
  async addParticipant(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Body() body: AddParticipantDto,
    @Req() request: Request,
  ) {
    const person = await this.iwgs.addParticipant(actor, iwgId, body.kind, body.email);
    flash(request, 'success', {
      key: body.kind === 'guest' ? 'iwg.guestInvited' : 'iwg.secretariatAdded',
      params: { name: person.name },
    });
    return see(`/iwg/${iwgId}/manage`);
  }

  @Post(':iwgId/participants/:userId/remove')
  @Redirect()
  async removeParticipant(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Param('userId', ID) userId: number,
    @Req() request: Request,
  ) {
    await this.iwgs.removeParticipant(actor, iwgId, userId);
    flash(request, 'success', { key: 'iwg.participantRemoved' });
    return see(`/iwg/${iwgId}/manage`);
  }

  @Post(':iwgId/categories')
  @FormView('iwg/show', (controller: IwgsController, request) => controller.pageModel(request))
  @Redirect()
  async addCategory(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Body() body: NewCategoryDto,
    @Req() request: Request,
  ) {
    const category = await this.iwgs.addCategory(actor, iwgId, body.name);
    flash(request, 'success', {
      key: 'forum.category.added',
      params: { name: category.name ?? '' },
    });
    return see(`/iwg/${iwgId}/categories/${category.id}`);
  }

  @Post(':iwgId/watch')
  @FormView('iwg/show', (controller: IwgsController, request) => controller.pageModel(request))
  @Redirect()
  async watch(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Body() body: WatchDto,
    @Req() request: Request,
  ) {
    const { iwg, user } = await this.access.load(actor, iwgId);
    await this.watches.set(user.id, 'iwg', iwg.id, body.level);
    flash(request, 'success', { key: `forum.watch.saved.${body.level}` });
    return see(`/iwg/${iwgId}`);
  }

  @Post(':iwgId/read')
  @Redirect()
  async markAllRead(
    @CurrentActor() actor: Actor,
    @Param('iwgId', ID) iwgId: number,
    @Req() request: Request,
  ) {
    const { iwg, user } = await this.access.load(actor, iwgId);
    await this.reads.markAllRead(user.id, iwg.id);
    flash(request, 'success', { key: 'forum.allRead' });
    return see(`/iwg/${iwgId}`);
  }

  listModel(request: Request) {
    return this.iwgs.listModel(actorOfRequest(request));
  }

  pageModel(request: Request) {
    return this.iwgs.pageModel(actorOfRequest(request), Number(request.params.iwgId));
  }

  manageModel(request: Request) {
    return this.manageModelFor(actorOfRequest(request), Number(request.params.iwgId));
  }

  private async manageModelFor(actor: Actor, iwgId: number) {
    const model = await this.iwgs.pageModel(actor, iwgId);
    if (!model.iwg.staff) throw new ForbiddenException();
    return { ...model, pageTitle: { key: 'iwg.manageTitle', params: { name: model.iwg.name } } };
  }
}
