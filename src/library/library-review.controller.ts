import { Body, Controller, Get, Param, Post, Redirect, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import { actorOf } from '../common/actor/actor-of';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { flash } from '../common/views/flash';
import { RejectDto } from './dto/resource-form.dto';
import { LIBRARY_REVIEW_AREA } from './library.areas';
import { LibraryReviewService } from './library-review.service';
import { LibraryViewsService } from './library-views.service';

/** The review queue: staff approve a proposal, or reject it with a reason. */
@Controller('library/review')
@InArea(LIBRARY_REVIEW_AREA)
export class LibraryReviewController {
  constructor(
    private readonly views: LibraryViewsService,
    private readonly review: LibraryReviewService,
  ) {}

  @Get()
  @Render('library/review')
  queue(@CurrentActor() actor: Actor) {
    return this.views.reviewModel(actor);
  }

  @Post(':id/approve')
  @Redirect('/library/review', 303)
  async approve(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: Request) {
    await this.review.approve(actor, id);
    flash(request, 'success', 'library.review.approved');
  }

  @Post(':id/reject')
  @FormView('library/review', (controller: LibraryReviewController, request) =>
    controller.queueModel(request),
  )
  @Redirect('/library/review', 303)
  async reject(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() form: RejectDto,
    @Req() request: Request,
  ) {
    await this.review.reject(actor, id, form.reason);
    flash(request, 'success', 'library.review.rejected');
  }

  async queueModel(request: Request) {
    return {
      ...(await this.views.reviewModel(actorOf(request))),
      failedId: Number(request.params.id),
    };
  }
}
