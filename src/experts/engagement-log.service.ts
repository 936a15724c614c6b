import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import type { FeedbackFormDto, ReplyFormDto, SessionFormDto } from './dto/engagement-forms.dto';
import { EngagementAccess } from './engagement-access';
import { ExpertPool } from './expert-pool';
import { ExpertsNotifier } from './experts-notifier';
import { EngagementFeedback, type FeedbackSide } from './engagement-feedback.entity';
import { MentoringSession } from './mentoring-session.entity';
import { dayNumber } from './matching/plain-date';

/** At most this many library links per session. */
const MAX_DOCUMENTS = 10;

/**
 * Library resources named in a session: links (`/library/12`, a full URL to it) or ids, one
 * per line or comma-separated. Null when something is neither.
 */
export function libraryIds(text: string): number[] | null {
  const ids: number[] = [];
  for (const token of text.split(/[\s,;]+/)) {
    if (!token) continue;
    const match = /^(?:(?:https?:\/\/[^/\s]+)?\/library\/)?(\d{1,9})\/?$/.exec(token);
    if (!match) return null;
    const id = Number(match[1]);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

const COMPETENCIES = ['knowledge', 'communication', 'responsiveness', 'fit'] as const;

/**
 * What happens within an engagement: the mentoring log (the expert or staff record sessions
 * while it runs) and, once closed, two-way feedback: the State's focal point rates the expert,
 * the expert rates the engagement and may reply to the State. Nobody else gives feedback.
 */
@Injectable()
export class EngagementLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EngagementAccess,
    private readonly audit: AuditService,
    private readonly pool: ExpertPool,
    private readonly notifier: ExpertsNotifier,
  ) {}

  async addSession(actor: Actor, engagementId: number, input: SessionFormDto): Promise<void> {
    const { engagement, role } = await this.access.load(actor, engagementId);
    if (role !== 'expert' && role !== 'staff')
      throw new FormError({}, 'experts.engagement.notYours');
    if (engagement.status !== 'active' && engagement.status !== 'closed') {
      throw new FormError({}, 'experts.session.notRunning');
    }
    const day = dayNumber(input.heldOn);
    if (day === null) throw FormError.field('heldOn', 'experts.form.dateInvalid');
    if (day < dayNumber(engagement.startsOn)! || day > dayNumber(engagement.endsOn)!) {
      throw FormError.field('heldOn', {
        key: 'experts.session.outsideDates',
        params: { from: engagement.startsOn, to: engagement.endsOn },
      });
    }
    const minutes = Math.round(Number(input.hours.replace(',', '.')) * 60);
    if (!(minutes > 0 && minutes <= 24 * 60))
      throw FormError.field('hours', 'experts.session.hoursInvalid');
    const ids = libraryIds(input.documents ?? '');
    if (ids === null || ids.length > MAX_DOCUMENTS) {
      throw FormError.field('documents', 'experts.session.documentsInvalid');
    }
    await this.dataSource.getRepository(MentoringSession).insert({
      engagementId: engagement.id,
      heldOn: input.heldOn,
      topics: input.topics,
      minutes,
      resourceIds: ids.join(','),
      recordedById: userOf(actor).id,
    });
  }

  /**
   * One side's feedback on a closed engagement. The State (its focal point) rates the four
   * competencies and says whether it would engage the expert again; the expert rates the
   * engagement. Staff, officials and anyone else are refused; each side gives it once.
   */
  async giveFeedback(
    actor: Actor,
    engagementId: number,
    input: FeedbackFormDto,
  ): Promise<FeedbackSide> {
    const { engagement, role } = await this.access.load(actor, engagementId);
    const side: FeedbackSide | null =
      role === 'state-focal-point' ? 'state' : role === 'expert' ? 'expert' : null;
    if (side === null) throw new FormError({}, 'experts.feedback.notParty');
    if (engagement.status !== 'closed') throw new FormError({}, 'experts.feedback.notClosed');
    const fields: Partial<EngagementFeedback> = {
      engagementId: engagement.id,
      side,
      comment: (input.comment ?? '').trim(),
      authorId: userOf(actor).id,
    };
    if (side === 'state') {
      const missing: string[] = COMPETENCIES.filter((name) => input[name] === undefined);
      if (input.again === undefined) missing.push('again');
      if (missing.length > 0) {
        throw new FormError(
          Object.fromEntries(missing.map((name) => [name, ['experts.feedback.ratingMissing']])),
        );
      }
      Object.assign(fields, {
        knowledge: input.knowledge,
        communication: input.communication,
        responsiveness: input.responsiveness,
        fit: input.fit,
        wouldEngageAgain: input.again === 'yes',
        commentWithheld: input.withhold === 'on',
      });
    } else {
      if (input.rating === undefined)
        throw FormError.field('rating', 'experts.feedback.ratingMissing');
      fields.rating = input.rating;
    }
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(EngagementFeedback);
      if (await repository.existsBy({ engagementId: engagement.id, side })) {
        throw new FormError({}, 'experts.feedback.already');
      }
      await repository.insert(fields);
      await this.audit.record(
        actor,
        {
          action: 'expert.feedback-given',
          targetType: 'expert-engagement',
          targetId: engagement.id,
          details: { side },
        },
        manager,
      );
      // The State's rating counts in the matching; the expert's does not.
      if (side === 'state') await this.pool.changed(manager);
    });
    await this.notifier.feedbackGiven(engagement, side, userOf(actor).id);
    return side;
  }

  /** The expert's reply to the State's feedback, once. */
  async reply(actor: Actor, engagementId: number, input: ReplyFormDto): Promise<void> {
    const { engagement, role } = await this.access.load(actor, engagementId);
    if (role !== 'expert') throw new FormError({}, 'experts.feedback.notParty');
    const result = await this.dataSource
      .getRepository(EngagementFeedback)
      .createQueryBuilder()
      .update()
      .set({ reply: input.reply })
      .where('engagement_id = :id AND side = :side AND reply IS NULL', {
        id: engagement.id,
        side: 'state',
      })
      .execute();
    if (!result.affected) throw new FormError({}, 'experts.feedback.noReply');
    await this.notifier.engagementChanged(engagement, 'reply', userOf(actor).id);
  }
}
