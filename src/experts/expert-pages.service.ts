import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { splitLanguages, UN_LANGUAGES } from '../account/languages';
import { userOf, type Actor } from '../common/actor/actor';
import { Engagement } from './engagement.entity';
import { EngagementFeedback } from './engagement-feedback.entity';
import { requireStaff, isStaff } from './engagement-access';
import {
  EngagementSummaries,
  STATE_STATUSES,
  type EngagementSummary,
} from './engagement-summaries';
import { ExpertProfile } from './expert-profile.entity';
import { labelKeys, languageNames, LIST_PAGE_SIZE, shownDate } from './expert-views';
import {
  BACKGROUNDS,
  codesOf,
  ENDED_STATUSES,
  ENGAGEMENT_STATUSES,
  EXPERIENCE_REGIONS,
  EXPERT_PILLARS,
  EXPERT_STATUSES,
  HOLDING_STATUSES,
  type ExpertStatus,
} from './expert-vocabulary';
import { filterValues } from '../common/lists/filters';
import { numberedPagination, pageRequest, type PageRequest } from '../common/lists/paged-list';
import type { PoolQuery } from './dto/expert-queries.dto';
import { PoolFiguresService, type CoverageRow } from './pool-figures.service';
import { ProfilesService } from './profiles.service';
import { RequestsService } from './requests.service';

const OVERVIEW = { pageTitle: { key: 'experts.title' } };

/** The page links of one of `/experts`' lists, keeping the others' pages (`filters`). */
function overviewPages(
  filters: Record<string, string | number | undefined>,
  request: PageRequest,
  total: number,
  param?: string,
) {
  return numberedPagination({ path: '/experts', filters, param, ...request, total });
}

/**
 * The pool's pages as view models: the overview (what `/experts` is for each role), the
 * expert's own profile, an expert's page for staff with vetting, and the figures.
 */
