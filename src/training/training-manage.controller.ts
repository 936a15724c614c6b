import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { NoStore } from '../common/http/no-store.decorator';
import { flash } from '../common/views/flash';
import { ID } from '../iwg/id.pipe';
import { CourseFormDto, EnrolOtherDto, ProgressQuery } from './dto/training-forms.dto';
import { TRAINING_MANAGE_AREA } from './training.areas';
import { TrainingAuthoringService } from './training-authoring.service';
import { TrainingEnrolmentService } from './training-enrolment.service';
import { TrainingReportPagesService } from './training-report-pages.service';
import { TrainingReportsService } from './training-reports.service';

const see = (url: string) => ({ url, statusCode: 303 });
const editPage = (controller: TrainingManageController, request: Request) =>
  controller.pages.editModel(actorOf(request), Number(request.params.courseId));

/** Staff: courses, drafts, versions, enrolling anyone, progress per State with its CSV. */
@Controller('training/manage')
@InArea(TRAINING_MANAGE_AREA)
export class TrainingManageController {
  constructor(
    readonly pages: TrainingReportPagesService,
    private readonly authoring: TrainingAuthoringService,
    private readonly enrolment: TrainingEnrolmentService,
    private readonly reports: TrainingReportsService,
  ) {}

  @Get()
  @Render('training/manage')
  list(@CurrentActor() actor: Actor) {
    return this.pages.manageModel(actor);
  }

  @Get('new')
  @Render('training/course-form')
  newCourse(@CurrentActor() actor: Actor) {
    return this.pages.newModel(actor);
  }

  @Post()
  @FormView('training/course-form', (controller: TrainingManageController, request) =>
    controller.pages.newModel(actorOf(request)),
  )
  @Redirect()
  async create(@CurrentActor() actor: Actor, @Body() body: CourseFormDto, @Req() request: Request) {
    const course = await this.authoring.create(actor, body);
    flash(request, 'success', { key: 'training.manage.created' });
    return see(`/training/manage/${course.id}`);
  }

  @Get(':courseId')
  @Render('training/course-form')
  edit(@CurrentActor() actor: Actor, @Param('courseId', ID) courseId: number) {
    return this.pages.editModel(actor, courseId);
  }

  @Post(':courseId')
  @FormView('training/course-form', editPage)
  @Redirect()
  async save(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Body() body: CourseFormDto,
    @Req() request: Request,
  ) {
    await this.authoring.saveDraft(actor, courseId, body);
    flash(request, 'success', { key: 'training.manage.saved' });
    return see(`/training/manage/${courseId}`);
  }

  @Post(':courseId/publish')
  @FormView('training/course-form', editPage)
  @Redirect()
  async publish(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Body() body: CourseFormDto,
    @Req() request: Request,
  ) {
    const version = await this.authoring.publish(actor, courseId, body);
    flash(request, 'success', {
      key: 'training.manage.published',
      params: { number: version.number },
    });
    return see(`/training/manage/${courseId}`);
  }

  @Post(':courseId/enrol')
  @FormView('training/progress', (controller: TrainingManageController, request) =>
    controller.pages.progressModel(actorOf(request), Number(request.params.courseId)),
  )
  @Redirect()
  async enrol(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Body() body: EnrolOtherDto,
    @Req() request: Request,
  ) {
    await this.enrolment.enrolOther(actor, courseId, body.email);
    flash(request, 'success', { key: 'training.enrol.doneFor', params: { email: body.email } });
    return see(`/training/manage/${courseId}/progress`);
  }

  @Get(':courseId/progress')
  @Render('training/progress')
  progress(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Query() query: ProgressQuery,
  ) {
    return this.pages.progressModel(actor, courseId, query.state);
  }

  @Get(':courseId/progress.csv')
  @NoStore()
  csv(@CurrentActor() actor: Actor, @Param('courseId', ID) courseId: number) {
    return this.reports.csv(actor, courseId);
  }
}
