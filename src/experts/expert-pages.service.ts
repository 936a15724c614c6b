import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { splitLanguages, UN_LANGUAGES } from '../account/languages';
import { userOf, type Actor } from '../common/actor/actor';
import { Engagement } from './engagement.entity';
import { EngagementFeedback } from './engagement-feedback.entity';
import { requireStaff, isStaff } from './engagement-access';
import { EngagementSummaries, type EngagementSummary } from './engagement-summaries';
import { ExpertProfile } from './expert-profile.entity';
import { labelKeys, languageNames, shownDate } from './expert-views';
import {
  BACKGROUNDS,
  codesOf,
  EXPERIENCE_REGIONS,
  EXPERT_PILLARS,
  EXPERT_STATUSES,
} from './expert-vocabulary';
import { PoolFiguresService, type CoverageRow } from './pool-figures.service';
import { ProfilesService } from './profiles.service';
import { RequestsService } from './requests.service';

/** How many experts the staff list shows at once (the pool counts in hundreds). */
const POOL_SHOWN = 500;

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
  async overview(actor: Actor, status?: string) {
    const user = userOf(actor);
    const base = { pageTitle: { key: 'experts.title' } };
    if (isStaff(user)) {
      const profiles = await this.dataSource.getRepository(ExpertProfile).find({
        where: status ? { status: status as ExpertProfile['status'] } : {},
        relations: { user: true },
        order: { status: 'ASC', id: 'ASC' },
        take: POOL_SHOWN,
      });
      return {
        ...base,
        staff: true,
        status: status ?? '',
        statuses: EXPERT_STATUSES.map((code) => ({
          value: code,
          labelKey: `experts.status.${code}`,
          selected: code === status,
        })),
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
      };
    }
    if (user.role === 'expert') {
      const profile = await this.profiles.own(actor);
      const engagements = profile
        ? await this.dataSource.getRepository(Engagement).find({
            where: { expertUserId: user.id },
            relations: { request: { state: true }, expert: { user: true } },
            order: { startsOn: 'DESC' },
          })
        : [];
      return {
        ...base,
        expert: true,
        profileStatusKey: profile ? `experts.status.${profile.status}` : null,
        engagements: this.engagementViews(
          actor,
          engagements.map((e) => summaryOf(e)),
        ),
      };
    }
    const stateId = user.stateId ?? -1;
    const [requests, engagements] = await Promise.all([
      this.requests.list(actor, { stateId }),
      this.summaries.ofState(stateId, 50),
    ]);
    return {
      ...base,
      state: true,
      mayAsk: this.requests.mayAsk(actor),
      requests: requests.map((r) => requestRow(actor, r)),
      engagements: this.engagementViews(actor, engagements),
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

  /** One expert for staff: profile, periods, vetting, engagements, the States' feedback, hours. */
  async staffProfileModel(actor: Actor, expertId: number) {
    const { profile, user } = await this.profiles.forStaff(actor, expertId);
    const [periods, engagements, hours] = await Promise.all([
      this.profiles.periodsOf(profile.id),
      this.dataSource.getRepository(Engagement).find({
        where: { expertId: profile.id },
        relations: { request: { state: true }, expert: { user: true } },
        order: { startsOn: 'DESC' },
      }),
      this.figuresService.hoursRows(profile.id),
    ]);
    const feedback = engagements.length
      ? await this.dataSource
          .getRepository(EngagementFeedback)
          .find({ where: engagements.map((e) => ({ engagementId: e.id, side: 'state' as const })) })
      : [];
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
      engagements: this.engagementViews(
        actor,
        engagements.map((e) => summaryOf(e)),
      ),
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
