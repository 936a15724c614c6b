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
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { ID } from '../iwg/id.pipe';
import { ExpertPageQuery, HoursQuery, PoolQuery } from './dto/expert-queries.dto';
import { AvailabilityFormDto, ProfileFormDto, VettingDto } from './dto/profile-form.dto';
import { ExpertPagesService } from './expert-pages.service';
import { EXPERTS_AREA } from './experts.area';
import { PoolFiguresService } from './pool-figures.service';
import { ProfilesService } from './profiles.service';

const see = (url: string) => ({ url, statusCode: 303 });
const profilePage = (controller: ExpertsController, request: Request) =>
  controller.pages.profileModel(actorOf(request));

/** The pool: its overview, the expert's own profile and hours, and staff's vetting and figures. */
@Controller('experts')
@InArea(EXPERTS_AREA)
export class ExpertsController {
  constructor(
    readonly pages: ExpertPagesService,
    private readonly profiles: ProfilesService,
    private readonly figures: PoolFiguresService,
  ) {}

  @Get()
  @Render('experts/index')
  overview(@CurrentActor() actor: Actor, @Query() query: PoolQuery) {
    return this.pages.overview(actor, query);
  }

  @Get('profile')
  @Render('experts/profile')
  profile(@CurrentActor() actor: Actor) {
    return this.pages.profileModel(actor);
  }

  @Post('profile')
  @FormView('experts/profile', profilePage)
  @Redirect()
  async saveProfile(
    @CurrentActor() actor: Actor,
    @Body() body: ProfileFormDto,
    @Req() request: Request,
  ) {
    await this.profiles.saveOwn(actor, body);
    flash(request, 'success', { key: 'experts.profile.saved' });
    return see('/experts/profile');
  }

  @Post('profile/availability')
  @FormView('experts/profile', profilePage)
  @Redirect()
  async addPeriod(
    @CurrentActor() actor: Actor,
    @Body() body: AvailabilityFormDto,
    @Req() request: Request,
  ) {
    await this.profiles.addPeriod(actor, body);
    flash(request, 'success', { key: 'experts.availability.added' });
    return see('/experts/profile#availability');
  }

  @Post('profile/availability/:periodId/delete')
  @Redirect()
  async removePeriod(
    @CurrentActor() actor: Actor,
    @Param('periodId', ID) periodId: number,
    @Req() request: Request,
  ) {
    await this.profiles.removePeriod(actor, periodId);
    flash(request, 'success', { key: 'experts.availability.removed' });
    return see('/experts/profile#availability');
  }

  /** The expert's own hours as CSV, for their record (one year, or all). */
  @Get('hours.csv')
  async hours(@CurrentActor() actor: Actor, @Query() query: HoursQuery, @Res() response: Response) {
    const csv = await this.figures.ownCsv(actor, query.year);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="expert-hours${query.year ? `-${query.year}` : ''}.csv"`,
    );
    response.setHeader('Cache-Control', 'private, no-cache');
    response.send(csv);
  }

  @Get('figures')
  @Render('experts/figures')
  figuresPage(@CurrentActor() actor: Actor) {
    return this.pages.figuresModel(actor);
  }

  @Get('pool/:id')
  @Render('experts/expert')
  expert(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Query() query: ExpertPageQuery,
  ) {
    return this.pages.staffProfileModel(actor, id, query.page);
  }

  @Post('pool/:id/status')
  @FormView('experts/expert', (controller: ExpertsController, request) =>
    controller.pages.staffProfileModel(actorOf(request), Number(request.params.id)),
  )
  @Redirect()
  async vet(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: VettingDto,
    @Req() request: Request,
  ) {
    const { changed } = await this.profiles.vet(actor, id, body);
    flash(request, 'success', {
      key: changed ? 'experts.vetting.changed' : 'experts.vetting.unchanged',
    });
    return see(`/experts/pool/${id}`);
  }
}
