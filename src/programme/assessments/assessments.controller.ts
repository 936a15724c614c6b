import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../common/actor/actor';
import { actorOf } from '../../common/actor/actor-of';
import { CurrentActor } from '../../common/actor/current-actor.decorator';
import { InArea } from '../../common/areas/area';
import { FormView } from '../../common/forms/form-view.decorator';
import { flash } from '../../common/views/flash';
import { ID } from '../../iwg/id.pipe';
import { AssessmentPagesService } from './assessment-pages.service';
import { ASSESSMENTS_AREA } from './assessments.area';
import { AssessmentsService } from './assessments.service';
import { AnswerDto, CommentDto, NewAssessmentDto } from './dto/assessment-forms.dto';

const see = (url: string) => ({ url, statusCode: 303 });
const PAGE = 'programme/assessments/assessment';

/** The assessment's page again, for one of its forms that was refused. */
const assessmentPage = (controller: AssessmentsController, request: Request) =>
  controller.pages.pageModel(actorOf(request), Number(request.params.id));

/** Assessments: the list, starting one, the questionnaire, its review steps and comments. */
@Controller('programme/assessments')
@InArea(ASSESSMENTS_AREA)
export class AssessmentsController {
  constructor(
    readonly pages: AssessmentPagesService,
    private readonly assessments: AssessmentsService,
  ) {}

  @Get()
  @Render('programme/assessments/list')
  list(@CurrentActor() actor: Actor) {
    return this.pages.listModel(actor);
  }

  @Get('new')
  @Render('programme/assessments/new')
  newForm(@CurrentActor() actor: Actor, @Query('state') state?: string) {
    return this.pages.newModel(actor, typeof state === 'string' ? state.slice(0, 3) : undefined);
  }

  @Post()
  @FormView('programme/assessments/new', (controller: AssessmentsController, request) =>
    controller.pages.newModel(actorOf(request)),
  )
  @Redirect()
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: NewAssessmentDto,
    @Req() request: Request,
  ) {
    const assessment = await this.assessments.create(actor, body);
    flash(request, 'success', { key: 'assessments.created' });
    return see(`/programme/assessments/${assessment.id}`);
  }

  @Get(':id')
  @Render(PAGE)
  page(@CurrentActor() actor: Actor, @Param('id', ID) id: number) {
    return this.pages.pageModel(actor, id);
  }

  @Get(':id/compare')
  @Render('programme/assessments/compare')
  compare(@CurrentActor() actor: Actor, @Param('id', ID) id: number) {
    return this.pages.compareModel(actor, id);
  }

  @Get(':id/indicators/:indicatorId')
  @Render('programme/assessments/answer')
  answerForm(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Param('indicatorId', ID) indicatorId: number,
  ) {
    return this.pages.answerModel(actor, id, indicatorId);
  }

  @Post(':id/indicators/:indicatorId')
  @FormView('programme/assessments/answer', (controller: AssessmentsController, request) =>
    controller.pages.answerModel(
      actorOf(request),
      Number(request.params.id),
      Number(request.params.indicatorId),
    ),
  )
  @Redirect()
  async answer(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Param('indicatorId', ID) indicatorId: number,
    @Body() body: AnswerDto,
    @Req() request: Request,
  ) {
    const next = await this.assessments.answer(actor, id, indicatorId, body);
    flash(request, 'success', { key: 'assessments.answer.saved' });
    if (body.then === 'next' && next !== null)
      return see(`/programme/assessments/${id}/indicators/${next}`);
    return see(`/programme/assessments/${id}#indicator-${indicatorId}`);
  }

  @Post(':id/submit')
  @FormView(PAGE, assessmentPage)
  @Redirect()
  async submit(@CurrentActor() actor: Actor, @Param('id', ID) id: number, @Req() request: Request) {
    await this.assessments.submit(actor, id);
    flash(request, 'success', { key: 'assessments.submitted' });
    return see(`/programme/assessments/${id}`);
  }

  @Post(':id/reopen')
  @FormView(PAGE, assessmentPage)
  @Redirect()
  async reopen(@CurrentActor() actor: Actor, @Param('id', ID) id: number, @Req() request: Request) {
    await this.assessments.reopen(actor, id);
    flash(request, 'success', { key: 'assessments.reopened' });
    return see(`/programme/assessments/${id}`);
  }

  @Post(':id/finalise')
  @FormView(PAGE, assessmentPage)
  @Redirect()
  async finalise(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Req() request: Request,
  ) {
    await this.assessments.finalise(actor, id);
    flash(request, 'success', { key: 'assessments.finalised' });
    return see(`/programme/assessments/${id}`);
  }

  @Post(':id/comments')
  @FormView(PAGE, assessmentPage)
  @Redirect()
  async comment(
    @CurrentActor() actor: Actor,
    @Param('id', ID) id: number,
    @Body() body: CommentDto,
    @Req() request: Request,
  ) {
    const comment = await this.assessments.comment(actor, id, body);
    flash(request, 'success', { key: 'assessments.comment.saved' });
    return see(
      `/programme/assessments/${id}${comment.indicatorId ? `#indicator-${comment.indicatorId}` : '#comments'}`,
    );
  }
}
