import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  Post,
  Query,
  Redirect,
  Render,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { StateCodePipe } from '../member-states/state-code.pipe';
import { STATE_DOCUMENTS_AREA } from './documents.areas';
import {
  DocumentOutputService,
  OUTPUT_FORMATS,
  type OutputFormat,
} from './document-output.service';
import {
  CommentDto,
  CreateDocumentDto,
  FillStepDto,
  LifecycleDto,
  RoadmapStepDto,
  UpstreamDto,
} from './dto/document-forms.dto';
import { DocumentRoadmapStepService } from './document-roadmap-step.service';
import { StateDocumentPagesService } from './state-document-pages.service';
import { StateDocumentsService, type LifecycleAction } from './state-documents.service';
import { UpstreamService } from './upstream.service';

const see = (url: string) => ({ url, statusCode: 303 });
const code = (request: Request) => String(request.params.code).toUpperCase();
/** The step a posted form was on, as the fill page reads it. */
const stepOf = (request: Request) => {
  const step = (request.body as { step?: unknown }).step;
  return typeof step === 'string' ? step : '0';
};
const documentPage = (controller: StateDocumentsController, request: Request) =>
  controller.pages.pageModel(actorOf(request), code(request), String(request.params.id));

/** A State's documents: the list and new, a document, the guided form, lifecycle, comments, the template's changes, downloads. */
@Controller('states/:code/documents')
@InArea(STATE_DOCUMENTS_AREA)
export class StateDocumentsController {
  constructor(
    readonly pages: StateDocumentPagesService,
    private readonly documents: StateDocumentsService,
    private readonly upstream: UpstreamService,
    private readonly output: DocumentOutputService,
    private readonly roadmapStep: DocumentRoadmapStepService,
  ) {}

  @Get()
  @Render('documents/list')
  list(@CurrentActor() actor: Actor, @Param('code', StateCodePipe) stateCode: string) {
    return this.pages.listModel(actor, stateCode);
  }

  @Post()
  @FormView('documents/list', (controller: StateDocumentsController, request) =>
    controller.pages.listModel(actorOf(request), code(request)),
  )
  @Redirect()
  async create(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Body() body: CreateDocumentDto,
    @Req() request: Request,
  ) {
    const document = await this.documents.create(actor, stateCode, body);
    flash(request, 'success', 'documents.created');
    return see(`/states/${stateCode}/documents/${document.id}/fill`);
  }

  @Get(':id')
  @Render('documents/document')
  page(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Param('id') id: string,
  ) {
    return this.pages.pageModel(actor, stateCode, id);
  }

  @Get(':id/fill')
  @Render('documents/fill')
  fill(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Param('id') id: string,
    @Query('step') step: unknown,
  ) {
    return this.pages.fillModel(actor, stateCode, id, step);
  }

  /** Saves one page of the guided form, then the next page (or the document after the last). */
  @Post(':id/fill')
  @FormView('documents/fill', (controller: StateDocumentsController, request) =>
    controller.pages.fillModel(
      actorOf(request),
      code(request),
      String(request.params.id),
      stepOf(request),
    ),
  )
  @Redirect()
  async save(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Param('id') id: string,
    @Body() body: FillStepDto,
    @Req() request: Request,
  ) {
    const document = await this.documents.saveStep(actor, stateCode, id, {
      revision: body.revision,
      step: body.step,
      answers: body.answers && typeof body.answers === 'object' ? body.answers : {},
    });
    flash(request, 'success', 'documents.fill.saved');
    const base = `/states/${stateCode}/documents/${document.id}`;
    if (body.go === 'stay') return see(`${base}/fill?step=${body.step}`);
    if (body.go === 'back') return see(`${base}/fill?step=${Math.max(0, body.step - 1)}`);
    const model = await this.pages.fillModel(actor, stateCode, id, String(body.step));
    return see(model.step && !model.step.isLast ? `${base}/fill?step=${body.step + 1}` : base);
  }

  @Post(':id/lifecycle')
  @FormView('documents/document', documentPage)
  @Redirect()
  async lifecycle(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Param('id') id: string,
    @Body() body: LifecycleDto,
    @Req() request: Request,
  ) {
    const document = await this.documents.step(
      actor,
      stateCode,
      id,
      body.action as LifecycleAction,
    );
    flash(request, 'success', `documents.lifecycle.done.${body.action}`);
    return see(`/states/${stateCode}/documents/${document.id}`);
  }

  /** Ties the document to the roadmap step it fulfils (done at once when the document is active). */
  @Post(':id/step')
  @FormView('documents/document', documentPage)
  @Redirect()
  async tieStep(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Param('id') id: string,
    @Body() body: RoadmapStepDto,
    @Req() request: Request,
  ) {
    const outcome = await this.roadmapStep.tie(actor, stateCode, id, body.stepId);
    flash(
      request,
      'success',
      body.stepId === '' ? 'documents.step.untied' : `documents.step.tied.${outcome ?? 'open'}`,
    );
    return see(`/states/${stateCode}/documents/${id}#roadmap-step`);
  }

  @Post(':id/comments')
  @FormView('documents/document', documentPage)
  @Redirect()
  async comment(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Param('id') id: string,
    @Body() body: CommentDto,
    @Req() request: Request,
  ) {
    await this.documents.comment(actor, stateCode, id, body);
    flash(request, 'success', 'documents.comment.added');
    return see(`/states/${stateCode}/documents/${id}#section-${body.sectionKey}`);
  }

  @Get(':id/upstream')
  @Render('documents/upstream')
  upstreamPage(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Param('id') id: string,
  ) {
    return this.pages.upstreamModel(actor, stateCode, id);
  }

  @Post(':id/upstream')
  @FormView('documents/upstream', (controller: StateDocumentsController, request) =>
    controller.pages.upstreamModel(actorOf(request), code(request), String(request.params.id)),
  )
  @Redirect()
  async decide(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Param('id') id: string,
    @Body() body: UpstreamDto,
    @Req() request: Request,
  ) {
    const document = await this.upstream.decide(actor, stateCode, id, {
      toVersion: body.toVersion,
      decisions: body.decisions && typeof body.decisions === 'object' ? body.decisions : {},
    });
    flash(request, 'success', 'documents.upstream.decided');
    return see(`/states/${stateCode}/documents/${document.id}`);
  }

  /** The document as PDF, Word or HTML, made on the server; audited. */
  @Get(':id/download/:format')
  async download(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) stateCode: string,
    @Param('id') id: string,
    @Param('format') format: string,
    @Res() response: Response,
  ) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new NotFoundException();
    const file = await this.output.download(actor, stateCode, id, format as OutputFormat);
    response.setHeader('Content-Type', file.mediaType);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (format === 'html')
      response.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      );
    response.send(file.body);
  }
}
