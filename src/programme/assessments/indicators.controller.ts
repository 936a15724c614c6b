import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { flash } from '../../common/views/flash';
import { ID } from '../../iwg/id.pipe';
import { INDICATORS_AREA } from './assessments.area';
import { IndicatorDto } from './dto/assessment-forms.dto';
import { IndicatorsService } from './indicators.service';

/** The indicator set (staff and admins): list, add, edit, retire. */
@Controller('programme/indicators')
@InArea(INDICATORS_AREA)
export class IndicatorsController {
  constructor(readonly indicators: IndicatorsService) {}

  @Get()
  @Render('programme/assessments/indicators')
  list() {
    return this.indicators.listModel();
  }

  @Get('new')
  @Render('programme/assessments/indicator-form')
  newForm() {
    return this.indicators.formModel();
  }

  @Post()
  @FormView('programme/assessments/indicator-form', (controller: IndicatorsController) =>
    controller.indicators.formModel(),
  )
  @Redirect()
  async create(@CurrentActor() actor: Actor, @Body() body: IndicatorDto, @Req() request: Request) {
    const saved = await this.indicators.create(actor, body);
    flash(request, 'success', { key: 'indicators.saved', params: { code: saved.code } });
    return { url: '/programme/indicators', statusCode: 303 };
  }

  @Get(':id')
  @Render('programme/assessments/indicator-form')
  edit(@Param('id', ID) id: number) {
    return this.indicators.editModel(id);
  }

  @Post(':id')
  @FormView('programme/assessments/indicator-form', (controller: IndicatorsController, request) =>
    controller.indicators.editModel(Number(request.params.id)),
  )
  @Redirect()
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: IndicatorDto,
    @Req() request: Request,
  ) {
    const saved = await this.indicators.update(actor, id, body);
    flash(request, 'success', { key: 'indicators.saved', params: { code: saved.code } });
    return { url: '/programme/indicators', statusCode: 303 };
  }
}
