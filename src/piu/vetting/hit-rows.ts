import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Translatable } from '../../common/i18n/translator';
import { User } from '../../users/user.entity';
import type { WatchlistEntry } from '../../screening/watchlists/watchlist-entry';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import type { ScreeningHit } from '../pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import { ScreeningRuleVersion } from '../rules/screening-rule-version.entity';
import { WatchlistEntryRecord } from '../watchlists/watchlist-entry.entity';
import { Watchlist } from '../watchlists/watchlist.entity';
import { flightLabel, departureText } from './flight-label';
import { TravellerNames } from './traveller-names';

/** The columns of a hit a row needs (never `detail`, the sealed explanation). */
export type ListedHit = Pick<
  ScreeningHit,
  | 'id'
  | 'flightId'
  | 'travellerId'
  | 'kind'
  | 'severity'
  | 'severityRank'
  | 'listId'
  | 'listVersionId'
  | 'entryReference'
  | 'ruleId'
  | 'ruleVersion'
  | 'status'
  | 'assigneeId'
  | 'departureAt'
>;

export const LISTED_HIT_COLUMNS: (keyof ListedHit)[] = [
  'id',
  'flightId',
  'travellerId',
  'kind',
  'severity',
  'severityRank',
  'listId',
  'listVersionId',
  'entryReference',
  'ruleId',
  'ruleVersion',
  'status',
  'assigneeId',
  'departureAt',
];

/** One row of the vetting list, as its template draws it. */
export interface HitRow {
  id: number;
  href: string;
  severity: string;
  severityKey: string;
  severityRank: number;
  /** Epoch ms of the departure (local time read as UTC), '' when unknown: the script's order. */
  departureSort: number | '';
  kindKey: string;
  /** The traveller's name, opened from the sealed record (null: it could not be). */
  traveller: string | null;
  /** A list entry's primary name, or the rule's name in the version that hit. */
  subject: string | null;
  /** The list's name and the entry's id in it, for a list hit. */
  listName: string | null;
  entryId: string | null;
  ruleVersion: number | null;
  flight: Translatable;
  flightHref: string;
  departure: string | null;
  status: string;
  statusKey: string;
  assignee: string | null;
  mine: boolean;
}

/**
 * Turns hit rows into the vetting list's rows: the traveller's name (sealed: the caller audits
 * the read), the list entry or rule version that made the hit, the flight and who has it. A few
 * indexed queries per page, whatever its length.
 */
@Injectable()
export class HitRows {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly names: TravellerNames,
  ) {}

  async rowsOf(hits: readonly ListedHit[], userId: number): Promise<HitRow[]> {
    if (hits.length === 0) return [];
    const [travellers, flights, entries, lists, rules, assignees] = await Promise.all([
      this.travellersOf(hits),
      this.flightsOf(hits),
      this.entriesOf(hits),
      this.listsOf(hits),
      this.rulesOf(hits),
      this.assigneesOf(hits),
    ]);
    return hits.map((hit) => {
      const flight = flights.get(hit.flightId);
      const entry = hit.entryReference
        ? entries.get(`${hit.listVersionId}|${hit.entryReference}`)
        : undefined;
      return {
        id: hit.id,
        href: `/screening/hits/${hit.id}`,
        severity: hit.severity,
        severityKey: `vetting.severity.${hit.severity}`,
        severityRank: hit.severityRank,
        departureSort: hit.departureAt ? hit.departureAt.getTime() : '',
        kindKey: `vetting.kind.${hit.kind}`,
        traveller: travellers.get(hit.travellerId)?.name ?? null,
        subject: hit.ruleId
          ? (rules.get(`${hit.ruleId}|${hit.ruleVersion}`) ?? null)
          : (entry?.names[0]?.full ?? null),
        listName: hit.listId ? (lists.get(hit.listId) ?? null) : null,
        entryId: hit.entryReference ? (entry?.sourceId ?? hit.entryReference) : null,
        ruleVersion: hit.ruleId ? hit.ruleVersion : null,
        flight: flight ? flightLabel(flight) : '',
        flightHref: `/screening/flights/${hit.flightId}`,
        departure: flight ? departureText(flight.departureLocal) : null,
        status: hit.status,
        statusKey: `vetting.status.${hit.status}`,
        assignee: hit.assigneeId ? (assignees.get(hit.assigneeId) ?? null) : null,
        mine: hit.assigneeId === userId,
      };
    });
  }

  private async travellersOf(hits: readonly ListedHit[]) {
    const rows = await this.dataSource.getRepository(ScreeningTraveller).find({
      select: { id: true, stateId: true, flightId: true, personal: true },
      where: { id: In(unique(hits.map((hit) => hit.travellerId))) },
    });
    return this.names.open(rows);
  }

  private async flightsOf(hits: readonly ListedHit[]) {
    const rows = await this.dataSource.getRepository(ScreeningFlight).find({
      select: { id: true, carrier: true, number: true, departureLocal: true, flightKey: true },
      where: { id: In(unique(hits.map((hit) => hit.flightId))) },
    });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The entries as the version that hit holds them (a later version may have changed them). */
  private async entriesOf(hits: readonly ListedHit[]) {
    const listed = hits.filter((hit) => hit.listVersionId !== null && hit.entryReference !== null);
    if (listed.length === 0) return new Map<string, WatchlistEntry>();
    const rows = await this.dataSource.getRepository(WatchlistEntryRecord).find({
      select: { versionId: true, reference: true, data: true },
      where: {
        versionId: In(unique(listed.map((hit) => hit.listVersionId!))),
        reference: In(unique(listed.map((hit) => hit.entryReference!))),
      },
    });
    return new Map(
      rows.map((row) => [
        `${row.versionId}|${row.reference}`,
        JSON.parse(row.data) as WatchlistEntry,
      ]),
    );
  }

  private async listsOf(hits: readonly ListedHit[]) {
    const ids = unique(hits.map((hit) => hit.listId).filter((id): id is number => id !== null));
    if (ids.length === 0) return new Map<number, string>();
    const rows = await this.dataSource
      .getRepository(Watchlist)
      .find({ select: { id: true, name: true }, where: { id: In(ids) } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private async rulesOf(hits: readonly ListedHit[]) {
    const ids = unique(hits.map((hit) => hit.ruleId).filter((id): id is number => id !== null));
    if (ids.length === 0) return new Map<string, string>();
    const rows = await this.dataSource.getRepository(ScreeningRuleVersion).find({
      select: { ruleId: true, number: true, name: true },
      where: { ruleId: In(ids) },
    });
    return new Map(rows.map((row) => [`${row.ruleId}|${row.number}`, row.name]));
  }

  private async assigneesOf(hits: readonly ListedHit[]) {
    const ids = unique(hits.map((hit) => hit.assigneeId).filter((id): id is number => id !== null));
    if (ids.length === 0) return new Map<number, string>();
    const rows = await this.dataSource
      .getRepository(User)
      .find({ select: { id: true, name: true }, where: { id: In(ids) } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
