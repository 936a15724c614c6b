import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Redirect,
  Render,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { userOf, type Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { ID } from '../iwg/id.pipe';
import { ConversationPagesService } from './conversation-pages.service';
import { ConversationReads } from './conversation-reads';
import { CONVERSATIONS_AREA } from './conversations.area';
import { ConversationsService, type Sent } from './conversations.service';
import {
  AddParticipantDto,
  ConversationListQueryDto,
  ConversationQueryDto,
  EditMessageDto,
  MessageDto,
  NewConversationDto,
  NewConversationQueryDto,
  PeopleQueryDto,
  ReadUpToDto,
} from './dto/conversation-forms.dto';

const see = (url: string) => ({ url, statusCode: 303 });

/** Direct conversations: the list, a new one, one conversation, its messages and members. */
@Controller('conversations')
@InArea(CONVERSATIONS_AREA)
export class ConversationsController {
  constructor(
    private readonly pages: ConversationPagesService,
    private readonly conversations: ConversationsService,
    private readonly reads: ConversationReads,
  ) {}

  @Get()
  @Render('conversations/list')
  list(@CurrentActor() actor: Actor, @Query() query: ConversationListQueryDto) {
    return this.pages.listModel(actor, query.page);
  }

  @Post('read')
  @Redirect()
  async markAllRead(@CurrentActor() actor: Actor, @Req() request: Request) {
    const count = await this.reads.markAllRead(userOf(actor).id);
    flash(request, 'success', { key: 'conversations.allRead', params: { count } });
    return see('/conversations');
  }

  @Get('new')
  @Render('conversations/new')
  newConversation(@Query() query: NewConversationQueryDto) {
    return this.pages.newModel(query.to);
  }

  /** The completion: only people the actor may talk with (and not yet in the conversation). */
  @Get('people.json')
  async completePeople(@CurrentActor() actor: Actor, @Query() query: PeopleQueryDto) {
    return { people: await this.pages.choices(actor, query.q ?? '', query.conversation) };
  }

  @Post()
  @FormView('conversations/new', (controller: ConversationsController) =>
    controller.pages.newModel(),
  )
  @Redirect()
  async start(
    @CurrentActor() actor: Actor,
    @Body() body: NewConversationDto,
    @Req() request: Request,
  ) {
    const sent = await this.conversations.start(actor, body);
    this.told(request, sent, 'conversations.started');
    return see(`/conversations/${sent.conversation.id}#message-${sent.message.id}`);
  }

  @Get(':id')
  async show(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Query() query: ConversationQueryDto,
    @Res() response: Response,
  ) {
    let page = query.page;
    if (page === undefined) {
      const opening = await this.pages.opening(actor, id);
      if (opening.messageId !== null)
        return response.redirect(
          303,
          `/conversations/${id}?page=${opening.page}#message-${opening.messageId}`,
        );
      page = opening.page;
    }
    return response.render(
      'conversations/show',
      await this.pages.conversationModel(actor, id, page),
    );
  }

  @Post(':id/messages')
  @FormView('conversations/show', (controller: ConversationsController, request) =>
    controller.pages.lastPageModel(actorOf(request), Number(request.params.id)),
  )
  @Redirect()
  async reply(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: MessageDto,
    @Req() request: Request,
  ) {
    const sent = await this.conversations.reply(actor, id, body);
    this.told(request, sent, 'conversations.sent');
    return see(await this.pages.messageUrl(sent.message));
  }

  /** The script's "seen up to here" when a message arrives on an open page; answers the new count. */
  @Post(':id/read')
  @HttpCode(200)
  async markRead(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: ReadUpToDto,
  ) {
    return { unread: await this.conversations.seen(actor, id, body.upTo) };
  }

  @Post(':id/participants')
  @FormView('conversations/show', (controller: ConversationsController, request) =>
    controller.pages.lastPageModel(actorOf(request), Number(request.params.id)),
  )
  @Redirect()
  async addParticipant(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: AddParticipantDto,
    @Req() request: Request,
  ) {
    const person = await this.conversations.addParticipant(actor, id, body);
    flash(request, 'success', {
      key: 'conversations.participants.added',
      params: { name: person.name },
    });
    return see(`/conversations/${id}`);
  }

  @Post(':id/leave')
  @Redirect()
  async leave(@CurrentActor() actor: Actor, @Param('id', ID) id: number, @Req() request: Request) {
    await this.conversations.leave(actor, id);
    flash(request, 'success', { key: 'conversations.left' });
    return see('/conversations');
  }

  @Get(':id/messages/:messageId/edit')
  @Render('conversations/edit')
  edit(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Param('messageId', ID) messageId: number,
  ) {
    return this.pages.editModel(actor, id, messageId);
  }

  @Post(':id/messages/:messageId/edit')
  @FormView('conversations/edit', (controller: ConversationsController, request) =>
    controller.pages.editModel(
      actorOf(request),
      Number(request.params.id),
      Number(request.params.messageId),
    ),
  )
  @Redirect()
  async saveEdit(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Param('messageId', ID) messageId: number,
    @Body() body: EditMessageDto,
    @Req() request: Request,
  ) {
    const sent = await this.conversations.edit(actor, id, messageId, body);
    this.told(request, sent, 'conversations.edited');
    return see(await this.pages.messageUrl(sent.message));
  }

  private told(request: Request, sent: Sent, key: string): void {
    flash(request, 'success', { key });
    if (sent.unreachable.length)
      flash(request, 'info', {
        key: 'conversations.mention.unreachable',
        params: { names: sent.unreachable.join(', ') },
      });
  }
}
