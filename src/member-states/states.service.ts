import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { filterValues } from '../common/lists/filters';
import { pageOf, pageRequest } from '../common/lists/paged-list';
import type { VisibilityColumnRefs } from '../common/visibility/visibility-level';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { UN_REGIONS } from './data/un-member-states';
import { Organisation, PROGRAMME_STATUSES } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import type { ListStatesQuery } from './dto/list-states.query';
import { StateRecordService } from './record/state-record.service';
import { StateAccess } from './space/state-access';
import { StateSpaceSections } from './space/state-space-sections';

/**
 * A State is itself `state` content of its own id: visible to its own people, to programme
 * staff and admins, and to the experts assigned to it. The policy reads those three values
 * straight from the organisation row.
 */
const STATE_ROW: VisibilityColumnRefs = {
  level: `'state'`,
  regionId: 'state.iwgRegionId',
  stateId: 'state.id',
};

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const STATES_PAGE_SIZE = 50;
const STATE_FILTERS = ['q', 'region', 'status'] as const;

export interface StateSummary {
  code: string;
  name: string;
  alpha2: string | null;
  unRegion: string | null;
  unSubregion: string | null;
  iwgRegion: string | null;
  programmeStatus: string | null;
}

/** The Member State space: which States a user may open, and what a State's page shows. */
@Injectable()
export class StatesService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly policy: VisibilityPolicy,
    private readonly access: StateAccess,
    private readonly records: StateRecordService,
    private readonly sections: StateSpaceSections,
  ) {}

  /** The States the user may see, by the same rule as each State's page (one query). */
  async visibleStates(
    user: AuthenticatedUser,
    filter: ListStatesQuery = {},
  ): Promise<StateSummary[]> {
    const query = this.organisations
      .createQueryBuilder('state')
      .leftJoinAndSelect('state.iwgRegion', 'iwgRegion')
      .where('state.kind = :kind', { kind: 'state' });
    // A partner agency lists the States whose roadmap staff shared with it; others by the policy.
    if (user.role === 'partner') {
      const shared = await this.access.sharedStateIds(user);
      if (shared.length === 0) return [];
      query.andWhere('state.id IN (:...shared)', { shared });
    } else query.andWhere(this.policy.condition(user, STATE_ROW, 'state'));
    if (filter.region) query.andWhere('state.unRegion = :region', { region: filter.region });
    if (filter.status === 'none') query.andWhere('state.programmeStatus IS NULL');
    else if (filter.status)
      query.andWhere('state.programmeStatus = :status', { status: filter.status });
    // Searched and sorted here, not in SQL: the two engines collate accented names differently
    // ("cote" finds Côte d'Ivoire on both), and there are at most 193 rows.
    const search = filter.q ? folded(filter.q) : '';
    return (await query.getMany())
      .map(summaryOf)
      .filter((state) => !search || matches(state, search))
      .sort((a, b) => collator.compare(a.name, b.name));
  }

  async listModel(actor: Actor, filter: ListStatesQuery) {
    const user = userOf(actor);
    const filters = filterValues(filter, STATE_FILTERS);
    const list = pageOf(
      await this.visibleStates(user, filter),
      pageRequest(filter.page, STATES_PAGE_SIZE),
      { path: '/states', filters },
    );
    const filtered = Boolean(filter.region || filter.status || filter.q);
    const everything = this.policy.reach(user).everything && !filtered;
    return {
      pageTitle: { key: 'states.title' },
      intro: {
        key: everything ? 'states.intro.all' : 'states.intro.some',
        params: { count: list.total },
      },
      states: list.items,
      pagination: list.pagination,
      filters,
      filtered,
      regions: UN_REGIONS.map((region) => ({ value: region, selected: region === filter.region })),
      statuses: [...PROGRAMME_STATUSES, 'none'].map((status) => ({
        value: status,
        selected: status === filter.status,
      })),
    };
  }

  /**
   * One State's page: the record, then the sections other modules register. Another State's
   * page is a 404 like a code that does not exist, so nobody learns which States are on the
   * platform; the refusal is written to the audit log. A partner agency the State's roadmap is
   * shared with reads the record (without people or the staff's note) and the roadmap.
   */
  async pageModel(actor: Actor, code: string) {
    const { state, viaShare } = await this.access.open(actor, code);
    const [members, record, sections] = await Promise.all([
      viaShare
        ? Promise.resolve([])
        : this.users.find({
            where: { organisationId: state.id, active: true },
            select: { id: true, name: true, role: true },
          }),
      this.records.recordModel(actor, state, viaShare),
      this.sections.load(actor, state),
    ]);
    return {
      pageTitle: state.name,
      state: summaryOf(state),
      record,
      members: members
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((member) => ({ name: member.name, role: member.role })),
      sections,
    };
  }
}

/** Lower case without accents, for a search that ignores both. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** A part of the name, or the alpha-3 or alpha-2 code. */
function matches(state: StateSummary, search: string): boolean {
  return (
    folded(state.name).includes(search) ||
    state.code.toLowerCase() === search ||
    state.alpha2?.toLowerCase() === search
  );
}

function summaryOf(state: Organisation): StateSummary {
  return {
    code: state.code,
    name: state.name,
    alpha2: state.alpha2,
    unRegion: state.unRegion,
    unSubregion: state.unSubregion,
    iwgRegion: state.iwgRegion?.name ?? null,
    programmeStatus: state.programmeStatus,
  };
}
