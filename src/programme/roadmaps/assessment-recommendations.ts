import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';

/** One recommendation of a finalised assessment: it becomes one draft step. */
export interface Recommendation {
  readonly indicatorId: number;
  readonly indicatorCode: string;
  readonly pillar: string;
  readonly title: string;
  readonly description: string;
}

/**
 * What drafting needs of assessments: the shape of `FinalisedAssessments`
 * (src/programme/assessments/, the `states` part of issue 9). `recommendations` answers 404
 * through the visibility policy for an actor who may not see the assessment, and only for a
 * finalised one.
 */
export abstract class AssessmentRecommendations {
  abstract recommendations(actor: Actor, assessmentId: number): Promise<Recommendation[]>;
  abstract latestFinalised(stateId: number): Promise<{ readonly id: number } | null>;
}

/**
 * Until the assessments module is on main: no State has a finalised assessment, so the
 * roadmap page offers no draft. The roadmaps module then binds AssessmentRecommendations to
 * FinalisedAssessments instead of this class.
 */
@Injectable()
export class NoAssessmentsYet extends AssessmentRecommendations {
  recommendations(): Promise<Recommendation[]> {
    return Promise.resolve([]);
  }

  latestFinalised(): Promise<{ readonly id: number } | null> {
    return Promise.resolve(null);
  }
}
