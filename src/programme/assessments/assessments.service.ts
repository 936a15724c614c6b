import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, type Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { isIsoDate } from '../../iwg/meetings/zoned-time';
import { isProgrammeStaff } from '../../member-states/space/programme-staff';
import { Organisation } from '../../organisations/organisation.entity';
import { AssessmentAccess } from './assessment-access';
import { AssessmentAnswer } from './assessment-answer.entity';
import { AssessmentComment } from './assessment-comment.entity';
import { Assessment, type AssessmentStatus } from './assessment.entity';
import type { AnswerDto, CommentDto, NewAssessmentDto } from './dto/assessment-forms.dto';
import { AssessmentIndicator } from './indicator.entity';
import { inQuestionnaireOrder } from './pillar-order';

const TARGET = 'assessment';

/**
 * What changes an assessment: starting one (staff), answering its indicators (staff and the
 * experts assigned to the State), the review steps (draft → in review → finalised, staff
 * finalise), and the focal point's comments. A finalised assessment changes no more.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(AssessmentAnswer) private readonly answers: Repository<AssessmentAnswer>,
    @InjectRepository(AssessmentIndicator)
    private readonly indicators: Repository<AssessmentIndicator>,
    private readonly access: AssessmentAccess,
    private readonly audit: AuditService,
  ) {}

  /** Starts an assessment with one empty answer per active indicator (the questionnaire). */
  async create(actor: Actor, input: NewAssessmentDto): Promise<Assessment> {
    if (!isProgrammeStaff(userOf(actor))) throw new ForbiddenException();
    const state = await this.dataSource
      .getRepository(Organisation)
      .findOneBy({ code: input.state.toUpperCase(), kind: 'state' });
    const errors: Record<string, string[]> = {};
    if (!state) errors.state = ['assessments.form.stateInvalid'];
    const from = input.fieldworkFrom || null;
    const to = input.fieldworkTo || null;
    if (from !== null && !isIsoDate(from)) errors.fieldworkFrom = ['assessments.form.dateInvalid'];
    if (to !== null && !isIsoDate(to)) errors.fieldworkTo = ['assessments.form.dateInvalid'];
    else if (from !== null && to !== null && isIsoDate(from) && to < from)
      errors.fieldworkTo = ['assessments.form.datesOrder'];
    if (Object.keys(errors).length > 0 || !state) throw new FormError(errors);
    const questions = await this.indicators.find({ where: { active: true } });
    if (questions.length === 0) throw FormError.field('state', 'assessments.form.noIndicators');
    return this.dataSource.transaction(async (manager) => {
      const assessment = await manager.save(Assessment, {
        stateId: state.id,
        title: input.title,
        status: 'draft',
        fieldworkFrom: from,
        fieldworkTo: to,
        createdById: userOf(actor).id,
      });
      await manager.insert(
        AssessmentAnswer,
        questions.map((indicator) => ({ assessmentId: assessment.id, indicatorId: indicator.id })),
      );
      await this.audit.record(
        actor,
        {
          action: 'assessment.created',
          targetType: TARGET,
          targetId: String(assessment.id),
          details: { title: assessment.title, state: state.code },
        },
        manager,
      );
      return assessment;
    });
  }

  /**
   * Saves one indicator's answer. Returns the next indicator without a level (questionnaire
   * order), for "save and go on", or null when every one has a level.
   */
  async answer(
    actor: Actor,
    assessmentId: number,
    indicatorId: number,
    input: AnswerDto,
  ): Promise<number | null> {
    const assessment = await this.access.forWriting(actor, assessmentId);
    const answer = await this.answers.findOneBy({ assessmentId: assessment.id, indicatorId });
    if (!answer) throw new NotFoundException();
    const text = (value: string | undefined) => value?.trim() || null;
    await this.answers.update(
      { id: answer.id },
      {
        level: input.level === undefined || input.level === '' ? null : Number(input.level),
        evidence: text(input.evidence),
        findings: text(input.findings),
        recommendations: text(input.recommendations),
        updatedById: userOf(actor).id,
      },
    );
    // The parent's version and time move with each answer: "last changed" on lists is true.
    await this.dataSource
      .getRepository(Assessment)
      .update({ id: assessment.id }, { version: assessment.version + 1 });
    const unanswered = await this.unanswered(assessment.id);
    return unanswered[0]?.indicatorId ?? null;
  }

  /** Draft → in review: the assessors hand the questionnaire to staff and the focal point. */
  async submit(actor: Actor, id: number): Promise<Assessment> {
    const assessment = await this.access.load(actor, id);
    if (!this.access.isAssessor(userOf(actor), assessment.stateId)) throw new ForbiddenException();
    if (assessment.status !== 'draft') throw FormError.field('status', 'assessments.notDraft');
    return this.move(actor, assessment, 'in-review', 'assessment.submitted');
  }

  /** In review → draft: staff send it back for more work. */
  async reopen(actor: Actor, id: number): Promise<Assessment> {
    const assessment = await this.access.forStaff(actor, id);
    if (assessment.status !== 'in-review')
      throw FormError.field('status', 'assessments.notInReview');
    return this.move(actor, assessment, 'draft', 'assessment.reopened');
  }

  /**
   * In review → finalised (staff). Refused, naming them, while an indicator has no level: a
   * finalised assessment is the baseline the next one is compared with, and is never edited.
   */
  async finalise(actor: Actor, id: number): Promise<Assessment> {
    const assessment = await this.access.forStaff(actor, id);
    if (assessment.status !== 'in-review')
      throw FormError.field('status', 'assessments.notInReview');
    const unanswered = await this.unanswered(assessment.id);
    if (unanswered.length > 0) {
      throw new FormError(
        {},
        {
          key: 'assessments.finalise.unanswered',
          params: {
            count: unanswered.length,
            codes: unanswered.map((answer) => answer.indicator.code).join(', '),
          },
        },
      );
    }
    return this.move(actor, assessment, 'finalised', 'assessment.finalised');
  }

  /** The focal point's comment on one indicator of the questionnaire, or on the whole. */
  async comment(actor: Actor, id: number, input: CommentDto): Promise<AssessmentComment> {
    const assessment = await this.access.forComment(actor, id);
    let indicatorId: number | null = null;
    if (input.indicator) {
      const asked = /^\d{1,9}$/.test(input.indicator)
        ? await this.answers.findOneBy({
            assessmentId: assessment.id,
            indicatorId: Number(input.indicator),
          })
        : null;
      if (!asked) throw FormError.field('indicator', 'assessments.comment.indicatorInvalid');
      indicatorId = asked.indicatorId;
    }
    const user = userOf(actor);
    return this.dataSource.getRepository(AssessmentComment).save({
      assessmentId: assessment.id,
      indicatorId,
      authorId: user.id,
      authorName: user.name,
      body: input.comment,
    });
  }

  /** The answers without a level, in questionnaire order. */
  async unanswered(assessmentId: number): Promise<AssessmentAnswer[]> {
    const rows = await this.answers.find({
      where: { assessmentId, level: IsNull() },
      relations: { indicator: true },
    });
    return inQuestionnaireOrder(rows);
  }

  private async move(
    actor: Actor,
    assessment: Assessment,
    status: AssessmentStatus,
    action: 'assessment.submitted' | 'assessment.reopened' | 'assessment.finalised',
  ): Promise<Assessment> {
    const finalising = status === 'finalised';
    await this.dataSource.transaction(async (manager) => {
      // Guarded by the status read above: two staff finalising at once change one row once.
      const moved = await manager.update(
        Assessment,
        { id: assessment.id, status: assessment.status },
        {
          status,
          ...(finalising ? { finalisedAt: new Date(), finalisedById: userOf(actor).id } : {}),
        },
      );
      if (!moved.affected) throw FormError.field('status', 'assessments.changedMeanwhile');
      await this.audit.record(
        actor,
        {
          action,
          targetType: TARGET,
          targetId: String(assessment.id),
          details: { title: assessment.title, state: assessment.state?.code ?? null },
        },
        manager,
      );
    });
    return { ...assessment, status };
  }
}
