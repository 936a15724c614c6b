import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { SOP_TEMPLATES_AREA } from './documents.areas';
import { PublishTemplateDto, TemplateDraftDto, TemplateFieldsDto } from './dto/template-forms.dto';
import { TemplatePagesService } from './template-pages.service';
import { idOf, TemplatesService } from './templates.service';

const see = (url: string) => ({ url, statusCode: 303 });

/** Whole numbers from a query string (a version number), 0 when absent or not one. */
function numberOf(value: unknown): number {
  return typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 0;
}

/** SOP and Terms-of-Reference templates: list, new, the template, its editor, publish, versions, diffs. */
@Controller('sops/templates')
@InArea(SOP_TEMPLATES_AREA)
export class TemplatesController {
  constructor(
    readonly pages: TemplatePagesService,
    private readonly templates: TemplatesService,
  ) {}

  @Get()
  @Render('documents/templates')
  list(@CurrentActor() actor: Actor) {
    return this.pages.listModel(actor);
  }

  @Get('new')
  @Render('documents/template-new')
  newForm(@CurrentActor() actor: Actor) {
    return this.pages.newModel(actor);
  }

  @Post()
  @FormView('documents/template-new', (controller: TemplatesController, request) =>
    controller.pages.newModel(actorOf(request)),
  )
  @Redirect()
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: TemplateFieldsDto,
    @Req() request: Request,
  ) {
    const template = await this.templates.create(actor, body);
    flash(request, 'success', 'documents.templates.created');
    return see(`/sops/templates/${template.id}/edit`);
  }

  @Get(':id')
  @Render('documents/template')
  page(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.pages.pageModel(actor, id);
  }

  @Get(':id/edit')
  @Render('documents/template-edit')
  edit(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.pages.editModel(actor, id);
  }

  @Post(':id')
  @FormView('documents/template-edit', (controller: TemplatesController, request) =>
    controller.pages.editModelWithInput(
      actorOf(request),
      String(request.params.id),
      request.body as Record<string, unknown>,
    ),
  )
  @Redirect()
  async save(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: TemplateDraftDto,
    @Req() request: Request,
  ) {
    await this.templates.saveDraft(actor, id, body, request.body as Record<string, unknown>);
    flash(request, 'success', 'documents.templates.saved');
    return see(`/sops/templates/${idOf(id)}`);
  }

  @Post(':id/publish')
  @FormView('documents/template', (controller: TemplatesController, request) =>
    controller.pages.pageModel(actorOf(request), String(request.params.id)),
  )
  @Redirect()
  async publish(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: PublishTemplateDto,
    @Req() request: Request,
  ) {
    const version = await this.templates.publish(actor, id, body.note ?? '');
    flash(request, 'success', {
      key: 'documents.templates.published',
      params: { number: version.number },
    });
    return see(`/sops/templates/${idOf(id)}`);
  }

  @Get(':id/versions/:number')
  @Render('documents/template-version')
  version(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('number') number: string) {
    return this.pages.versionModel(actor, id, numberOf(number));
  }

  /** `?from=1&to=2`: the sections that changed between two versions (from=0: everything is new). */
  @Get(':id/diff')
  @Render('documents/template-diff')
  diff(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
  ) {
    return this.pages.diffModel(actor, id, numberOf(query.from), numberOf(query.to));
  }
}