@Injectable()
export class ExpertPagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesService,
    private readonly requests: RequestsService,
    private readonly summaries: EngagementSummaries,
    private readonly figuresService: PoolFiguresService,
  ) {}

  engagementViews(actor: Actor, list: readonly EngagementSummary[]) {
    return list.map((e) => ({
      ...e,
      pillarKey: `experts.pillar.${e.pillar}`,
      statusKey: `experts.engagementStatus.${e.status}`,
      from: shownDate(actor, e.startsOn),
      to: shownDate(actor, e.endsOn),
    }));
  }

  /** `/experts`: the pool for staff, their own standing for an expert, their State's for its members. */
  async overview(actor: Actor, query: PoolQuery) {
    const user = userOf(actor);
    if (isStaff(user)) return this.poolModel(actor, query);
    if (user.role === 'expert') return this.ownEngagementsModel(actor, query);
    const stateId = user.stateId ?? -1;
    const requestsPage = pageRequest(query.page, LIST_PAGE_SIZE);
    const engagementsPage = pageRequest(query.engagementsPage, LIST_PAGE_SIZE);
    const [requests, engagements] = await Promise.all([
      this.requests.page(actor, { stateId }, requestsPage),
      this.summaries.page({ stateId }, STATE_STATUSES, engagementsPage),
    ]);
    // Each list's links keep the other list's page.
    const pages = { page: query.page, engagementsPage: query.engagementsPage };
    return {
      ...OVERVIEW,
      state: true,
      mayAsk: this.requests.mayAsk(actor),
      requests: requests.items.map((r) => requestRow(actor, r)),
      requestsPagination: overviewPages(pages, requestsPage, requests.total),
      engagements: this.engagementViews(actor, engagements.items),
      engagementsPagination: overviewPages(
        pages,
        engagementsPage,
        engagements.total,
        'engagementsPage',
      ),
    };
  }

  /** The pool for staff, of one vetting status when asked, a page at a time. */
  private async poolModel(actor: Actor, query: PoolQuery) {
    const status = query.status as ExpertStatus | undefined;
    const request = pageRequest(query.page, LIST_PAGE_SIZE);
    const [profiles, total] = await this.dataSource.getRepository(ExpertProfile).findAndCount({
      where: status ? { status } : {},
      relations: { user: true },
      order: { status: 'ASC', id: 'ASC' },
      skip: request.offset,
      take: request.size,
    });
    const filters = filterValues(query, ['status'] as const);
    return {
      ...OVERVIEW,
      staff: true,
      status: filters.status,
      statuses: EXPERT_STATUSES.map((code) => ({
        value: code,
        labelKey: `experts.status.${code}`,
        selected: code === status,
      })),
      total,
      experts: profiles.map((p) => ({
        id: p.id,
        href: `/experts/pool/${p.id}`,
        name: p.user.name,
        organisation: p.organisation,
        statusKey: `experts.status.${p.status}`,
        pillars: labelKeys(p.pillars, 'experts.pillar.'),
        languages: languageNames(actor, codesOf(p.languages)).join(', '),
        consent: p.consent,
      })),
      pagination: overviewPages(filters, request, total),
    };
  }

  /**
   * "My engagements": what is proposed to the expert, accepted or running (soonest first), and
   * what is over (closed, declined, cancelled; newest first), each a page at a time.
   */
  private async ownEngagementsModel(actor: Actor, query: PoolQuery) {
    const user = userOf(actor);
    const profile = await this.profiles.own(actor);
    const currentPage = pageRequest(query.page, LIST_PAGE_SIZE);
    const pastPage = pageRequest(query.pastPage, LIST_PAGE_SIZE);
    const [current, past] = await Promise.all([
      this.summaries.page({ expertUserId: user.id }, HOLDING_STATUSES, currentPage, 'soonest'),
      this.summaries.page({ expertUserId: user.id }, ENDED_STATUSES, pastPage),
    ]);
    const pages = { page: query.page, pastPage: query.pastPage };
    return {
      ...OVERVIEW,
      expert: true,
      profileStatusKey: profile ? `experts.status.${profile.status}` : null,
      current: this.engagementViews(actor, current.items),
      currentPagination: overviewPages(pages, currentPage, current.total),
      past: this.engagementViews(actor, past.items),
      pastPagination: overviewPages(pages, pastPage, past.total, 'pastPage'),
    };
  }

  /** The expert's own profile form, their periods, and their hours. */
  async profileModel(actor: Actor) {
    const profile = await this.profiles.own(actor);
    const periods = profile ? await this.profiles.periodsOf(profile.id) : [];
    const languages = splitLanguages(codesOf(profile?.languages));
    const hours = profile ? await this.figuresService.hoursRows(profile.id) : [];
    return {
      pageTitle: { key: 'experts.profile.title' },
      profile: profile ? { statusKey: `experts.status.${profile.status}` } : null,
      values: {
        backgrounds: codesOf(profile?.backgrounds),
        pillars: codesOf(profile?.pillars),
        unLanguages: languages.un,
        otherLanguages: languages.other.join(', '),
        regions: codesOf(profile?.regions),
        organisation: profile?.organisation ?? '',
        countryCode: profile?.countryCode ?? '',
        biography: profile?.biography ?? '',
        consent: profile?.consent ?? false,
      },
      backgroundCodes: BACKGROUNDS,
      pillarCodes: EXPERT_PILLARS,
      unLanguageOptions: UN_LANGUAGES.map((code) => ({
        value: code,
        label: languageNames(actor, [code])[0],
      })),
      regionCodes: EXPERIENCE_REGIONS,
      kinds: ['available', 'unavailable'],
      periods: periods.map((p) => ({
        id: p.id,
        kindKey: `experts.availability.${p.kind}`,
        from: shownDate(actor, p.startsOn),
        to: shownDate(actor, p.endsOn),
        note: p.note,
      })),
      hours,
    };
  }

  /** One expert for staff: profile, periods, vetting, engagements (paged), the States' feedback, hours. */
  async staffProfileModel(actor: Actor, expertId: number, page?: number) {
    const { profile, user } = await this.profiles.forStaff(actor, expertId);
    const request = pageRequest(page, LIST_PAGE_SIZE);
    const [periods, engagements, feedback, hours] = await Promise.all([
      this.profiles.periodsOf(profile.id),
      this.summaries.page({ expertId: profile.id }, ENGAGEMENT_STATUSES, request),
      this.dataSource.getRepository(EngagementFeedback).find({
        where: { side: 'state', engagement: { expertId: profile.id } },
        order: { createdAt: 'DESC', id: 'DESC' },
      }),
      this.figuresService.hoursRows(profile.id),
    ]);
    return {
      pageTitle: user.name,
      expert: {
        id: profile.id,
        name: user.name,
        email: user.email,
        active: user.active,
        statusKey: `experts.status.${profile.status}`,
        status: profile.status,
        backgrounds: labelKeys(profile.backgrounds, 'experts.background.'),
        pillars: labelKeys(profile.pillars, 'experts.pillar.'),
        regions: labelKeys(profile.regions, 'experts.region.'),
        languages: languageNames(actor, codesOf(profile.languages)).join(', '),
        organisation: profile.organisation,
        countryCode: profile.countryCode,
        biography: profile.biography,
        consent: profile.consent,
        vettedAt: profile.vettedAt,
      },
      statuses: EXPERT_STATUSES.map((code) => ({
        value: code,
        labelKey: `experts.status.${code}`,
        selected: code === profile.status,
      })),
      periods: periods.map((p) => ({
        kindKey: `experts.availability.${p.kind}`,
        from: shownDate(actor, p.startsOn),
        to: shownDate(actor, p.endsOn),
        note: p.note,
      })),
      engagements: this.engagementViews(actor, engagements.items),
      engagementsPagination: numberedPagination({
        path: `/experts/pool/${profile.id}`,
        filters: {},
        ...request,
        total: engagements.total,
      }),
      feedback: feedback.map((f) => ({
        engagementHref: `/experts/engagements/${f.engagementId}`,
        knowledge: f.knowledge,
        communication: f.communication,
        responsiveness: f.responsiveness,
        fit: f.fit,
        again: f.wouldEngageAgain,
        comment: f.comment,
      })),
      hours,
    };
  }

  async figuresModel(actor: Actor) {
    requireStaff(actor);
    const figures = await this.figuresService.figures(actor);
    const label = (prefix: string) => (row: CoverageRow) => ({
      ...row,
      labelKey: `${prefix}${row.code}`,
    });
    return {
      pageTitle: { key: 'experts.figures.title' },
      ...figures,
      byPillar: figures.byPillar.map(label('experts.pillar.')),
      byRegion: figures.byRegion.map(label('experts.region.')),
      byLanguage: figures.byLanguage.map((row) => ({
        ...row,
        label: languageNames(actor, [row.code])[0],
      })),
    };
  }
}

/** An engagement row loaded with its request, State and expert, as a summary. */
export function summaryOf(e: Engagement): EngagementSummary {
  return {
    id: e.id,
    stateId: e.stateId,
    stateCode: e.request.state.code,
    stateName: e.request.state.name,
    expertName: e.expert.user.name,
    requestId: e.requestId,
    roadmapStepId: e.request.roadmapStepId,
    pillar: e.request.pillar,
    topic: e.request.topic,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    status: e.status,
    running: false,
    href: `/experts/engagements/${e.id}`,
  };
}

/** A request in a list. */
export function requestRow(
  actor: Actor,
  r: {
    id: number;
    state: { name: string };
    topic: string;
    pillar: string;
    language: string;
    startsOn: string;
    endsOn: string;
    status: string;
  },
) {
  return {
    id: r.id,
    href: `/experts/requests/${r.id}`,
    state: r.state.name,
    topic: r.topic,
    pillarKey: `experts.pillar.${r.pillar}`,
    language: languageNames(actor, [r.language])[0],
    from: shownDate(actor, r.startsOn),
    to: shownDate(actor, r.endsOn),
    statusKey: `experts.requestStatus.${r.status}`,
  };
}
