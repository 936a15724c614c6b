import { Injectable } from '@nestjs/common';
import { userOf, type Actor } from '../../common/actor/actor';
import { ReachCache } from '../../common/visibility/reach-cache';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { filterValues, hrefWith } from '../../common/lists/filters';
import { MeetingSummaries } from '../../iwg/meetings/meeting-summaries';
import { UN_REGIONS } from '../../member-states/data/un-member-states';
import { statusFill } from './map/world-map';
import { PROGRAMME_FILTERS, type ProgrammeFilterQuery } from './dto/programme-filter.query';
import { ProgrammeMaps } from './programme-maps';
import { workView } from './programme-work-view';
import { ProgrammeOverviewService, type ProgrammeOverview } from './programme-overview.service';

type UpcomingMeetings = Awaited<ReturnType<MeetingSummaries['upcoming']>>;

/** How far ahead, and how many, IWG meetings the dashboard lists. */
const MEETINGS_WITHIN_DAYS = 90;
const MEETINGS_SHOWN = 8;

/** The programme dashboard (`/programme`): what the page shows, as a view model. */
@Injectable()
export class ProgrammeDashboardService {
  /**
   * The coming meetings depend only on what the reader may see, their language and time zone:
   * read once per those for a short while (a new meeting shows within 30 s).
   */
  private readonly meetingsKept: ReachCache<UpcomingMeetings>;

  constructor(
    private readonly overviews: ProgrammeOverviewService,
    private readonly meetings: MeetingSummaries,
    private readonly maps: ProgrammeMaps,
    policy: VisibilityPolicy,
  ) {
    this.meetingsKept = new ReachCache(policy);
  }

  async page(actor: Actor, filter: ProgrammeFilterQuery) {
    const [overview, meetings] = await Promise.all([
      this.overviews.overview(actor, filter),
      this.meetingsKept.get(userOf(actor), [actor.locale, actor.timeZone], () =>
        this.meetings.upcoming(actor, { withinDays: MEETINGS_WITHIN_DAYS, limit: MEETINGS_SHOWN }),
      ),
    ]);
    const filters = filterValues(filter, PROGRAMME_FILTERS);
    const full = overview.disclosure === 'full';
    return {
      pageTitle: { key: 'programme.title' },
      full,
      filters,
      filtered: Boolean(filter.region || filter.pillar),
      regionChoices: UN_REGIONS.map((region) => ({
        value: region,
        selected: region === filter.region,
      })),
      pillarChoices: overview.pillars.map((pillar) => ({
        value: pillar.code,
        label: pillar.name,
        selected: pillar.code === filter.pillar,
      })),
      region: overview.region,
      pillar: overview.pillar?.name ?? null,
      summary: {
        inProgramme: overview.shown.filter((state) => state.status !== null).length,
        total: overview.shown.length,
      },
      statusCounts: overview.byStatus.map(({ status, count }) => ({
        statusKey: `status.${status ?? 'none'}`,
        // Staff's list of these States (partners have no use of it).
        href: full
          ? hrefWith('/admin/member-states', { region: overview.region, status: status ?? 'none' })
          : null,
        count,
        fill: statusFill(overview.statuses, status),
      })),
      statusHeadings: overview.statuses.map((status) => `status.${status}`),
      regionRows: overview.regions.map((row) => ({
        ...row,
        current: row.region === overview.region,
      })),
      map: this.maps.map(overview, actor.locale),
      mapTable: mapTable(overview, full),
      work: workView(overview, actor.locale),
      meetings,
      meetingDays: MEETINGS_WITHIN_DAYS,
      exports: {
        statesCsv: full ? hrefWith('/programme/exports/states.csv', filters) : null,
        stepsCsv: full ? hrefWith('/programme/exports/steps.csv', filters) : null,
        overviewPdf: hrefWith('/programme/overview.pdf', filters),
      },
    };
  }
}

/**
 * The map as a table (its text alternative): the States in the programme, by status, within
 * the filter; the States outside the programme are only counted. Staff get links to each
 * State's space; partners, who have no State spaces, the names.
 */
function mapTable(overview: ProgrammeOverview, links: boolean) {
  return overview.statuses
    .map((status) => ({
      statusKey: `status.${status}`,
      fill: statusFill(overview.statuses, status),
      states: overview.shown
        .filter((state) => state.status === status)
        .map((state) => ({
          code: state.code,
          name: state.name,
          href: links ? `/states/${state.code}` : null,
        })),
    }))
    .filter((group) => group.states.length > 0);
}
