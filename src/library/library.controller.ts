import { returnPath, withQuery } from '../common/http/return-path';
import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import { actorOf } from '../common/actor/actor-of';
import { userOf, type Actor } from '../common/actor/actor';
import { publishesDirectly } from './library-rights';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { CsrfInMultipartBody } from '../common/security/multipart-csrf';
import { flash } from '../common/views/flash';
import { ListResourcesQuery } from './dto/list-resources.query';
import { ResourceFormDto } from './dto/resource-form.dto';
import { LIBRARY_AREA } from './library.areas';
import { LibraryPublishingService } from './library-publishing.service';
import { LibraryUploads } from './library-uploads';
import { LibraryViewsService } from './library-views.service';

/** The library: list, a resource's page, new (file or link), edit, delete. */
@Controller('library')
@InArea(LIBRARY_AREA)
export class LibraryController {
  constructor(
    private readonly views: LibraryViewsService,
    private readonly publishing: LibraryPublishingService,
    private readonly uploads: LibraryUploads,
  ) {}

  @Get()
  @Render('library/list')
  list(@CurrentActor() actor: Actor, @Query() query: ListResourcesQuery) {
    return this.views.listModel(actor, query);
  }

  @Get('new')
  @Render('library/form')
  newForm(@Req() request: Request) {
    return this.newFormModel(request);
  }

  /** A streamed upload (or a link): published, or proposed for review. */
  @Post()
  @CsrfInMultipartBody()
  @FormView('library/form', (controller: LibraryController, request) =>
    controller.newFormModel(request),
  )
  @Redirect('/library', 303)
  async create(@CurrentActor() actor: Actor, @Req() request: Request) {
    const created = await this.uploads.handle(request, ResourceFormDto, (form, received) =>
      this.publishing.create(actor, form, received),
    );
    const published = created.status === 'published';
    flash(request, 'success', published ? 'library.published' : 'library.proposed');
    // Opened from a composer: back to it, the new resource in its attachments once others may see it.
    const back = returnPath((request.body as Record<string, unknown>).back);
    if (back) {
      if (!published) flash(request, 'info', 'library.attachAfterReview');
      return { url: published ? `${withQuery(back, 'attach', created.id)}#reply` : back };
    }
    return { url: `/library/${created.id}` };
  }

  @Get(':id')
  @Render('library/resource')
  page(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.views.pageModel(actor, id);
  }

  @Get(':id/edit')
  @Render('library/form')
  editForm(@Req() request: Request) {
    return this.editFormModel(request);
  }

  @Post(':id')
  @FormView('library/form', (controller: LibraryController, request) =>
    controller.editFormModel(request),
  )
  @Redirect('/library', 303)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() form: ResourceFormDto,
    @Req() request: Request,
  ) {
    await this.publishing.update(actor, id, form);
    flash(request, 'success', 'library.updated');
    return { url: `/library/${id}` };
  }

  @Post(':id/delete')
  @Redirect('/library', 303)
  async remove(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: Request) {
    await this.publishing.remove(actor, id);
    flash(request, 'success', 'library.deleted');
  }

  /** The new form; `?translationOf=<id>` starts a translation of that resource. */
  async newFormModel(request: Request) {
    const actor = actorOf(request);
    const translationOf =
      typeof request.query.translationOf === 'string' &&
      /^\d{1,9}$/.test(request.query.translationOf)
        ? request.query.translationOf
        : typeof (request.body as Record<string, unknown> | undefined)?.translationOf === 'string'
          ? String((request.body as Record<string, unknown>).translationOf)
          : '';
    const form = (
      request.method === 'POST'
        ? request.body
        : {
            kind: 'file',
            language: 'en',
            pillars: [],
            visibility: stringOf(request.query.visibility),
          }
    ) as Record<string, unknown>;
    const back = returnPath(request.method === 'POST' ? form.back : request.query.back);
    return {
      back,
      pageTitle: { key: translationOf ? 'library.new.translationTitle' : 'library.new.title' },
      action: '/library',
      multipart: true,
      translationOf,
      maxMegabytes: this.uploads.maxMegabytes(),
      proposal: !publishesDirectly(userOf(actor)),
      form,
      ...(await this.views.formModel(actor, undefined, stringOf(form.visibility))),
    };
  }

  async editFormModel(request: Request) {
    const actor = actorOf(request);
    const resource = await this.publishing.editable(actor, String(request.params.id));
    const model = await this.views.formModel(actor, resource);
    const form = (request.method === 'POST' ? request.body : model.current) as Record<
      string,
      unknown
    >;
    return {
      pageTitle: { key: 'library.edit.title' },
      action: `/library/${resource.id}`,
      multipart: false,
      editing: true,
      form,
      ...(await this.views.formModel(actor, resource, stringOf(form.visibility))),
    };
  }
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
