import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor/actor';
import { RowAccess } from '../../common/visibility/row-access';
import type { WatchlistEntry } from '../../screening/watchlists/watchlist-entry';
import { User } from '../../users/user.entity';
import { ScreeningMessage } from '../ingestion/screening-message.entity';
import { hitContext, type HitDetail } from '../pipeline/hit-ledger';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import { ScreeningHit } from '../pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import { travellerContext } from '../pipeline/traveller-ledger';
import type { TravellerRecord } from '../pipeline/traveller-record';
import { ScreeningTravellerSource } from '../pipeline/traveller-source.entity';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import { ScreeningRuleVersion } from '../rules/screening-rule-version.entity';
import { Watchlist } from '../watchlists/watchlist.entity';
import { WatchlistEntryRecord } from '../watchlists/watchlist-entry.entity';
import { WatchlistVersionRecord } from '../watchlists/watchlist-version.entity';
import type { Analyst } from '../work-purpose/analyst';
import { PersonalDataAudit } from '../work-purpose/personal-data-audit';
import { stateOf } from '../work-purpose/supervisor';
import { hitEventContext, ScreeningHitEvent } from './screening-hit-event.entity';

/** Hits of the same person listed on a hit's page, newest first. */
const OTHER_HITS = 20;

/** One line of a hit's history, its free text opened. */
export interface HitHistoryLine {
  event: ScreeningHitEvent;
  actor: string;
  note: string | null;
  escalatedTo: string | null;
}

export interface HitListSource {
  listId: number;
  listName: string;
  listKind: string;
  versionId: number;
  versionNumber: number | null;
}

/** A hit with everything its page and its export show, opened for one analyst. */
export interface HitRecord {
  hit: ScreeningHit;
  detail: HitDetail;
  traveller: ScreeningTraveller;
  record: TravellerRecord;
  /** List hits: the entry as the version screened against holds it. */
  entry: WatchlistEntry | null;
  list: HitListSource | null;
  /** Rule hits: the version of the rule that held. */
  rule: ScreeningRuleVersion | null;
  flight: ScreeningFlight | null;
  /** The messages the traveller was read from (the one that raised the hit among them). */
  messages: ScreeningMessage[];
  /** Other hits of the same traveller, on this flight and (same document, or name and birth date) others. */
  otherHits: { hit: ScreeningHit; flight: ScreeningFlight | null }[];
  history: HitHistoryLine[];
  /** Display names of the assignee and everyone in the history. */
  names: ReadonlyMap<number, string>;
}

/**
 * Loads hits for analysts: only their State's (another State's hit is a 404, audited as a
 * denied access, exactly like a hit that does not exist), and every opening of one written to
 * the audit log with the analyst's purpose before anything personal leaves this class.
 */
