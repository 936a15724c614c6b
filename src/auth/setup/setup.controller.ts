import { Body, Controller, Get, Header, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { Public } from '../../common/auth/public.decorator';
import { CURRENT_TERMS_VERSION } from '../terms/terms-version';
import { flash } from '../../common/views/flash';
import { regenerateSession } from '../login/sign-in-session';
import { FormView } from '../../common/forms/form-view.decorator';
import { SetupDto } from './setup.dto';
import { SetupService } from './setup.service';

/** The first administrator's account, from the link printed on the console at first start. */
@Controller('setup')
@Public()
export class SetupController {
  constructor(private readonly setup: SetupService) {}

  @Get(':token')
  @Header('Cache-Control', 'no-store')
  @Render('auth/setup')
  form(@Param('token') token: string) {
    return this.page(token);
  }

  @Post(':token')
  @FormView('auth/setup', (controller: SetupController, request) => controller.formModel(request))
  @Redirect('/login', 303)
  async create(
    @Param('token') token: string,
    @Body() body: SetupDto,
    @Req() request: Request,
    @CurrentActor() actor: Actor,
  ) {
    await this.setup.create(token, body, actor);
    await regenerateSession(request);
    flash(request, 'success', 'setup.done');
  }

  formModel(request: Request) {
    return this.page(String(request.params.token));
  }

  private async page(token: string) {
    await this.setup.checkLink(token);
    return {
      pageTitle: { key: 'setup.title' },
      token,
      termsVersion: CURRENT_TERMS_VERSION,
    };
  }
}
