import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Redirect,
  Render,
  Req,
  UseGuards,
} from '@nestjs/common';
import type { Request } from 'express';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { flash } from '../../common/views/flash';
import { ID } from '../../iwg/id.pipe';
import { SCREENING_AREA } from '../piu.area';
import type { Analyst } from '../work-purpose/analyst';
import { CurrentAnalyst } from '../work-purpose/current-analyst.decorator';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { ExportHitDto } from './dto/export-hit.dto';
import { HitNoteDto } from './dto/hit-note.dto';
import { analystOf } from './hit-analyst';
import { HitExportService } from './hit-export.service';
import { HitPages, hitPath } from './hit-pages';
import { HitWorkflowService } from './hit-workflow.service';

/** The hit page drawn again, with the form's input and messages, after a refused form. */
export const HIT_FORM_VIEW = FormView('piu/hits/hit', (controller: { pages: HitPages }, request) =>
  controller.pages.page(analystOf(request), Number(request.params.id)),
);

/** `/screening/hits/:id`: a hit's page, notes on it, and its export for a lawful request. */
@Controller('screening/hits/:id')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class HitsController {
  constructor(
    readonly pages: HitPages,
    private readonly workflow: HitWorkflowService,
    private readonly exports: HitExportService,
  ) {}

  @Get()
  @Render('piu/hits/hit')
  page(@CurrentAnalyst() analyst: Analyst, @Param('id', ID) id: number) {
    return this.pages.page(analyst, id);
  }

  @Post('notes')
  @HIT_FORM_VIEW
  @Redirect()
  async note(
    @CurrentAnalyst() analyst: Analyst,
    @Param('id', ID) id: number,
    @Body() form: HitNoteDto,
    @Req() request: Request,
  ) {
    await this.workflow.note(analyst.actor, id, form.note);
    flash(request, 'success', { key: 'hits.done.noted' });
    return { url: `${hitPath(id)}#history`, statusCode: 303 };
  }

  /** The record as a file (JSON or PDF), made on the server and streamed; audited. */
  @Post('export')
  @HIT_FORM_VIEW
  @HttpCode(200)
  export(
    @CurrentAnalyst() analyst: Analyst,
    @Param('id', ID) id: number,
    @Body() form: ExportHitDto,
  ) {
    return this.exports.export(analyst, id, form.format, form.reference);
  }
}
