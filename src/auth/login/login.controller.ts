import { InArea } from '../../common/areas/area';
import { SIGNED_IN_AREA } from '../auth.area';
import {
  Body,
  Controller,
  Get,
  Post,
  Query,
  Redirect,
  Render,
  Req,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { AllowIncompleteSignIn } from '../../common/auth/incomplete-sign-in.decorator';
import { Public } from '../../common/auth/public.decorator';
import { FormView } from '../../common/forms/form-view.decorator';
import { TwoFactorCodeDto } from '../two-factor/dto/two-factor-code.dto';
import { LocalAuthGuard, loginRefusal, signInAccount } from './local-auth.guard';
import { LoginService } from './login.service';
import {
  destroySession,
  safeNext,
  startPendingSignIn,
  startSignedInSession,
} from './sign-in-session';
import { SignInRefused } from './sign-in-refused';

@Controller()
export class LoginController {
  constructor(private readonly login: LoginService) {}

  @Public()
  @Get('login')
  @Render('auth/login')
  form(@Query('next') next?: string) {
    return { pageTitle: { key: 'login.title' }, next: safeNext(next), values: {} };
  }

  /** Password accepted (LocalAuthGuard): a new session id, then the second factor or straight in. */
  @Public()
  @Post('login')
  @UseGuards(LocalAuthGuard)
  @Redirect('/', 303)
  async submit(@Req() request: Request, @CurrentActor() actor: Actor) {
    const user = signInAccount(request);
    const next = safeNext((request.body as { next?: unknown }).next);
    if (this.login.needsSecondFactor(user)) {
      await startPendingSignIn(request, user.id, next);
      return { url: '/login/two-factor', statusCode: 303 };
    }
    const done = await this.login.complete(user, actor);
    await startSignedInSession(request, done.userId, done.previousLoginAt);
    return { url: next, statusCode: 303 };
  }

  @Public()
  @Get('login/two-factor')
  @Render('auth/two-factor')
  secondFactorForm(@Req() request: Request) {
    if (request.session.pendingUserId === undefined) throw new UnauthorizedException();
    return { pageTitle: { key: 'twoFactor.signInTitle' }, values: {} };
  }

  @Public()
  @Post('login/two-factor')
  @FormView('auth/two-factor', (controller: LoginController, request) =>
    controller.secondFactorForm(request),
  )
  @Redirect('/', 303)
  async secondFactor(
    @Req() request: Request,
    @Body() body: TwoFactorCodeDto,
    @CurrentActor() actor: Actor,
  ) {
    const pendingUserId = request.session.pendingUserId;
    if (pendingUserId === undefined) throw new UnauthorizedException();
    const next = request.session.pendingNext ?? '/';
    try {
      const done = await this.login.completeSecondFactor(pendingUserId, body.code, actor);
      await startSignedInSession(request, done.userId, done.previousLoginAt);
    } catch (error) {
      if (!(error instanceof SignInRefused)) throw error;
      await destroySession(request);
      throw loginRefusal();
    }
    return { url: next, statusCode: 303 };
  }

  @AllowIncompleteSignIn()
  @InArea(SIGNED_IN_AREA)
  @Post('logout')
  @Redirect('/login', 303)
  async logout(@Req() request: Request, @CurrentActor() actor: Actor) {
    await this.login.logout(actor);
    await destroySession(request);
  }
}
