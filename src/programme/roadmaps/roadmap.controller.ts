import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { flash } from '../../common/views/flash';
import { StateCodePipe } from '../../member-states/state-code.pipe';
import { DraftRoadmapDto, StepFormDto } from './dto/step-forms.dto';
import { RoadmapDrafts } from './roadmap-drafts.service';
import { RoadmapEditing } from './roadmap-editing.service';
import { RoadmapPages } from './roadmap-pages.service';
import { ROADMAPS_AREA } from './roadmaps.area';

const see = (url: string) => ({ url, statusCode: 303 });

/** A State's roadmap: progress, the timeline and the steps; staff add steps and draft from an assessment. */
@Controller('states/:code/roadmap')
@InArea(ROADMAPS_AREA)
export class RoadmapController {
  constructor(
    readonly pages: RoadmapPages,
    private readonly editing: RoadmapEditing,
    private readonly drafts: RoadmapDrafts,
  ) {}

  @Get()
  @Render('programme/roadmaps/roadmap')
  roadmap(@CurrentActor() actor: Actor, @Param('code', StateCodePipe) code: string) {
    return this.pages.roadmapModel(actor, code);
  }

  @Post('draft')
  @FormView('programme/roadmaps/roadmap', (controller: RoadmapController, request) =>
    controller.pages.roadmapModel(actorOf(request), String(request.params.code).toUpperCase()),
  )
  @Redirect()
  async draft(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Body() body: DraftRoadmapDto,
    @Req() request: Request,
  ) {
    const added = await this.drafts.draft(actor, code, body.assessmentId);
    flash(request, 'success', { key: 'roadmaps.draft.done', params: { count: added } });
    return see(`/states/${code}/roadmap`);
  }

  @Get('steps/new')
  @Render('programme/roadmaps/step-form')
  newStep(@CurrentActor() actor: Actor, @Param('code', StateCodePipe) code: string) {
    return this.pages.newStepModel(actor, code);
  }

  @Post('steps')
  @FormView('programme/roadmaps/step-form', (controller: RoadmapController, request) =>
    controller.pages.newStepModel(actorOf(request), String(request.params.code).toUpperCase()),
  )
  @Redirect()
  async create(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Body() body: StepFormDto,
    @Req() request: Request,
  ) {
    const step = await this.editing.create(actor, code, body);
    flash(request, 'success', { key: 'roadmaps.step.added', params: { title: step.title } });
    return see(`/states/${code}/roadmap/steps/${step.id}`);
  }
}
