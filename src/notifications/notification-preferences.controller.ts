import { Body, Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { NoStore } from '../common/http/no-store.decorator';
import { flash } from '../common/views/flash';
import { UpdatePreferencesDto } from './dto/update-preferences.dto';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NOTIFICATION_PREFERENCES_AREA } from './notifications.areas';

/** `/account/notifications`: what each type does, and the digest. */
@Controller('account/notifications')
@InArea(NOTIFICATION_PREFERENCES_AREA)
@NoStore()
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @Render('notifications/preferences')
  form(@CurrentActor() actor: Actor) {
    return this.preferences.formModel(actor);
  }

  @Post()
  @FormView('notifications/preferences', (controller: NotificationPreferencesController, request) =>
    controller.preferences.formModel(actorOf(request), request.body as Record<string, unknown>),
  )
  @Redirect('/account/notifications', 303)
  async save(
    @CurrentActor() actor: Actor,
    @Body() form: UpdatePreferencesDto,
    @Req() request: Request,
  ) {
    await this.preferences.update(actor, form);
    flash(request, 'success', 'notifications.preferences.saved');
  }
}
