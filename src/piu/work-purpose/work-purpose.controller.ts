import { Body, Controller, Get, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormError } from '../../common/forms/form-error';
import { FormView } from '../../common/forms/form-view.decorator';
import { returnPath } from '../../common/http/return-path';
import { flash } from '../../common/views/flash';
import { AuditService } from '../../audit/audit.service';
import { SCREENING_AREA } from '../piu.area';
import { PURPOSES_NEEDING_NOTE, WORK_PURPOSES } from './work-purpose';
import { WorkPurposeDto } from './work-purpose.dto';

/** `/screening/purpose`: the analyst says why they work with passenger data this session. */
@Controller('screening/purpose')
@InArea(SCREENING_AREA)
export class WorkPurposeController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Render('piu/purpose')
  form(@Req() request: Request, @Query('back') back?: string) {
    const current = request.session.workPurpose;
    return this.model({
      purpose: current?.code,
      note: current?.note,
      back: returnPath(back) ?? '',
    });
  }

  @Post()
  @FormView('piu/purpose', (controller: WorkPurposeController, request) =>
    controller.model(request.body as Record<string, unknown>),
  )
  @Redirect()
  async choose(
    @Body() form: WorkPurposeDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
  ) {
    const note = form.note ?? '';
    if (PURPOSES_NEEDING_NOTE.has(form.purpose) && note === '') {
      throw new FormError({ note: ['screening.purpose.noteNeeded'] });
    }
    request.session.workPurpose = { code: form.purpose, note, chosenAt: Date.now() };
    await this.audit.record(actor, {
      action: 'screening.purpose-declared',
      details: { purpose: form.purpose, note },
    });
    flash(request, 'success', { key: 'screening.purpose.chosen' });
    return { url: returnPath(form.back) ?? '/screening', statusCode: 303 };
  }

  model(values: Record<string, unknown>) {
    return {
      pageTitle: { key: 'screening.purpose.title' },
      values,
      purposes: WORK_PURPOSES.map((code) => ({
        value: code,
        labelKey: `screening.purpose.${code}`,
        selected: values.purpose === code,
      })),
    };
  }
}
