import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { And, In, LessThan, MoreThanOrEqual, type DataSource } from 'typeorm';
import { filterValues } from '../../common/lists/filters';
import { pagedList, pageRequest } from '../../common/lists/paged-list';
import { RowAccess } from '../../common/visibility/row-access';
import { Clock } from '../../jobs/clock';
import { ScreeningMessage } from '../ingestion/screening-message.entity';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import { OPEN_HIT_STATUSES, ScreeningHit } from '../pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import type { Analyst } from '../work-purpose/analyst';
import { PersonalDataAudit } from '../work-purpose/personal-data-audit';
import { stateOf } from '../work-purpose/supervisor';
import { FLIGHT_PAGE_FILTERS, type FlightPageQuery } from './dto/flight-page.query';
import { FLIGHT_FILTERS, type FlightsQuery } from './dto/flights.query';
import { departureText, flightLabel, routeText } from './flight-label';
import {
  isLate,
  leadText,
  messageFigures,
  NO_MESSAGES,
  type FlightMessageFigures,
  type KindFigures,
} from './message-timeliness';
import { TravellerNames } from './traveller-names';

export const FLIGHTS_PAGE_SIZE = 25;
export const TRAVELLERS_PAGE_SIZE = 50;
/** The flights page starts this long before now: a flight that has just left is still worked on. */
export const RECENT_DEPARTURES_MS = 12 * 3_600_000;
const DAY_MS = 86_400_000;

interface HitCounts {
  open: number;
  total: number;
}

/**
 * The flights pages. The list (today's and upcoming flights with their figures) holds no
 * personal data; a flight's page names its travellers, so each view of it is audited once
 * (`flight`, the flight's id, the page and the travellers shown) with the analyst's purpose.
 * Departures are local times read as UTC, as screening stores them, and shown as the messages
 * give them.
 */
