import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { flash } from '../../common/views/flash';
import { ID } from '../../iwg/id.pipe';
import { StateCodePipe } from '../../member-states/state-code.pipe';
import { StepFormDto, StepLinkDto, StepStatusDto } from './dto/step-forms.dto';
import { RoadmapEditing } from './roadmap-editing.service';
import { RoadmapLinks } from './roadmap-links.service';
import { RoadmapPages } from './roadmap-pages.service';
import { ROADMAPS_AREA } from './roadmaps.area';

const see = (url: string) => ({ url, statusCode: 303 });

/** The step's page again, for a form on it that was wrong (status, links). */
const stepPage = (controller: RoadmapStepController, request: Request) =>
  controller.pages.stepModel(
    actorOf(request),
    String(request.params.code).toUpperCase(),
    Number(request.params.stepId),
  );

/** One step: its page, staff's edit form and links, the status form (staff and the focal point). */
@Controller('states/:code/roadmap/steps/:stepId')
@InArea(ROADMAPS_AREA)
export class RoadmapStepController {
  constructor(
    readonly pages: RoadmapPages,
    private readonly editing: RoadmapEditing,
    private readonly links: RoadmapLinks,
  ) {}

  @Get()
  @Render('programme/roadmaps/step')
  step(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Param('stepId', ID) stepId: number,
  ) {
    return this.pages.stepModel(actor, code, stepId);
  }

  @Get('edit')
  @Render('programme/roadmaps/step-form')
  edit(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Param('stepId', ID) stepId: number,
  ) {
    return this.pages.editStepModel(actor, code, stepId);
  }

  @Post('edit')
  @FormView('programme/roadmaps/step-form', (controller: RoadmapStepController, request) =>
    controller.pages.editStepModel(
      actorOf(request),
      String(request.params.code).toUpperCase(),
      Number(request.params.stepId),
    ),
  )
  @Redirect()
  async update(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Param('stepId', ID) stepId: number,
    @Body() body: StepFormDto,
    @Req() request: Request,
  ) {
    const changed = await this.editing.update(actor, code, stepId, body);
    flash(request, 'success', { key: changed ? 'roadmaps.step.saved' : 'roadmaps.step.unchanged' });
    return see(`/states/${code}/roadmap/steps/${stepId}`);
  }

  @Post('status')
  @FormView('programme/roadmaps/step', stepPage)
  @Redirect()
  async status(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Param('stepId', ID) stepId: number,
    @Body() body: StepStatusDto,
    @Req() request: Request,
  ) {
    const changed = await this.editing.setStatus(actor, code, stepId, body);
    flash(request, 'success', {
      key: changed ? 'roadmaps.step.statusSaved' : 'roadmaps.step.unchanged',
    });
    return see(`/states/${code}/roadmap/steps/${stepId}`);
  }

  @Post('links')
  @FormView('programme/roadmaps/step', stepPage)
  @Redirect()
  async link(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Param('stepId', ID) stepId: number,
    @Body() body: StepLinkDto,
    @Req() request: Request,
  ) {
    const title = await this.links.link(actor, code, stepId, body);
    flash(request, 'success', { key: 'roadmaps.link.added', params: { title } });
    return see(`/states/${code}/roadmap/steps/${stepId}#links`);
  }

  @Post('links/:linkId/remove')
  @Redirect()
  async unlink(
    @CurrentActor() actor: Actor,
    @Param('code', StateCodePipe) code: string,
    @Param('stepId', ID) stepId: number,
    @Param('linkId', ID) linkId: number,
    @Req() request: Request,
  ) {
    await this.links.unlink(actor, code, stepId, linkId);
    flash(request, 'success', { key: 'roadmaps.link.removed' });
    return see(`/states/${code}/roadmap/steps/${stepId}#links`);
  }
}
