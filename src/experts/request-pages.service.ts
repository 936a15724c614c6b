import { ForbiddenException, NotFoundException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { EngagementAccess, isStaff } from './engagement-access';
import { EngagementFeedback } from './engagement-feedback.entity';
import { Engagement } from './engagement.entity';
import { requestRow, summaryOf } from './expert-pages.service';
import { ExpertPool } from './expert-pool';
import { hoursOf, shownDate } from './expert-views';
import { codesOf, EXPERT_PILLARS, REQUEST_FORMATS, REQUEST_STATUSES } from './expert-vocabulary';
import { filterValues } from '../common/lists/filters';
import { pagedList, pageRequest } from '../common/lists/paged-list';
import type { RequestsQuery } from './dto/expert-queries.dto';
import { LIST_PAGE_SIZE } from './expert-views';
import { matchExperts, type MatchReason } from './matching/expert-matching';
import { dayNumber, plainDateOf } from './matching/plain-date';
import { MentoringSession } from './mentoring-session.entity';
import { RequestsService } from './requests.service';
import { STEPS } from './engagements.service';
import { RoadmapSteps } from '../programme/roadmaps/roadmap-steps';
import { Clock } from '../jobs/clock';

/** How many ranked experts the request page lists (it says how many more match). */
const RANKED_SHOWN = 25;
/** How many absent experts it names, by name (the count is of all of them). */
const ABSENT_SHOWN = 200;

const byName = new Intl.Collator('en');

const reasonView = (reason: MatchReason) => ({
  ref: { key: `experts.reason.${reason.code}`, params: reason.params ?? {} },
  points: reason.points,
});

/**
 * The requests' and engagements' pages as view models: the list, the form, a request (with,
 * for staff, the ranked experts and why each absent one is absent) and an engagement (its
 * steps, mentoring log and feedback, each shown to whom it is for).
 */
@Injectable()
export class RequestPagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    private readonly pool: ExpertPool,
    private readonly access: EngagementAccess,
    private readonly clock: Clock,
    private readonly steps: RoadmapSteps,
  ) {}

  /** The roadmap step a request is for, as its reader may see it (null: none, or not theirs). */
  private async stepOf(actor: Actor, stepId: number | null | undefined) {
    if (!stepId) return null;
    const step = await this.steps.loadForActor(actor, stepId).catch((error: unknown) => {
      if (error instanceof NotFoundException) return null;
      throw error;
    });
    return (
      step && {
        id: step.id,
        title: step.title,
        href: step.href,
        stateName: step.stateName,
        stateCode: step.stateCode,
        pillar: step.pillar,
      }
    );
  }

  /** The requests the actor may see, a page at a time, of one status when asked. */
  async listModel(actor: Actor, query: RequestsQuery) {
    const request = pageRequest(query.page, LIST_PAGE_SIZE);
    const { items, total } = await this.requests.page(actor, { status: query.status }, request);
    const filters = filterValues(query, ['status'] as const);
    return {
      pageTitle: { key: 'experts.requests.title' },
      mayAsk: this.requests.mayAsk(actor),
      status: filters.status,
      statuses: REQUEST_STATUSES.map((code) => ({
        value: code,
        labelKey: `experts.requestStatus.${code}`,
        selected: code === filters.status,
      })),
      total,
      requests: items.map((r) => requestRow(actor, r)),
      pagination: pagedList(items, total, request, { path: '/experts/requests', filters })
        .pagination,
    };
  }

  async newModel(actor: Actor, stepId?: number) {
    const user = userOf(actor);
    if (!this.requests.mayAsk(actor)) throw new ForbiddenException();
    // Asked from a roadmap step's page: the step, its State and its pillar come filled in.
    const step = await this.stepOf(actor, stepId);
    const states = isStaff(user)
      ? await this.dataSource.getRepository(Organisation).find({
          where: { kind: 'state' },
          order: { name: 'ASC' },
          select: { code: true, name: true },
        })
      : [];
    return {
      pageTitle: { key: 'experts.request.new' },
      chooseState: isStaff(user),
      states: states.map((s) => ({ value: s.code, label: s.name })),
      pillars: EXPERT_PILLARS,
      formats: REQUEST_FORMATS,
      step,
      values: {
        language: 'en',
        format: 'remote',
        effortDays: '5',
        stateCode: step?.stateCode ?? '',
        pillar:
          step && (EXPERT_PILLARS as readonly string[]).includes(step.pillar) ? step.pillar : '',
        roadmapStepId: step ? String(step.id) : '',
      },
    };
  }

  async pageModel(actor: Actor, id: number, chosenExpert?: number) {
    const user = userOf(actor);
    const request = await this.requests.load(actor, id);
    const engagements = await this.dataSource.getRepository(Engagement).find({
      where: { requestId: request.id },
      relations: { request: { state: true }, expert: { user: true } },
      order: { id: 'ASC' },
    });
    const model = {
      pageTitle: request.topic,
      request: {
        ...requestRow(actor, request),
        description: request.description,
        formatKey: `experts.format.${request.format}`,
        effortDays: request.effortDays,
        step: await this.stepOf(actor, request.roadmapStepId),
        startsOn: request.startsOn,
        endsOn: request.endsOn,
      },
      engagements: engagements.map((e) => ({
        ...summaryOf(e),
        statusKey: `experts.engagementStatus.${e.status}`,
        from: shownDate(actor, e.startsOn),
        to: shownDate(actor, e.endsOn),
      })),
      staff: isStaff(user),
      values: {
        expertId: chosenExpert ? String(chosenExpert) : '',
        startsOn: request.startsOn,
        endsOn: request.endsOn,
      },
    };
    if (!isStaff(user)) return model;
    const state = request.state;
    const pool = await this.pool.current(plainDateOf(this.clock.now()));
    const result = matchExperts(
      {
        pillar: request.pillar,
        language: request.language,
        region: state.unRegion,
        from: dayNumber(request.startsOn)!,
        to: dayNumber(request.endsOn)!,
      },
      pool,
    );
    const mayPropose = request.status === 'open' || request.status === 'engaged';
    return {
      ...model,
      mayPropose,
      ranked: result.ranked.slice(0, RANKED_SHOWN).map((r, index) => ({
        rank: index + 1,
        id: r.expert.id,
        name: r.expert.name,
        href: `/experts/pool/${r.expert.id}`,
        score: r.score,
        reasons: r.reasons.map(reasonView),
        proposeHref: `/experts/requests/${request.id}?expert=${r.expert.id}#propose`,
      })),
      rankedMore: Math.max(0, result.ranked.length - RANKED_SHOWN),
      candidates: result.ranked
        .slice(0, RANKED_SHOWN)
        .map((r) => ({ value: String(r.expert.id), label: r.expert.name })),
      absentCount: result.absent.length,
      absent: result.absent
        .sort((a, b) => byName.compare(a.expert.name, b.expert.name))
        .slice(0, ABSENT_SHOWN)
        .map((a) => ({
          id: a.expert.id,
          name: a.expert.name,
          href: `/experts/pool/${a.expert.id}`,
          reasons: a.reasons.map((code) => ({ key: `experts.absent.${code}` })),
        })),
    };
  }

  async engagementModel(actor: Actor, id: number) {
    const { engagement, role } = await this.access.load(actor, id);
    const [sessions, feedback, proposer] = await Promise.all([
      this.dataSource
        .getRepository(MentoringSession)
        .find({ where: { engagementId: engagement.id }, order: { heldOn: 'ASC', id: 'ASC' } }),
      this.dataSource
        .getRepository(EngagementFeedback)
        .find({ where: { engagementId: engagement.id } }),
      this.dataSource
        .getRepository(User)
        .findOne({ where: { id: engagement.proposedById }, select: { name: true } }),
    ]);
    const stateSide = feedback.find((f) => f.side === 'state');
    const expertSide = feedback.find((f) => f.side === 'expert');
    const may = (name: keyof typeof STEPS) =>
      (STEPS[name].roles as readonly string[]).includes(role) &&
      (STEPS[name].from as readonly string[]).includes(engagement.status);
    const closed = engagement.status === 'closed';
    const totalMinutes = sessions.reduce((sum, s) => sum + s.minutes, 0);
    return {
      pageTitle: { key: 'experts.engagement.title', params: { name: engagement.expert.user.name } },
      engagement: {
        ...summaryOf(engagement),
        statusKey: `experts.engagementStatus.${engagement.status}`,
        from: shownDate(actor, engagement.startsOn),
        to: shownDate(actor, engagement.endsOn),
        requestHref: `/experts/requests/${engagement.requestId}`,
        pillarKey: `experts.pillar.${engagement.request.pillar}`,
        outsideAvailabilityReason: engagement.outsideAvailabilityReason,
        proposer: proposer?.name ?? '',
        expertHref: role === 'staff' ? `/experts/pool/${engagement.expertId}` : null,
      },
      role,
      mayAccept: may('accept'),
      mayDecline: may('decline'),
      mayConfirm: may('confirm'),
      mayClose: may('close'),
      mayCancel: may('cancel'),
      mayLog: (role === 'expert' || role === 'staff') && (engagement.status === 'active' || closed),
      sessions: sessions.map((s) => ({
        on: shownDate(actor, s.heldOn),
        topics: s.topics,
        hours: hoursOf(s.minutes),
        documents: codesOf(s.resourceIds).map((id) => ({ href: `/library/${id}`, id })),
      })),
      totalHours: hoursOf(totalMinutes),
      stateFeedback: stateSide
        ? {
            knowledge: stateSide.knowledge,
            communication: stateSide.communication,
            responsiveness: stateSide.responsiveness,
            fit: stateSide.fit,
            again: stateSide.wouldEngageAgain,
            // The State may keep its words from the expert; its ratings are the expert's to see.
            comment: role === 'expert' && stateSide.commentWithheld ? null : stateSide.comment,
            withheld: stateSide.commentWithheld,
            reply: stateSide.reply,
          }
        : null,
      expertFeedback:
        expertSide && (role === 'staff' || role === 'expert')
          ? { rating: expertSide.rating, comment: expertSide.comment }
          : null,
      mayGiveStateFeedback: closed && role === 'state-focal-point' && !stateSide,
      mayGiveExpertFeedback: closed && role === 'expert' && !expertSide,
      mayReply: role === 'expert' && !!stateSide && stateSide.reply === null,
      ratings: ['1', '2', '3', '4', '5'],
      againOptions: ['yes', 'no'],
      values: { heldOn: plainDateOf(this.clock.now()) },
    };
  }
}