@Injectable()
export class FlightPages {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly rowAccess: RowAccess,
    private readonly names: TravellerNames,
    private readonly personalData: PersonalDataAudit,
  ) {}

  async list(analyst: Analyst, query: FlightsQuery) {
    const stateId = stateOf(analyst.actor);
    const request = pageRequest(query.page, FLIGHTS_PAGE_SIZE);
    const from = query.on
      ? new Date(`${query.on}T00:00:00Z`)
      : new Date(this.clock.now() - RECENT_DEPARTURES_MS);
    const [flights, total] = await this.dataSource.getRepository(ScreeningFlight).findAndCount({
      where: {
        stateId,
        departureAt: query.on
          ? And(MoreThanOrEqual(from), LessThan(new Date(from.getTime() + DAY_MS)))
          : MoreThanOrEqual(from),
      },
      order: { departureAt: 'ASC', id: 'ASC' },
      skip: request.offset,
      take: request.size,
    });
    const ids = flights.map((flight) => flight.id);
    const [messages, hits] = await Promise.all([this.messagesOf(ids), this.hitsOf(ids)]);
    const filters = filterValues(query, FLIGHT_FILTERS);
    return {
      ...this.listForm(query),
      since: query.on ? null : from,
      ...pagedList(
        flights.map((flight) => ({
          ...this.summaryOf(flight, messages.get(flight.id), hits.get(flight.id)),
        })),
        total,
        request,
        { path: '/screening/flights', filters },
      ),
    };
  }

  /** The list page's form (also drawn again, without rows, when the date is wrong). */
  listForm(query: Partial<FlightsQuery>) {
    return {
      pageTitle: { key: 'vetting.flights.title' },
      filters: filterValues(query, FLIGHT_FILTERS),
    };
  }

  /** A flight of the analyst's State (404 for any other): its messages, travellers and hits. */
  async flight(analyst: Analyst, id: number, query: FlightPageQuery) {
    const stateId = stateOf(analyst.actor);
    const found = Number.isSafeInteger(id)
      ? await this.dataSource.getRepository(ScreeningFlight).findOneBy({ id, stateId })
      : null;
    const flight = await this.rowAccess.scoped(analyst.actor, { type: 'flight', id }, found);
    const request = pageRequest(query.page, TRAVELLERS_PAGE_SIZE);
    const travellers = this.dataSource
      .getRepository(ScreeningTraveller)
      .createQueryBuilder('traveller')
      .select([
        'traveller.id',
        'traveller.stateId',
        'traveller.flightId',
        'traveller.role',
        'traveller.fromApi',
        'traveller.fromPnr',
        'traveller.personal',
      ])
      .where('traveller.flightId = :flightId', { flightId: flight.id });
    if (query.travellers === 'with-hits')
      travellers.andWhere(
        'traveller.id IN (SELECT h.traveller_id FROM screening_hit h WHERE h.flight_id = :flightId)',
      );
    const [rows, total] = await travellers
      .orderBy('traveller.id', 'ASC')
      .offset(request.offset)
      .limit(request.size)
      .getManyAndCount();
    const [messages, hits, travellerHits] = await Promise.all([
      this.dataSource.getRepository(ScreeningMessage).find({
        select: {
          id: true,
          kind: true,
          status: true,
          receivedAt: true,
          leadMinutes: true,
          travellerCount: true,
          flightId: true,
          source: true,
        },
        where: { flightId: flight.id },
        order: { receivedAt: 'ASC', id: 'ASC' },
      }),
      this.hitsOf([flight.id]),
      this.hitsOfTravellers(rows.map((row) => row.id)),
    ]);
    if (rows.length > 0)
      await this.personalData.read(analyst, 'flight', flight.id, {
        page: request.page,
        travellers: rows.map((row) => row.id),
      });
    const opened = this.names.open(rows);
    const filters = filterValues(query, FLIGHT_PAGE_FILTERS);
    const summary = this.summaryOf(
      flight,
      messageFigures(messages).get(flight.id),
      hits.get(flight.id),
    );
    return {
      pageTitle: { key: 'vetting.flight.title', params: { flight: summary.flight } },
      flight: summary,
      vettingHref: `/screening?flight=${flight.id}&status=all`,
      messages: messages.map((message) => ({
        id: message.id,
        href: `/screening/messages/${message.id}`,
        kind: message.kind,
        receivedAt: message.receivedAt,
        statusKey: `ingestion.status.${message.status}`,
        sourceKey: `ingestion.source.${message.source}`,
        travellers: message.travellerCount,
        lead: message.leadMinutes === null ? null : leadText(message.leadMinutes),
        late: isLate(message.leadMinutes) === true,
      })),
      filters,
      withHitsHref: `/screening/flights/${flight.id}?travellers=with-hits`,
      allHref: `/screening/flights/${flight.id}`,
      ...pagedList(
        rows.map((row) => {
          const person = opened.get(row.id)!;
          return {
            id: row.id,
            name: person.name,
            dateOfBirth: person.dateOfBirth,
            nationality: person.nationality,
            roleKey: `vetting.role.${row.role}`,
            fromApi: row.fromApi,
            fromPnr: row.fromPnr,
            hits: travellerHits.get(row.id) ?? [],
          };
        }),
        total,
        request,
        { path: `/screening/flights/${flight.id}`, filters },
      ),
    };
  }

  private summaryOf(
    flight: ScreeningFlight,
    messages: FlightMessageFigures = NO_MESSAGES,
    hits: HitCounts = { open: 0, total: 0 },
  ) {
    const side = (figures: KindFigures) => ({
      ...figures,
      latestLead: figures.latestLead === null ? null : leadText(figures.latestLead),
      latestLate: isLate(figures.latestLead) === true,
    });
    return {
      id: flight.id,
      href: `/screening/flights/${flight.id}`,
      flight: flightLabel(flight),
      departure: departureText(flight.departureLocal),
      route: routeText(flight),
      travellers: flight.travellerCount,
      api: side(messages.api),
      pnr: side(messages.pnr),
      hits,
      hitsHref: `/screening?flight=${flight.id}`,
    };
  }

  /** The flights' messages: kind, receipt and lead time only (a few per flight). */
  private async messagesOf(flightIds: number[]) {
    if (flightIds.length === 0) return new Map<number, FlightMessageFigures>();
    const messages = await this.dataSource.getRepository(ScreeningMessage).find({
      select: { flightId: true, kind: true, leadMinutes: true, receivedAt: true },
      where: { flightId: In(flightIds) },
    });
    return messageFigures(messages);
  }

  /** Open and total hits per flight (the flight index). */
  private async hitsOf(flightIds: number[]): Promise<Map<number, HitCounts>> {
    if (flightIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ScreeningHit)
      .createQueryBuilder('hit')
      .select('hit.flightId', 'flightId')
      .addSelect('COUNT(*)', 'total')
      .addSelect('SUM(CASE WHEN hit.status IN (:...open) THEN 1 ELSE 0 END)', 'open')
      .where('hit.flightId IN (:...flightIds)', { flightIds })
      .setParameter('open', OPEN_HIT_STATUSES)
      .groupBy('hit.flightId')
      .getRawMany<{ flightId: number | string; total: number | string; open: number | string }>();
    return new Map(
      rows.map((row) => [
        Number(row.flightId),
        { open: Number(row.open ?? 0), total: Number(row.total) },
      ]),
    );
  }

  /** The hits of these travellers, gravest first: what the flight's page lists beside each. */
  private async hitsOfTravellers(travellerIds: number[]) {
    const byTraveller = new Map<
      number,
      {
        id: number;
        href: string;
        severity: string;
        severityKey: string;
        kindKey: string;
        statusKey: string;
        open: boolean;
      }[]
    >();
    if (travellerIds.length === 0) return byTraveller;
    const hits = await this.dataSource.getRepository(ScreeningHit).find({
      select: { id: true, travellerId: true, kind: true, severity: true, status: true },
      where: { travellerId: In(travellerIds) },
      order: { severityRank: 'DESC', id: 'ASC' },
    });
    for (const hit of hits) {
      const list = byTraveller.get(hit.travellerId) ?? [];
      list.push({
        id: hit.id,
        href: `/screening/hits/${hit.id}`,
        severity: hit.severity,
        severityKey: `vetting.severity.${hit.severity}`,
        kindKey: `vetting.kind.${hit.kind}`,
        statusKey: `vetting.status.${hit.status}`,
        open: OPEN_HIT_STATUSES.includes(hit.status),
      });
      byTraveller.set(hit.travellerId, list);
    }
    return byTraveller;
  }
}
