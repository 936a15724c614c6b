import { Body, Controller, Get, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { TeamEnrolDto } from './dto/training-forms.dto';
import { TRAINING_TEAM_AREA } from './training.areas';
import { TrainingEnrolmentService } from './training-enrolment.service';
import { TrainingReportPagesService } from './training-report-pages.service';

const see = (url: string) => ({ url, statusCode: 303 });

/** A focal point: their State's learners and their progress, and enrolling a colleague. */
@Controller('training/team')
@InArea(TRAINING_TEAM_AREA)
export class TrainingTeamController {
  constructor(
    readonly pages: TrainingReportPagesService,
    private readonly enrolment: TrainingEnrolmentService,
  ) {}

  @Get()
  @Render('training/team')
  team(@CurrentActor() actor: Actor) {
    return this.pages.teamModel(actor);
  }

  @Post('enrol')
  @FormView('training/team', (controller: TrainingTeamController, request) =>
    controller.pages.teamModel(actorOf(request)),
  )
  @Redirect()
  async enrol(@CurrentActor() actor: Actor, @Body() body: TeamEnrolDto, @Req() request: Request) {
    await this.enrolment.enrolOther(actor, body.courseId, body.email);
    flash(request, 'success', { key: 'training.enrol.doneFor', params: { email: body.email } });
    return see('/training/team');
  }
}
