import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor/actor';

/**
 * Checks that a request's roadmap step is one of the State's. The roadmaps module owns steps;
 * until its `RoadmapSteps` is on main the id is kept as given (no relation), and this is the
 * one place that will ask `RoadmapSteps.loadForActor` and compare the step's State.
 */
@Injectable()
export class RoadmapStepCheck {
  async check(_actor: Actor, _stepId: number, _stateId: number): Promise<void> {
    return;
  }
}
