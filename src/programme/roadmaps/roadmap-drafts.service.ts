import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { AssessmentRecommendations } from './assessment-recommendations';
import { RoadmapAccess, type RoadmapState } from './roadmap-access';
import { RoadmapEditing } from './roadmap-editing.service';
import { RoadmapStep } from './roadmap-step.entity';
import { RoadmapSteps } from './roadmap-steps';
import { fieldChanges } from './step-changes';

/** A drafted step's dates: from today, due in about six months, until staff plan it. */
const DRAFT_MONTHS = 6;

/**
 * "Draft the roadmap from the assessment": one step per recommendation of the State's latest
 * finalised assessment, owned by the State, not started, for staff to edit. Drafting again
 * adds only the recommendations not drafted yet, so it is safe to repeat.
 */
@Injectable()
export class RoadmapDrafts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentRecommendations,
    private readonly access: RoadmapAccess,
    private readonly editing: RoadmapEditing,
    private readonly steps: RoadmapSteps,
    private readonly audit: AuditService,
  ) {}

  /** What the roadmap page offers staff: the latest finalised assessment, if there is one. */
  async draftChoices(state: RoadmapState) {
    const latest = await this.assessments.latestFinalised(state.id);
    if (!latest) return null;
    const drafted = await this.dataSource
      .getRepository(RoadmapStep)
      .countBy({ stateId: state.id, sourceAssessmentId: latest.id });
    return { assessmentId: latest.id, drafted };
  }

  /** Answers the number of steps added (0 when every recommendation is on the roadmap already). */
  async draft(actor: Actor, code: string, assessmentId: number): Promise<number> {
    const state = await this.access.state(actor, code);
    this.access.assertEditor(actor);
    const latest = await this.assessments.latestFinalised(state.id);
    // Only the State's own latest finalised assessment: never another State's by its number.
    if (!latest || latest.id !== assessmentId) throw new NotFoundException();
    const recommendations = await this.assessments.recommendations(actor, assessmentId);
    const existing = new Set(
      (
        await this.dataSource.getRepository(RoadmapStep).find({
          where: { stateId: state.id, sourceAssessmentId: assessmentId },
          select: { id: true, sourceIndicatorId: true },
        })
      ).map((step) => step.sourceIndicatorId),
    );
    const today = this.steps.today();
    const dueOn = addMonths(today, DRAFT_MONTHS);
    const fresh = recommendations.filter((r) => !existing.has(r.indicatorId));
    if (fresh.length === 0) return 0;
    await this.dataSource.transaction(async (manager) => {
      for (const recommendation of fresh) {
        const repository = manager.getRepository(RoadmapStep);
        const step = await repository.save(
          repository.create({
            stateId: state.id,
            pillar: recommendation.pillar.slice(0, 32),
            title: recommendation.title.slice(0, 200),
            description: recommendation.description,
            ownerId: null,
            startOn: today,
            dueOn,
            status: 'not-started',
            blockedReason: null,
            weight: 1,
            sourceAssessmentId: assessmentId,
            sourceIndicatorId: recommendation.indicatorId,
            createdById: userOf(actor).id,
          }),
        );
        await this.editing.record(
          manager,
          actor,
          state,
          step,
          'drafted',
          fieldChanges(null, { ...step, owner: null, dependencies: [] }),
        );
      }
      await this.audit.record(
        actor,
        {
          action: 'roadmap.drafted',
          targetType: 'roadmap',
          targetId: String(state.id),
          details: { state: state.code, assessment: assessmentId, steps: fresh.length },
        },
        manager,
      );
    });
    return fresh.length;
  }
}

/** The same day `months` later (the month's last day when it has fewer days). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
