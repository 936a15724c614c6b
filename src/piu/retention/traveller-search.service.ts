import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import { FormError } from '../../common/forms/form-error';
import { Clock } from '../../jobs/clock';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import { ScreeningHit } from '../pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import { travellerContext } from '../pipeline/traveller-ledger';
import type { TravellerRecord } from '../pipeline/traveller-record';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import type { Analyst } from '../work-purpose/analyst';
import { PersonalDataAudit } from '../work-purpose/personal-data-audit';
import { stateOf } from '../work-purpose/supervisor';
import { flightTime } from './flight-retention';
import {
  rankTravellers,
  type RankedTraveller,
  type SearchableTraveller,
} from './traveller-name-search';

const DAY_MS = 86_400_000;
/** The longest window searched: a week of flights. */
export const SEARCH_WINDOW_DAYS = 7;
/** Travellers opened for one search at most (memory); a busier window must be narrowed. */
export const SEARCH_MAX_TRAVELLERS = 100_000;
/** Flights read per query while collecting the window's travellers. */
const FLIGHT_PAGE = 200;

export interface SearchWindow {
  /** `YYYY-MM-DD`, UTC days of the flights' departure, both included. */
  from: string;
  to: string;
}

export interface FoundTraveller extends RankedTraveller {
  name: string;
  dateOfBirth: string | null;
  nationality: string | null;
  flight: string;
  departure: string | null;
  flightDate: Date;
  hits: number;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The start (UTC) of a `YYYY-MM-DD` day; null for a day that is not one (2026-02-30). */
function dayStart(text: string): Date | null {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && day(date) === text ? date : null;
}

/** The default window: three days either side of today, a week in all. */
export function defaultWindow(now: number): SearchWindow {
  return { from: day(new Date(now - 3 * DAY_MS)), to: day(new Date(now + 3 * DAY_MS)) };
}

/**
 * Name search over the travellers of a window of departure days (a week at most): their sealed
 * records opened, ranked by the engine's name index (rankTravellers), never by SQL on names. An
 * analyst's search is a read of passenger data: audited (`traveller-search`) with the window,
 * how many records were searched, and which travellers were shown. Depersonalised travellers
 * have no name left to search: re-identification is the supervisors' way to them.
 */
@Injectable()
export class TravellerSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly personalData: PersonalDataAudit,
    private readonly clock: Clock,
  ) {}

  defaultWindow(): SearchWindow {
    return defaultWindow(this.clock.now());
  }

  async search(
    analyst: Analyst,
    name: string,
    window: SearchWindow,
    born?: string,
  ): Promise<{ travellers: FoundTraveller[]; searched: number }> {
    const stateId = stateOf(analyst.actor);
    const start = dayStart(window.from);
    const last = dayStart(window.to);
    if (!start) throw FormError.field('from', 'retention.search.dateInvalid');
    if (!last) throw FormError.field('to', 'retention.search.dateInvalid');
    const end = new Date(last.getTime() + DAY_MS);
    if (end <= start) throw FormError.field('to', 'retention.search.toBeforeFrom');
    if (end.getTime() - start.getTime() > SEARCH_WINDOW_DAYS * DAY_MS)
      throw FormError.field('to', {
        key: 'retention.search.windowTooLong',
        params: { days: SEARCH_WINDOW_DAYS },
      });

    const flights = await this.flightsIn(stateId, start, end);
    const searchable: SearchableTraveller[] = [];
    const flightOf = new Map<number, ScreeningFlight>();
    const records = new Map<number, { record: TravellerRecord; flightId: number }>();
    for (let i = 0; i < flights.length; i += FLIGHT_PAGE) {
      const page = flights.slice(i, i + FLIGHT_PAGE);
      const rows = await this.dataSource.getRepository(ScreeningTraveller).find({
        select: { id: true, stateId: true, flightId: true, personal: true },
        where: { flightId: In(page.map((flight) => flight.id)), depersonalisedAt: IsNull() },
      });
      if (searchable.length + rows.length > SEARCH_MAX_TRAVELLERS)
        throw FormError.field('from', {
          key: 'retention.search.tooMany',
          params: { max: SEARCH_MAX_TRAVELLERS },
        });
      for (const row of rows) {
        const record = JSON.parse(
          this.cipher.openText(row.personal, travellerContext(row)),
        ) as TravellerRecord;
        searchable.push({ id: row.id, record });
        records.set(row.id, { record, flightId: row.flightId });
      }
      for (const flight of page) flightOf.set(flight.id, flight);
    }
    const ranked = rankTravellers(searchable, { name, born });
    const hitCounts = await this.hitCounts(ranked.map((result) => result.id));
    const found = ranked.map((result): FoundTraveller => {
      const { record, flightId } = records.get(result.id)!;
      const flight = flightOf.get(flightId)!;
      return {
        ...result,
        name: [record.givenNames, record.surname].filter(Boolean).join(' '),
        dateOfBirth: record.dateOfBirth ?? null,
        nationality: record.nationality ?? null,
        flight: [flight.carrier, flight.number].filter(Boolean).join(' '),
        departure: flight.departureLocal,
        flightDate: flightTime(flight),
        hits: hitCounts.get(result.id) ?? 0,
      };
    });
    await this.personalData.read(analyst, 'traveller-search', `${window.from}/${window.to}`, {
      searched: searchable.length,
      results: found.length,
      travellers: found.map((result) => result.id),
    });
    return { travellers: found, searched: searchable.length };
  }

  private flightsIn(stateId: number, start: Date, end: Date): Promise<ScreeningFlight[]> {
    return this.dataSource
      .getRepository(ScreeningFlight)
      .createQueryBuilder('flight')
      .where('flight.stateId = :stateId', { stateId })
      .andWhere(
        '((flight.departureAt >= :start AND flight.departureAt < :end) OR (flight.departureAt IS NULL AND flight.firstMessageAt >= :start AND flight.firstMessageAt < :end))',
        { start, end },
      )
      .orderBy('flight.id', 'ASC')
      .getMany();
  }

  private async hitCounts(travellerIds: number[]): Promise<Map<number, number>> {
    if (travellerIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ScreeningHit)
      .createQueryBuilder('hit')
      .select('hit.travellerId', 'travellerId')
      .addSelect('COUNT(*)', 'count')
      .where({ travellerId: In(travellerIds) })
      .groupBy('hit.travellerId')
      .getRawMany<{ travellerId: number | string; count: number | string }>();
    return new Map(rows.map((row) => [Number(row.travellerId), Number(row.count)]));
  }
}
