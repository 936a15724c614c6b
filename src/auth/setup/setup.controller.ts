import { Body, Controller, Get, Header, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '../../common/auth/public.decorator';
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
    return this.setup.formModel(token);
  }

  @Post(':token')
  @FormView('auth/setup', (controller: SetupController, request) => controller.formModel(request))
  @Redirect('/login', 303)
  async create(@Param('token') token: string, @Body() body: SetupDto, @Req() request: Request) {
    await this.setup.create(token, body, request);
  }

  formModel(request: Request) {
    return this.setup.formModel(String(request.params.token));
  }
}
