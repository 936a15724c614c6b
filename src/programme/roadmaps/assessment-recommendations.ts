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
 * What drafting needs of assessments: the part of `FinalisedAssessments`
 * (src/programme/assessments/) it reads, bound to it in RoadmapsModule. `recommendations` answers 404
 * through the visibility policy for an actor who may not see the assessment, and only for a
 * finalised one.
 */
export abstract class AssessmentRecommendations {
  abstract recommendations(actor: Actor, assessmentId: number): Promise<Recommendation[]>;
  abstract latestFinalised(stateId: number): Promise<{ readonly id: number } | null>;
}
