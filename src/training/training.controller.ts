import { createReadStream } from 'node:fs';
import { Body, Controller, Get, Param, Post, Redirect, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '../common/actor/actor';
import { actorOf } from '../common/actor/actor-of';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { ID } from '../iwg/id.pipe';
import { contentDisposition } from '../library/files/safe-file-name';
import { TRAINING_AREA } from './training.areas';
import { TrainingCertificatesService } from './training-certificates.service';
import { TrainingEnrolmentService } from './training-enrolment.service';
import { TrainingFilesService } from './training-files.service';
import { TrainingLearningService } from './training-learning.service';
import { TrainingPagesService } from './training-pages.service';

const see = (url: string) => ({ url, statusCode: 303 });

/** The learner's side: the catalogue, a course, its lessons, quizzes, attempts, certificate. */
@Controller('training')
@InArea(TRAINING_AREA)
export class TrainingController {
  constructor(
    readonly pages: TrainingPagesService,
    private readonly enrolment: TrainingEnrolmentService,
    private readonly learning: TrainingLearningService,
    private readonly certificates: TrainingCertificatesService,
    private readonly files: TrainingFilesService,
  ) {}

  @Get()
  @Render('training/index')
  index(@CurrentActor() actor: Actor) {
    return this.pages.indexModel(actor);
  }

  @Get('courses/:courseId')
  @Render('training/course')
  course(@CurrentActor() actor: Actor, @Param('courseId', ID) courseId: number) {
    return this.pages.courseModel(actor, courseId);
  }

  @Post('courses/:courseId/enrol')
  @Redirect()
  async enrol(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Req() request: Request,
  ) {
    await this.enrolment.enrolSelf(actor, courseId);
    flash(request, 'success', { key: 'training.enrol.done' });
    return see(`/training/courses/${courseId}`);
  }

  @Get('courses/:courseId/lessons/:lessonKey')
  @Render('training/lesson')
  lesson(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Param('lessonKey') lessonKey: string,
  ) {
    return this.pages.lessonModel(actor, courseId, lessonKey);
  }

  @Post('courses/:courseId/lessons/:lessonKey/done')
  @Redirect()
  async lessonDone(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Param('lessonKey') lessonKey: string,
  ) {
    await this.learning.markLessonDone(actor, courseId, lessonKey);
    return see(`/training/courses/${courseId}/lessons/${lessonKey}`);
  }

  @Get('courses/:courseId/quizzes/:quiz')
  @Render('training/quiz')
  quiz(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Param('quiz') quiz: string,
  ) {
    return this.pages.quizModel(actor, courseId, quiz);
  }

  /** Dynamic fields (one per question): read and checked by the service, not a DTO. */
  @Post('courses/:courseId/quizzes/:quiz')
  @FormView('training/quiz', (controller: TrainingController, request) =>
    controller.pages.quizModel(
      actorOf(request),
      Number(request.params.courseId),
      String(request.params.quiz),
      request.body as Record<string, unknown>,
    ),
  )
  @Redirect()
  async answer(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Param('quiz') quiz: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
  ) {
    const { attempt, result, completed } = await this.learning.submitQuiz(
      actor,
      courseId,
      quiz,
      body,
    );
    flash(
      request,
      result.passed ? 'success' : 'info',
      completed
        ? { key: 'training.completed' }
        : {
            key: result.passed ? 'training.quiz.passed' : 'training.quiz.failed',
            params: { percent: result.percent },
          },
    );
    return see(`/training/courses/${courseId}/attempts/${attempt.id}`);
  }

  @Get('courses/:courseId/attempts/:attemptId')
  @Render('training/attempt')
  attempt(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Param('attemptId', ID) attemptId: number,
  ) {
    return this.pages.attemptModel(actor, courseId, attemptId);
  }

  @Get('courses/:courseId/certificate.pdf')
  certificate(@CurrentActor() actor: Actor, @Param('courseId', ID) courseId: number) {
    return this.certificates.pdf(actor, courseId);
  }

  @Get('courses/:courseId/files/:resourceId')
  async file(
    @CurrentActor() actor: Actor,
    @Param('courseId', ID) courseId: number,
    @Param('resourceId', ID) resourceId: number,
    @Res() response: Response,
  ) {
    const file = await this.files.file(actor, courseId, resourceId);
    response.setHeader('Content-Type', file.mediaType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader(
      'Content-Disposition',
      contentDisposition(file.inline ? 'inline' : 'attachment', file.fileName),
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
    const stream = createReadStream(file.path);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  }
}
