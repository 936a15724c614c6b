import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Redirect,
  Render,
  Req,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { Public } from '../../common/auth/public.decorator';
import { flash } from '../../common/views/flash';
import { regenerateSession } from '../login/sign-in-session';
import { FormView } from '../../common/forms/form-view.decorator';
import { ForgotPasswordDto } from './dto/forgot-password.dto';
import { NewPasswordDto } from './dto/new-password.dto';
import { PasswordResetService } from './password-reset.service';

/** "Forgotten password" and the reset link's page (e-mailed or issued by an admin). */
@Controller('password')
@Public()
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Get('forgot')
  @Render('auth/password-forgot')
  forgotForm() {
    return this.forgotPage();
  }

  /** Per-IP throttled in app.module.ts (the sign-in limit). */
  @Post('forgot')
  @FormView('auth/password-forgot', (controller: PasswordResetController) =>
    controller.forgotModel(),
  )
  @HttpCode(200)
  @Render('auth/password-forgot-sent')
  forgot(@Body() body: ForgotPasswordDto, @CurrentActor() actor: Actor) {
    this.resets.request(body.email, actor);
    return {
      pageTitle: { key: 'passwordReset.sentTitle' },
      mailEnabled: this.resets.mailEnabled,
    };
  }

  @Get('reset/:token')
  @Header('Cache-Control', 'no-store')
  @Render('auth/password-reset')
  resetForm(@Param('token') token: string) {
    return this.resetPage(token);
  }

  @Post('reset/:token')
  @FormView('auth/password-reset', (controller: PasswordResetController, request) =>
    controller.resetModel(request),
  )
  @Redirect('/login', 303)
  async reset(
    @Param('token') token: string,
    @Body() body: NewPasswordDto,
    @Req() request: Request,
    @CurrentActor() actor: Actor,
  ) {
    await this.resets.reset(token, body, actor);
    // This browser starts afresh too: its old session (if it was this account's) is gone.
    await regenerateSession(request);
    flash(request, 'success', 'passwordReset.done');
  }

  forgotModel() {
    return this.forgotPage();
  }

  resetModel(request: Request) {
    return this.resetPage(String(request.params.token));
  }

  private forgotPage() {
    return {
      pageTitle: { key: 'passwordReset.forgotTitle' },
      mailEnabled: this.resets.mailEnabled,
      values: {},
    };
  }

  private async resetPage(token: string) {
    await this.resets.checkLink(token);
    return { pageTitle: { key: 'passwordReset.resetTitle' }, token };
  }
}
