import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { userOf, type Actor } from '../../common/actor/actor';
import { filterValues, hrefWith } from '../../common/lists/filters';
import { pagedList, pageRequest } from '../../common/lists/paged-list';
import { User } from '../../users/user.entity';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import {
  HIT_STATUSES,
  OPEN_HIT_STATUSES,
  ScreeningHit,
  type HitStatus,
} from '../pipeline/screening-hit.entity';
import { ScreeningRule } from '../rules/screening-rule.entity';
import { Watchlist } from '../watchlists/watchlist.entity';
import type { Analyst } from '../work-purpose/analyst';
import { PersonalDataAudit } from '../work-purpose/personal-data-audit';
import { isPiuSupervisor, stateOf } from '../work-purpose/supervisor';
import {
  STATUS_FILTERS,
  VETTING_FILTERS,
  type StatusFilter,
  type VettingListQuery,
} from './dto/vetting-list.query';
import type { VettingRowsQuery } from './dto/vetting-rows.query';
import { departureText, flightLabel } from './flight-label';
import { HitRows, LISTED_HIT_COLUMNS } from './hit-rows';

export const VETTING_PAGE_SIZE = 25;
/** Flights offered in the flight filter: those with open hits, soonest first. */
const FLIGHT_CHOICES = 100;

const CLOSED_HIT_STATUSES: readonly HitStatus[] = HIT_STATUSES.filter(
  (status) => !OPEN_HIT_STATUSES.includes(status),
);

/** Statuses a status filter lets through (null: any). */
export function statusesOf(filter: StatusFilter | undefined): readonly HitStatus[] | null {
  switch (filter ?? 'open') {
    case 'open':
      return OPEN_HIT_STATUSES;
    case 'closed':
      return CLOSED_HIT_STATUSES;
    case 'all':
      return null;
    default:
      return [filter as HitStatus];
  }
}

/**
 * The priority vetting list (`/screening`): the State's hits, open ones by default, gravest
 * first and then by departure, filtered by flight, list, rule, status and analyst. Each row
 * names the traveller (opened from the sealed record), so every page that shows rows is
 * written to the audit log once, with the purpose, the filters and the hits' ids, never a name.
 */