@Injectable()
export class HitRecords {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: RowAccess,
    private readonly cipher: PersonalDataCipher,
    private readonly personalData: PersonalDataAudit,
  ) {}

  /** The hit row of the actor's State (404 otherwise): the workflow reads no personal data. */
  async hitOf(actor: Actor, id: number): Promise<ScreeningHit> {
    const found = Number.isSafeInteger(id)
      ? await this.dataSource.getRepository(ScreeningHit).findOneBy({ id, stateId: stateOf(actor) })
      : null;
    return this.rows.scoped(actor, { type: 'screening-hit', id }, found);
  }

  /** The whole record of a hit, its reading audited (`details` say what for, such as an export). */
  async open(
    analyst: Analyst,
    id: number,
    details: Record<string, unknown> = {},
  ): Promise<HitRecord> {
    const hit = await this.hitOf(analyst.actor, id);
    await this.personalData.read(analyst, 'hit', hit.id, details);
    const repository = <T extends object>(entity: new () => T) =>
      this.dataSource.getRepository(entity);
    const detail = JSON.parse(this.cipher.openText(hit.detail, hitContext(hit))) as HitDetail;
    const traveller = await repository(ScreeningTraveller).findOneByOrFail({ id: hit.travellerId });
    const record = JSON.parse(
      this.cipher.openText(traveller.personal, travellerContext(traveller)),
    ) as TravellerRecord;
    const listed = await this.entryOf(hit, detail);
    const rule =
      hit.ruleId !== null && hit.ruleVersion !== null
        ? await repository(ScreeningRuleVersion).findOneBy({
            ruleId: hit.ruleId,
            number: hit.ruleVersion,
          })
        : null;
    const flight = await repository(ScreeningFlight).findOneBy({ id: hit.flightId });
    const messages = await this.messagesOf(traveller);
    const otherHits = await this.otherHitsOf(hit, traveller);
    const events = await repository(ScreeningHitEvent).find({
      where: { hitId: hit.id },
      order: { id: 'ASC' },
    });
    const names = await this.userNames([
      ...(hit.assigneeId !== null ? [hit.assigneeId] : []),
      ...events.map((event) => event.actorId),
    ]);
    return {
      hit,
      detail,
      traveller,
      record,
      entry: listed?.entry ?? null,
      list: listed?.list ?? null,
      rule,
      flight,
      messages,
      otherHits,
      history: events.map((event) => ({
        event,
        actor: names.get(event.actorId) ?? '',
        note: event.note && this.cipher.openText(event.note, hitEventContext(event)),
        escalatedTo:
          event.escalatedTo && this.cipher.openText(event.escalatedTo, hitEventContext(event)),
      })),
      names,
    };
  }

  async userNames(ids: readonly number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .find({ select: { id: true, name: true }, where: { id: In(unique) } });
    return new Map(users.map((user) => [user.id, user.name]));
  }

  /**
   * The entry as the list version screened against holds it; when that version is gone, what
   * the engine recorded about it in the hit (names, list, category).
   */
  private async entryOf(
    hit: ScreeningHit,
    detail: HitDetail,
  ): Promise<{ entry: WatchlistEntry; list: HitListSource | null } | null> {
    if (hit.entryReference === null) return null;
    const row =
      hit.listVersionId !== null
        ? await this.dataSource
            .getRepository(WatchlistEntryRecord)
            .findOneBy({ versionId: hit.listVersionId, reference: hit.entryReference })
        : null;
    const version =
      hit.listVersionId !== null
        ? await this.dataSource
            .getRepository(WatchlistVersionRecord)
            .findOneBy({ id: hit.listVersionId, stateId: hit.stateId })
        : null;
    const list =
      hit.listId !== null
        ? await this.dataSource
            .getRepository(Watchlist)
            .findOneBy({ id: hit.listId, stateId: hit.stateId })
        : null;
    const source: HitListSource | null = list
      ? {
          listId: list.id,
          listName: list.name,
          listKind: list.kind,
          versionId: hit.listVersionId ?? 0,
          versionNumber: version?.number ?? null,
        }
      : null;
    if (row) return { entry: JSON.parse(row.data) as WatchlistEntry, list: source };
    const recorded = detail.entry;
    if (!recorded) return null;
    return {
      entry: {
        id: recorded.id,
        list: recorded.list,
        sourceId: recorded.id.slice(recorded.id.indexOf(':') + 1),
        kind: 'individual',
        names: recorded.names.map((full, i) => ({ full, quality: i === 0 ? 'primary' : 'good' })),
        datesOfBirth: [],
        nationalities: [],
        documents: [],
        category: recorded.category,
        programmes: recorded.programmes,
      },
      list: source,
    };
  }

  private async messagesOf(traveller: ScreeningTraveller): Promise<ScreeningMessage[]> {
    const sources = await this.dataSource
      .getRepository(ScreeningTravellerSource)
      .find({ select: { messageId: true }, where: { travellerId: traveller.id } });
    const ids = [...new Set(sources.map((source) => source.messageId))];
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(ScreeningMessage).find({
      select: {
        id: true,
        kind: true,
        receivedAt: true,
        source: true,
        flightCarrier: true,
        flightNumber: true,
      },
      where: { id: In(ids), stateId: traveller.stateId },
      order: { receivedAt: 'ASC', id: 'ASC' },
    });
  }

  /** The same person: this traveller row, and others of the State with the same document or name and birth date. */
  private async otherHitsOf(hit: ScreeningHit, traveller: ScreeningTraveller) {
    const travellers = this.dataSource.getRepository(ScreeningTraveller);
    const same = [
      ...(traveller.documentHash
        ? await travellers.find({
            select: { id: true },
            where: { stateId: traveller.stateId, documentHash: traveller.documentHash },
          })
        : []),
      ...(traveller.nameDobHash
        ? await travellers.find({
            select: { id: true },
            where: { stateId: traveller.stateId, nameDobHash: traveller.nameDobHash },
          })
        : []),
    ].map((row) => row.id);
    const hits = await this.dataSource.getRepository(ScreeningHit).find({
      where: {
        stateId: hit.stateId,
        travellerId: In([...new Set([traveller.id, ...same])]),
        id: Not(hit.id),
      },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: OTHER_HITS,
    });
    const flightIds = [...new Set(hits.map((other) => other.flightId))];
    const flights = new Map(
      (flightIds.length > 0
        ? await this.dataSource.getRepository(ScreeningFlight).findBy({ id: In(flightIds) })
        : []
      ).map((flight) => [flight.id, flight]),
    );
    return hits.map((other) => ({ hit: other, flight: flights.get(other.flightId) ?? null }));
  }
}
