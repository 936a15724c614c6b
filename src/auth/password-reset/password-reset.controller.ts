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
import { Public } from '../../common/auth/public.decorator';
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
    return this.resets.forgotModel();
  }

  /** Per-IP throttled in app.module.ts (the sign-in limit). */
  @Post('forgot')
  @FormView('auth/password-forgot', (controller: PasswordResetController) =>
    controller.forgotModel(),
  )
  @HttpCode(200)
  @Render('auth/password-forgot-sent')
  forgot(@Body() body: ForgotPasswordDto, @Req() request: Request) {
    return this.resets.request(body.email, request);
  }

  @Get('reset/:token')
  @Header('Cache-Control', 'no-store')
  @Render('auth/password-reset')
  resetForm(@Param('token') token: string) {
    return this.resets.resetModel(token);
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
  ) {
    await this.resets.reset(token, body, request);
  }

  forgotModel() {
    return this.resets.forgotModel();
  }

  resetModel(request: Request) {
    return this.resets.resetModel(String(request.params.token));
  }
}