@Injectable()
export class VettingListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: HitRows,
    private readonly personalData: PersonalDataAudit,
  ) {}

  async page(analyst: Analyst, query: VettingListQuery) {
    const stateId = stateOf(analyst.actor);
    const userId = userOf(analyst.actor).id;
    const request = pageRequest(query.page, VETTING_PAGE_SIZE);
    const [hits, total] = await this.hitsQuery(stateId, userId, query)
      .offset(request.offset)
      .limit(request.size)
      .getManyAndCount();
    const rows = await this.rows.rowsOf(hits, userId);
    const filters = filterValues(query, VETTING_FILTERS);
    if (rows.length > 0)
      await this.personalData.read(analyst, 'vetting-list', stateId, {
        page: request.page,
        filters: definedOnly(filters),
        hits: rows.map((row) => row.id),
      });
    const list = pagedList(rows, total, request, { path: '/screening', filters });
    return {
      ...(await this.formModel(analyst.actor, query)),
      ...list,
      scripts: ['/assets/js/vetting.js'],
      live: {
        room: `screening:${stateId}`,
        rowsHref: rowsHref(filters),
        firstHref: hrefWith('/screening', filters),
        page: request.page,
        lastPage: list.pagination.nextHref === null,
        statuses: statusesOf(query.status) ?? HIT_STATUSES,
        assignee: filters.assignee,
        userId,
      },
    };
  }

  /**
   * The rows with these ids that belong on the list as filtered (the live script's request
   * after `screening.hits`), in the list's order; ids of another State's hits match nothing.
   */
  async rowsByIds(analyst: Analyst, query: VettingRowsQuery) {
    const stateId = stateOf(analyst.actor);
    const userId = userOf(analyst.actor).id;
    const ids = [...new Set(query.ids.split(',').map(Number))];
    const hits = await this.hitsQuery(stateId, userId, query)
      .andWhere('hit.id IN (:...ids)', { ids })
      .getMany();
    const rows = await this.rows.rowsOf(hits, userId);
    if (rows.length > 0)
      await this.personalData.read(analyst, 'vetting-list', stateId, {
        live: true,
        filters: definedOnly(filterValues(query, VETTING_FILTERS)),
        hits: rows.map((row) => row.id),
      });
    return { layout: false, items: rows };
  }

  /** The page without rows: its filter form (also drawn again when a filter is wrong). */
  async formModel(actor: Actor, query: Partial<VettingListQuery>) {
    const stateId = stateOf(actor);
    const filters = filterValues(query, VETTING_FILTERS);
    const [flights, lists, rules, analysts] = await Promise.all([
      this.flightChoices(stateId, Number(filters.flight) || null),
      this.dataSource.getRepository(Watchlist).find({
        select: { id: true, name: true },
        where: { stateId },
        order: { name: 'ASC' },
      }),
      this.dataSource.getRepository(ScreeningRule).find({
        select: { id: true, name: true },
        where: { stateId },
        order: { name: 'ASC' },
      }),
      this.dataSource.getRepository(User).find({
        select: { id: true, name: true },
        where: { organisationId: stateId, role: 'piu-analyst', active: true },
        order: { name: 'ASC' },
      }),
    ]);
    const userId = userOf(actor).id;
    return {
      pageTitle: { key: 'vetting.title' },
      stateName: actor.user?.organisationName,
      supervisor: isPiuSupervisor(actor),
      filters,
      flights,
      lists: lists.map((list) => ({ value: String(list.id), label: list.name })),
      rules: rules.map((rule) => ({ value: String(rule.id), label: rule.name })),
      statuses: STATUS_FILTERS.filter((status) => status !== 'open').map((value) => ({
        value,
        labelKey: `vetting.filter.status.${value}`,
      })),
      assignees: [
        { value: 'mine', labelKey: 'vetting.filter.mine' },
        { value: 'unassigned', labelKey: 'vetting.filter.unassigned' },
        ...analysts
          .filter((user) => user.id !== userId)
          .map((user) => ({ value: String(user.id), label: user.name })),
      ],
    };
  }

  /** The State's hits as filtered, in the list's order (gravest, then soonest departure). */
  private hitsQuery(
    stateId: number,
    userId: number,
    query: Partial<VettingListQuery>,
  ): SelectQueryBuilder<ScreeningHit> {
    const builder = this.dataSource
      .getRepository(ScreeningHit)
      .createQueryBuilder('hit')
      .select(LISTED_HIT_COLUMNS.map((column) => `hit.${column}`))
      .where('hit.stateId = :stateId', { stateId });
    const statuses = statusesOf(query.status);
    if (statuses) builder.andWhere('hit.status IN (:...statuses)', { statuses });
    if (query.flight) builder.andWhere('hit.flightId = :flightId', { flightId: +query.flight });
    if (query.list) builder.andWhere('hit.listId = :listId', { listId: +query.list });
    if (query.rule) builder.andWhere('hit.ruleId = :ruleId', { ruleId: +query.rule });
    if (query.assignee === 'mine') builder.andWhere('hit.assigneeId = :userId', { userId });
    else if (query.assignee === 'unassigned') builder.andWhere('hit.assigneeId IS NULL');
    else if (query.assignee)
      builder.andWhere('hit.assigneeId = :assigneeId', { assigneeId: +query.assignee });
    return builder
      .orderBy('hit.severityRank', 'DESC')
      .addOrderBy('hit.departureAt', 'ASC')
      .addOrderBy('hit.id', 'ASC');
  }

  /** Flights with open hits (soonest first), and the one the filter names if it is not one. */
  private async flightChoices(stateId: number, selected: number | null) {
    const flights = this.dataSource.getRepository(ScreeningFlight);
    const withOpen = await this.dataSource
      .getRepository(ScreeningHit)
      .createQueryBuilder('hit')
      .select('DISTINCT hit.flightId', 'flightId')
      .where('hit.stateId = :stateId AND hit.status IN (:...open)', {
        stateId,
        open: OPEN_HIT_STATUSES,
      })
      .getRawMany<{ flightId: number | string }>();
    const ids = new Set(withOpen.map((row) => Number(row.flightId)));
    if (selected !== null) ids.add(selected);
    if (ids.size === 0) return [];
    const rows = await flights.find({
      select: {
        id: true,
        carrier: true,
        number: true,
        flightKey: true,
        departureLocal: true,
        departureAt: true,
      },
      where: { stateId, id: In([...ids]) },
      order: { departureAt: 'ASC', id: 'ASC' },
      take: FLIGHT_CHOICES,
    });
    return rows.map((flight) => ({
      value: String(flight.id),
      label: flightLabel(flight),
      departure: departureText(flight.departureLocal),
      selected: flight.id === selected,
    }));
  }
}

/** The rows endpoint with the page's filters (the script adds `ids`). */
function rowsHref(filters: Record<string, string>): string {
  return hrefWith('/screening/vetting/rows', filters);
}

function definedOnly(filters: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
}
