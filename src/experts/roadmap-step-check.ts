import { Injectable, NotFoundException } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { RoadmapSteps } from '../programme/roadmaps/roadmap-steps';

/**
 * A request's roadmap step must be one of the requesting State's steps, that the actor may see.
 * A step they may not see reads as one that does not exist (the roadmaps module audits it).
 */
@Injectable()
export class RoadmapStepCheck {
  constructor(private readonly steps: RoadmapSteps) {}

  async check(actor: Actor, stepId: number, stateId: number): Promise<void> {
    const step = await this.steps.loadForActor(actor, stepId).catch((error: unknown) => {
      if (error instanceof NotFoundException) return null;
      throw error;
    });
    if (!step) throw FormError.field('roadmapStepId', 'experts.request.stepUnknown');
    if (step.stateId !== stateId) {
      throw FormError.field('roadmapStepId', {
        key: 'experts.request.stepOtherState',
        params: { state: step.stateName },
      });
    }
  }
}
