import { InArea } from '../../common/areas/area';
import { SIGNED_IN_AREA } from '../auth.area';
import { Body, Controller, Get, Post, Redirect, Render } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AllowIncompleteSignIn } from '../../common/auth/incomplete-sign-in.decorator';
import { FormView } from '../../common/forms/form-view.decorator';
import { AcceptTermsDto } from './accept-terms.dto';
import { TermsService } from './terms.service';

@Controller('terms')
@InArea(SIGNED_IN_AREA)
@AllowIncompleteSignIn()
export class TermsController {
  constructor(private readonly terms: TermsService) {}

  @Get()
  @Render('auth/terms')
  page(@CurrentUser() user: AuthenticatedUser) {
    return { pageTitle: { key: 'terms.title' }, ...this.terms.status(user) };
  }

  @Post()
  @FormView('auth/terms', (controller: TermsController, request) => controller.formModel(request))
  @Redirect('/', 303)
  async accept(@CurrentActor() actor: Actor, @Body() _body: AcceptTermsDto) {
    await this.terms.accept(actor);
  }

  formModel(request: Request) {
    return this.page(request.user!);
  }
}
