import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, LessThan, Not, type Repository } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { isProgrammeStaff } from '../../member-states/space/programme-staff';
import { Organisation } from '../../organisations/organisation.entity';
import { PILLARS } from '../../organisations/pillars';
import { AssessmentAccess } from './assessment-access';
import { AssessmentAnswer } from './assessment-answer.entity';
import { AssessmentComment } from './assessment-comment.entity';
import { Assessment } from './assessment.entity';
import { compareAssessments, type ComparedAnswer } from './compare-assessments';
import { inQuestionnaireOrder, pillarOrder } from './pillar-order';

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** An assessment in a list: where it stands and how far the questionnaire is answered. */
export interface AssessmentListRow {
  id: number;
  href: string;
  title: string;
  state: { code: string; name: string };
  status: string;
  answered: number;
  total: number;
  fieldworkFrom: string | null;
  fieldworkTo: string | null;
  finalisedAt: Date | null;
  updatedAt: Date;
}

/** The assessments' pages: lists, one assessment, an indicator's form, the comparison. */
@Injectable()
export class AssessmentPagesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Assessment) private readonly assessments: Repository<Assessment>,
    @InjectRepository(AssessmentAnswer) private readonly answers: Repository<AssessmentAnswer>,
    @InjectRepository(AssessmentComment) private readonly comments: Repository<AssessmentComment>,
    private readonly access: AssessmentAccess,
    private readonly policy: VisibilityPolicy,
  ) {}

  /** The assessments the actor may see (of one State, or all), the latest first. */
  async rows(actor: Actor, stateId?: number): Promise<AssessmentListRow[]> {
    const query = this.assessments
      .createQueryBuilder('assessment')
      .innerJoinAndSelect('assessment.state', 'state')
      .where(
        this.policy.condition(userOf(actor), {
          level: `'state'`,
          regionId: 'state.iwgRegionId',
          stateId: 'assessment.stateId',
        }),
      )
      .orderBy('assessment.createdAt', 'DESC')
      .addOrderBy('assessment.id', 'DESC')
      .take(200);
    if (stateId !== undefined) query.andWhere('assessment.stateId = :stateId', { stateId });
    const list = await query.getMany();
    const progress = await this.progress(list.map((assessment) => assessment.id));
    return list.map((assessment) => ({
      id: assessment.id,
      href: `/programme/assessments/${assessment.id}`,
      title: assessment.title,
      state: { code: assessment.state.code, name: assessment.state.name },
      status: assessment.status,
      answered: progress.get(assessment.id)?.answered ?? 0,
      total: progress.get(assessment.id)?.total ?? 0,
      fieldworkFrom: assessment.fieldworkFrom,
      fieldworkTo: assessment.fieldworkTo,
      finalisedAt: assessment.finalisedAt,
      updatedAt: assessment.updatedAt,
    }));
  }

  async listModel(actor: Actor) {
    return {
      pageTitle: { key: 'assessments.title' },
      assessments: await this.rows(actor),
      staff: isProgrammeStaff(userOf(actor)),
    };
  }

  async newModel(actor: Actor, stateCode?: string) {
    if (!isProgrammeStaff(userOf(actor))) throw new ForbiddenException();
    const states = await this.dataSource
      .getRepository(Organisation)
      .find({ where: { kind: 'state' }, select: { code: true, name: true } });
    return {
      pageTitle: { key: 'assessments.new.title' },
      states: states
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((state) => ({ value: state.code, label: state.name })),
      values: { state: stateCode?.toUpperCase() ?? '' },
    };
  }

  /** One assessment: the questionnaire by pillar, the comments, and what the actor may do. */
  async pageModel(actor: Actor, id: number) {
    const user = userOf(actor);
    const assessment = await this.access.load(actor, id);
    const [answers, comments, previous] = await Promise.all([
      this.answersOf(assessment.id),
      this.comments.find({ where: { assessmentId: assessment.id }, order: { id: 'ASC' } }),
      this.previousFinalised(assessment),
    ]);
    const byIndicator = new Map<number | null, AssessmentComment[]>();
    for (const comment of comments) {
      byIndicator.set(comment.indicatorId, [
        ...(byIndicator.get(comment.indicatorId) ?? []),
        comment,
      ]);
    }
    const commentView = (comment: AssessmentComment) => ({
      author: comment.authorName,
      at: comment.createdAt,
      body: comment.body,
    });
    const mayWrite = this.access.mayWrite(user, assessment);
    const unanswered = answers.filter((answer) => answer.level === null);
    const may = {
      write: mayWrite,
      submit: assessment.status === 'draft' && this.access.isAssessor(user, assessment.stateId),
      reopen: assessment.status === 'in-review' && isProgrammeStaff(user),
      finalise: assessment.status === 'in-review' && isProgrammeStaff(user),
      comment: this.access.mayComment(user, assessment),
    };
    return {
      pageTitle: assessment.title,
      assessment: {
        id: assessment.id,
        title: assessment.title,
        status: assessment.status,
        fieldworkFrom: assessment.fieldworkFrom,
        fieldworkTo: assessment.fieldworkTo,
        finalisedAt: assessment.finalisedAt,
        state: { code: assessment.state.code, name: assessment.state.name },
      },
      answered: answers.length - unanswered.length,
      total: answers.length,
      unansweredCodes: unanswered.map((answer) => answer.indicator.code).join(', '),
      pillars: this.byPillar(answers).map((group) => ({
        ...group,
        indicators: group.answers.map((answer) => ({
          id: answer.indicatorId,
          code: answer.indicator.code,
          text: answer.indicator.text,
          level: answer.level,
          answered: answer.level !== null,
          evidence: answer.evidence,
          findings: answer.findings,
          recommendations: answer.recommendations,
          href: mayWrite
            ? `/programme/assessments/${assessment.id}/indicators/${answer.indicatorId}`
            : null,
          comments: (byIndicator.get(answer.indicatorId) ?? []).map(commentView),
        })),
      })),
      overallComments: (byIndicator.get(null) ?? []).map(commentView),
      indicatorChoices: answers.map((answer) => ({
        value: String(answer.indicatorId),
        label: `${answer.indicator.code} · ${answer.indicator.text}`,
      })),
      previous: previous ? { id: previous.id, title: previous.title } : null,
      may,
      // The card of steps and links, drawn only when it has something in it.
      showActions:
        previous !== null ||
        may.submit ||
        may.reopen ||
        (unanswered.length > 0 && assessment.status !== 'finalised'),
    };
  }

  /** The form for one indicator's answer, with the previous finalised answer beside it. */
  async answerModel(actor: Actor, id: number, indicatorId: number) {
    const assessment = await this.access.forWriting(actor, id);
    const answer = await this.answers.findOne({
      where: { assessmentId: assessment.id, indicatorId },
      relations: { indicator: true },
    });
    if (!answer) throw new NotFoundException();
    const previous = await this.previousFinalised(assessment);
    const before = previous
      ? await this.answers.findOneBy({ assessmentId: previous.id, indicatorId })
      : null;
    return {
      pageTitle: { key: 'assessments.answer.title', params: { code: answer.indicator.code } },
      assessment: {
        id: assessment.id,
        title: assessment.title,
        state: { code: assessment.state.code, name: assessment.state.name },
      },
      indicator: {
        id: answer.indicatorId,
        code: answer.indicator.code,
        pillar: answer.indicator.pillar,
        text: answer.indicator.text,
        guidance: answer.indicator.guidance,
      },
      levels: ['0', '1', '2', '3', '4'].map((level) => ({
        value: level,
        labelKey: `assessments.level.${level}`,
      })),
      values: {
        level: answer.level === null ? '' : String(answer.level),
        evidence: answer.evidence ?? '',
        findings: answer.findings ?? '',
        recommendations: answer.recommendations ?? '',
      },
      before: before
        ? {
            title: previous!.title,
            level: before.level === null ? '–' : String(before.level),
            findings: before.findings,
            recommendations: before.recommendations,
          }
        : null,
    };
  }

  /** This assessment against the previous finalised one of the same State. */
  async compareModel(actor: Actor, id: number) {
    const assessment = await this.access.load(actor, id);
    const previous = await this.previousFinalised(assessment);
    const rows = previous
      ? compareAssessments(
          (await this.answersOf(previous.id)).map(compared),
          (await this.answersOf(assessment.id)).map(compared),
          pillarOrder,
        )
      : [];
    return {
      pageTitle: { key: 'assessments.compare.title', params: { title: assessment.title } },
      assessment: {
        id: assessment.id,
        title: assessment.title,
        state: { code: assessment.state.code, name: assessment.state.name },
      },
      previous: previous
        ? { id: previous.id, title: previous.title, finalisedAt: previous.finalisedAt }
        : null,
      summary: {
        up: rows.filter((row) => row.trend === 'up').length,
        down: rows.filter((row) => row.trend === 'down').length,
        same: rows.filter((row) => row.trend === 'same').length,
      },
      rows: rows.map((row) => ({
        ...row,
        pillarName: PILLARS.find((pillar) => pillar.code === row.pillar)?.name ?? row.pillar,
        changed: row.changed.map((change) => ({
          ...change,
          label: `assessments.field.${change.field}`,
        })),
      })),
    };
  }

  /**
   * The last assessment of the State finalised before this one (or before now, for one not
   * finalised): what this one is compared with.
   */
  private previousFinalised(assessment: Assessment): Promise<Assessment | null> {
    return this.assessments.findOne({
      where: {
        stateId: assessment.stateId,
        status: 'finalised',
        id: Not(assessment.id),
        ...(assessment.finalisedAt ? { finalisedAt: LessThan(assessment.finalisedAt) } : {}),
      },
      order: { finalisedAt: 'DESC', id: 'DESC' },
    });
  }

  private async answersOf(assessmentId: number): Promise<AssessmentAnswer[]> {
    const rows = await this.answers.find({
      where: { assessmentId },
      relations: { indicator: true },
    });
    return inQuestionnaireOrder(rows);
  }

  private byPillar(answers: AssessmentAnswer[]) {
    return PILLARS.map((pillar) => ({
      code: pillar.code,
      name: pillar.name,
      answers: answers.filter((answer) => answer.indicator.pillar === pillar.code),
    })).filter((group) => group.answers.length > 0);
  }

  private async progress(ids: number[]): Promise<Map<number, { answered: number; total: number }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.answers
      .createQueryBuilder('answer')
      .select('answer.assessmentId', 'assessmentId')
      .addSelect('COUNT(*)', 'total')
      .addSelect('COUNT(answer.level)', 'answered')
      .where({ assessmentId: In(ids) })
      .groupBy('answer.assessmentId')
      .getRawMany<{
        assessmentId: number | string;
        total: number | string;
        answered: number | string;
      }>();
    return new Map(
      rows.map((row) => [
        Number(row.assessmentId),
        { answered: Number(row.answered), total: Number(row.total) },
      ]),
    );
  }
}

function compared(answer: AssessmentAnswer): ComparedAnswer {
  return {
    indicatorId: answer.indicatorId,
    code: answer.indicator.code,
    pillar: answer.indicator.pillar,
    text: answer.indicator.text,
    position: answer.indicator.position,
    level: answer.level,
    evidence: answer.evidence,
    findings: answer.findings,
    recommendations: answer.recommendations,
  };
}
