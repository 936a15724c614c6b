import {
  Controller,
  Get,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Redirect,
  Render,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { NoStore } from '../common/http/no-store.decorator';
import { PagedQueryDto } from '../common/lists/paged-query.dto';
import { flash } from '../common/views/flash';
import { NotificationCentreService } from './notification-centre.service';
import { NOTIFICATIONS_AREA } from './notifications.areas';

/** The notification centre (`/notifications`). */
@Controller('notifications')
@InArea(NOTIFICATIONS_AREA)
@NoStore()
export class NotificationsController {
  constructor(private readonly centre: NotificationCentreService) {}

  @Get()
  @Render('notifications/list')
  list(@CurrentActor() actor: Actor, @Query() query: PagedQueryDto) {
    return this.centre.listModel(actor, query.page);
  }

  @Post('read-all')
  @Redirect('/notifications', 303)
  async readAll(@CurrentActor() actor: Actor, @Req() request: Request) {
    const count = await this.centre.markAllRead(actor);
    flash(request, 'success', { key: 'notifications.allRead', params: { count } });
  }

  @Post(':id/read')
  @Redirect('/notifications', 303)
  async read(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    await this.centre.markRead(actor, id);
  }

  /** The link of every notification (in the centre and in mails): marks it read, then goes there. */
  @Get(':id/open')
  @Redirect('/notifications', 303)
  async open(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Req() request: Request,
  ) {
    const result = await this.centre.open(actor, id);
    // Only a path of the portal (not `//host` nor `/\host`, which browsers read as another
    // site): a source's answer never sends anyone away.
    if ('path' in result && /^\/(?![/\\])/.test(result.path)) {
      return { url: result.path };
    }
    flash(request, 'info', 'notifications.unavailable');
    return undefined;
  }
}
