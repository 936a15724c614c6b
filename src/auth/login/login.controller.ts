import {
  Body,
  Controller,
  Get,
  Post,
  Query,
  Redirect,
  Render,
  Req,
  UseGuards,
} from '@nestjs/common';
import type { Request } from 'express';
import { AllowIncompleteSignIn } from '../../common/auth/incomplete-sign-in.decorator';
import { Public } from '../../common/auth/public.decorator';
import { FormView } from '../../common/forms/form-view.decorator';
import { TwoFactorCodeDto } from '../two-factor/dto/two-factor-code.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { LoginService } from './login.service';

@Controller()
export class LoginController {
  constructor(private readonly login: LoginService) {}

  @Public()
  @Get('login')
  @Render('auth/login')
  form(@Query('next') next?: string) {
    return this.login.formModel(next);
  }

  @Public()
  @Post('login')
  @UseGuards(LocalAuthGuard)
  @Redirect('/', 303)
  async submit(@Req() request: Request) {
    return { url: await this.login.afterPassword(request), statusCode: 303 };
  }

  @Public()
  @Get('login/two-factor')
  @Render('auth/two-factor')
  secondFactorForm(@Req() request: Request) {
    return this.login.secondFactorModel(request);
  }

  @Public()
  @Post('login/two-factor')
  @FormView('auth/two-factor', (controller: LoginController, request) =>
    controller.secondFactorForm(request),
  )
  @Redirect('/', 303)
  async secondFactor(@Req() request: Request, @Body() body: TwoFactorCodeDto) {
    return { url: await this.login.afterSecondFactor(request, body.code), statusCode: 303 };
  }

  @AllowIncompleteSignIn()
  @Post('logout')
  @Redirect('/login', 303)
  async logout(@Req() request: Request) {
    await this.login.logout(request);
  }
}
