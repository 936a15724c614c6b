import { Controller, Get, Param, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { VerifyQuery } from './dto/training-forms.dto';
import { TRAINING_VERIFY_AREA } from './training.areas';
import { TrainingCertificatesService } from './training-certificates.service';

/** Staff check a certificate's code: the form, and the answer (404 for a code that is no certificate). */
@Controller('training/verify')
@InArea(TRAINING_VERIFY_AREA)
export class TrainingVerifyController {
  constructor(private readonly certificates: TrainingCertificatesService) {}

  @Get()
  @Render('training/verify')
  async form(
    @CurrentActor() actor: Actor,
    @Query() query: VerifyQuery,
    @Res({ passthrough: true }) response: Response,
  ) {
    return query.code
      ? this.answer(actor, query.code, response)
      : { pageTitle: { key: 'training.verify.title' }, code: '' };
  }

  @Get(':code')
  @Render('training/verify')
  async check(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.answer(actor, code, response);
  }

  private async answer(actor: Actor, code: string, response: Response) {
    const certificate = await this.certificates.verify(actor, code);
    if (!certificate) response.status(404);
    return { pageTitle: { key: 'training.verify.title' }, code, checked: true, certificate };
  }
}
