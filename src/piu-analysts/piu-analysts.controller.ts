import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Redirect,
  Render,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { NoStore } from '../common/http/no-store.decorator';
import { flash } from '../common/views/flash';
import { PIU_ANALYSTS_AREA } from './piu-analysts.area';
import { PiuAnalystsService } from './piu-analysts.service';

const Id = new ParseIntPipe({ errorHttpStatusCode: HttpStatus.NOT_FOUND });

/** `/piu-analysts`: the focal point's list of their State's PIU analysts, and their recovery. */
@Controller('piu-analysts')
@InArea(PIU_ANALYSTS_AREA)
@NoStore()
export class PiuAnalystsController {
  constructor(private readonly analysts: PiuAnalystsService) {}

  @Get()
  @Render('piu-analysts/list')
  async list(@CurrentActor() actor: Actor) {
    return this.listModel(actor);
  }

  @Post(':id/two-factor/reset')
  @Redirect('/piu-analysts', 303)
  async resetTwoFactor(
    @Param('id', Id) id: number,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const { name, outcome } = await this.analysts.resetTwoFactor(actor, id, request.path);
    const key = outcome === 'reset' ? 'piuAnalysts.twoFactorReset' : 'piuAnalysts.noTwoFactor';
    flash(request, outcome === 'reset' ? 'success' : 'info', { key, params: { name } });
  }

  @Post(':id/supervisor')
  @FormView('piu-analysts/list', (controller: PiuAnalystsController, request) =>
    controller.postedListModel(request),
  )
  @Redirect('/piu-analysts', 303)
  async setSupervisor(
    @Param('id', Id) id: number,
    @Body('supervisor') supervisor: unknown,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const on = supervisor === 'on';
    const { name, changed } = await this.analysts.setSupervisor(actor, id, on, request.path);
    if (!changed) return;
    const key = on ? 'piuAnalysts.supervisorGranted' : 'piuAnalysts.supervisorRevoked';
    flash(request, 'success', { key, params: { name } });
  }

  /** Renders the link once; the page is never stored (see @NoStore on the class). */
  @Post(':id/password-reset-link')
  @FormView('piu-analysts/list', (controller: PiuAnalystsController, request) =>
    controller.postedListModel(request),
  )
  @HttpCode(200)
  @Render('admin/reset-link')
  async issueResetLink(
    @Param('id', Id) id: number,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const issued = await this.analysts.issueResetLink(actor, id, request.path);
    return {
      pageTitle: { key: 'admin.resetLink.title' },
      ...issued,
      userHref: '/piu-analysts',
    };
  }

  postedListModel(request: Request) {
    return this.listModel(actorOf(request));
  }

  private async listModel(actor: Actor) {
    return {
      pageTitle: { key: 'piuAnalysts.title' },
      stateName: actor.user?.organisationName,
      analysts: await this.analysts.list(actor),
    };
  }
}
