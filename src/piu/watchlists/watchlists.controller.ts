import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Redirect,
  Render,
  Req,
  UseGuards,
} from '@nestjs/common';
import type { Request } from 'express';
import { actorOf } from '../../common/actor/actor-of';
import type { Actor } from '../../common/actor/actor';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { CsrfInMultipartBody } from '../../common/security/multipart-csrf';
import { flash } from '../../common/views/flash';
import { SCREENING_AREA } from '../piu.area';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { CreateListDto } from './dto/create-list.dto';
import { VersionQueryDto } from './dto/version-query.dto';
import { ListUploads } from './list-uploads';
import { WatchlistsService } from './watchlists.service';

/**
 * `/screening/lists`: the watchlists of the analyst's State. Analysts read every list, version,
 * import report and diff; supervisors of the PIU create lists and load versions.
 */
@Controller('screening/lists')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class WatchlistsController {
  constructor(
    private readonly lists: WatchlistsService,
    private readonly uploads: ListUploads,
  ) {}

  @Get()
  @Render('piu/watchlists/lists')
  page(@Req() request: Request) {
    return this.listsPageModel(request);
  }

  @Post()
  @FormView('piu/watchlists/lists', (controller: WatchlistsController, request) =>
    controller.listsPageModel(request),
  )
  @Redirect('/screening/lists', 303)
  async create(@CurrentActor() actor: Actor, @Body() form: CreateListDto, @Req() request: Request) {
    const list = await this.lists.create(actor, form);
    flash(request, 'success', 'screening.lists.created');
    return { url: `/screening/lists/${list.id}` };
  }

  @Get(':id')
  @Render('piu/watchlists/list')
  list(@Req() request: Request) {
    return this.listPageModel(request);
  }

  /** A streamed upload of a new version (several files for OFAC). */
  @Post(':id/versions')
  @CsrfInMultipartBody()
  @FormView('piu/watchlists/list', (controller: WatchlistsController, request) =>
    controller.listPageModel(request),
  )
  @Redirect('/screening/lists', 303)
  async upload(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: Request) {
    const version = await this.uploads.handle(actor, request, id);
    flash(request, 'success', {
      key: 'screening.lists.loaded',
      params: { number: version.number, entries: version.entryCount },
    });
    return { url: `/screening/lists/${version.watchlistId}/versions/${version.id}` };
  }

  @Get(':id/versions/:versionId')
  @Render('piu/watchlists/version')
  async version(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('versionId') versionId: string,
    @Query() query: VersionQueryDto,
  ) {
    const model = await this.lists.versionModel(actor, id, versionId, query);
    return {
      pageTitle: {
        key: 'screening.lists.version.title',
        params: { list: model.list.name, number: model.version.number },
      },
      ...model,
    };
  }

  async listsPageModel(request: Request) {
    return {
      pageTitle: { key: 'screening.lists.title' },
      ...(await this.lists.listsModel(actorOf(request))),
    };
  }

  async listPageModel(request: Request) {
    const model = await this.lists.listModel(actorOf(request), String(request.params.id));
    return {
      pageTitle: { key: 'screening.lists.list.title', params: { list: model.list.name } },
      maxMegabytes: this.uploads.maxMegabytes(),
      ...model,
    };
  }
}
