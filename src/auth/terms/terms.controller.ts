import { Body, Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AllowIncompleteSignIn } from '../../common/auth/incomplete-sign-in.decorator';
import { FormView } from '../../common/forms/form-view.decorator';
import { AcceptTermsDto } from './accept-terms.dto';
import { TermsService } from './terms.service';

@Controller('terms')
@AllowIncompleteSignIn()
export class TermsController {
  constructor(private readonly terms: TermsService) {}

  @Get()
  @Render('auth/terms')
  page(@CurrentUser() user: AuthenticatedUser) {
    return this.terms.pageModel(user);
  }

  @Post()
  @FormView('auth/terms', (controller: TermsController, request) => controller.formModel(request))
  @Redirect('/', 303)
  async accept(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Body() _body: AcceptTermsDto,
  ) {
    await this.terms.accept(user, request);
  }

  formModel(request: Request) {
    return this.terms.pageModel(request.user!);
  }
}
