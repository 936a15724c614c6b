import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/actor/actor';
import { AssessmentAccess } from './assessment-access';
import { AssessmentAnswer } from './assessment-answer.entity';
import { Assessment } from './assessment.entity';
import { inQuestionnaireOrder } from './pillar-order';

/** One recommendation of a finalised assessment: what a roadmap step is drafted from. */
export interface AssessmentRecommendation {
  indicatorId: number;
  indicatorCode: string;
  pillar: string;
  /** The indicator's text: what the step is about. */
  title: string;
  /** The recommendation as the assessors wrote it. */
  description: string;
}

/** A State's last finalised assessment, as other modules need it. */
export interface FinalisedAssessmentSummary {
  id: number;
  stateId: number;
  title: string;
  finalisedAt: Date;
}

/**
 * What other modules (roadmaps, dashboards) read of assessments: only finalised ones, which no
 * longer change. Reading goes through the same rule as the assessment's page (404, audited).
 */
@Injectable()
export class FinalisedAssessments {
  constructor(
    @InjectRepository(Assessment) private readonly assessments: Repository<Assessment>,
    @InjectRepository(AssessmentAnswer) private readonly answers: Repository<AssessmentAnswer>,
    private readonly access: AssessmentAccess,
  ) {}

  /**
   * The recommendations of a finalised assessment, in questionnaire order (pillar, then the
   * indicator's position), one per indicator that has one. 404 for a draft or one in review.
   */
  async recommendations(actor: Actor, assessmentId: number): Promise<AssessmentRecommendation[]> {
    const assessment = await this.access.load(actor, assessmentId);
    if (assessment.status !== 'finalised') throw new NotFoundException();
    const answers = await this.answers.find({
      where: { assessmentId },
      relations: { indicator: true },
    });
    return inQuestionnaireOrder(answers)
      .filter((answer) => (answer.recommendations ?? '').trim() !== '')
      .map((answer) => ({
        indicatorId: answer.indicatorId,
        indicatorCode: answer.indicator.code,
        pillar: answer.indicator.pillar,
        title: answer.indicator.text,
        description: answer.recommendations!.trim(),
      }));
  }

  /** The State's most recently finalised assessment, or null. No actor: callers check theirs. */
  async latestFinalised(stateId: number): Promise<FinalisedAssessmentSummary | null> {
    const latest = await this.assessments.findOne({
      where: { stateId, status: 'finalised' },
      order: { finalisedAt: 'DESC', id: 'DESC' },
    });
    if (!latest || !latest.finalisedAt) return null;
    return {
      id: latest.id,
      stateId: latest.stateId,
      title: latest.title,
      finalisedAt: latest.finalisedAt,
    };
  }
}
