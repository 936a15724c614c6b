import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { ScreeningMessage } from '../ingestion/screening-message.entity';
import { hitContext, type HitDetail } from '../pipeline/hit-ledger';
import { RememberedFalseMatch } from '../pipeline/remembered-false-match.entity';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import { ScreeningHit, type HitStatus } from '../pipeline/screening-hit.entity';
import { ScreeningTraveller } from '../pipeline/screening-traveller.entity';
import { travellerContext } from '../pipeline/traveller-ledger';
import type { TravellerRecord } from '../pipeline/traveller-record';
import { ScreeningTravellerSource } from '../pipeline/traveller-source.entity';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import { MASKED, maskHitDetail, maskTravellerRecord } from './masking';
import { MessageRetention } from './message-retention';
import { NO_COUNTS, type RetentionCounts, type RetentionCutoffs } from './retention-counts';
import { RetentionFlight } from './retention-flight.entity';
import { RetentionHooks } from './retention-hooks';

/** Hit statuses that keep their traveller whole for the State's confirmed-hit period. */
export const HOLDING_STATUSES: readonly HitStatus[] = ['confirmed', 'escalated'];

/** Travellers read, masked or deleted per transaction: memory and lock time stay bounded. */
export const TRAVELLER_BATCH = 250;

/** The flight's time for retention: its scheduled departure, else its first message. */
export function flightTime(flight: Pick<ScreeningFlight, 'departureAt' | 'firstMessageAt'>): Date {
  return flight.departureAt ?? flight.firstMessageAt;
}

export type FlightToKeep = Pick<
  ScreeningFlight,
  'id' | 'stateId' | 'departureAt' | 'firstMessageAt' | 'lastMessageAt'
>;

/** A record no configured key opens, masked in full: nothing of it could be kept anyway. */
const UNREADABLE_RECORD: TravellerRecord = {
  surname: '',
  givenNames: '',
  documents: [],
  contacts: [],
  pnrLocators: [],
};

/**
 * Retention of one flight, in the order the periods say, all of it safe to interrupt and to
 * repeat: each batch of travellers is masked or deleted in one transaction with its hits (and
 * what other modules keep about them: RetentionHooks), then each of its messages has its raw
 * bytes deleted or is deleted, and the flight goes when nothing is left on it.
 *
 * A traveller with a confirmed or escalated hit is kept whole while the flight is younger than
 * the confirmed-hit period, and so are the messages it came from; after that it follows the
 * ordinary periods like the others.
 */
@Injectable()
export class FlightRetention {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
    private readonly messages: MessageRetention,
    private readonly hooks: RetentionHooks,
  ) {}

  async apply(flight: FlightToKeep, cutoffs: RetentionCutoffs): Promise<RetentionCounts> {
    const counts: RetentionCounts = { ...NO_COUNTS };
    const time = flightTime(flight);
    if (time >= cutoffs.depersonalise) return counts;
    const deleting = time < cutoffs.delete;
    const held = time < cutoffs.hold ? new Set<number>() : await this.heldTravellers(flight.id);
    const touchedMessages = new Set<number>();
    const travellers = this.dataSource.getRepository(ScreeningTraveller);

    for (let after = 0; ;) {
      // Deleting: every traveller of the flight. Depersonalising: those not yet masked, read
      // with their records (the update checks again that they are still unmasked).
      const batch = await travellers.find({
        select: deleting
          ? { id: true }
          : { id: true, stateId: true, flightId: true, personal: true },
        where: deleting
          ? { flightId: flight.id, id: MoreThan(after) }
          : { flightId: flight.id, id: MoreThan(after), depersonalisedAt: IsNull() },
        order: { id: 'ASC' },
        take: TRAVELLER_BATCH,
      });
      if (batch.length === 0) break;
      after = batch[batch.length - 1].id;
      const due = batch.filter((row) => !held.has(row.id));
      counts.travellersHeld += batch.length - due.length;
      if (due.length === 0) continue;
      if (deleting)
        await this.deleteTravellers(
          flight.stateId,
          due.map((row) => row.id),
          counts,
          touchedMessages,
        );
      else await this.depersonaliseTravellers(flight.stateId, due, cutoffs.now, counts);
    }

    // The flight's messages, and the flight itself, in one transaction.
    await this.dataSource.transaction(async (manager) => {
      const kept = held.size > 0 ? await this.messagesOf(manager, [...held]) : new Set<number>();
      const onFlight = await manager.getRepository(ScreeningMessage).find({
        select: { id: true, depersonalisedAt: true, screeningState: true },
        where: { flightId: flight.id },
      });
      for (const message of onFlight) touchedMessages.add(message.id);
      const states = new Map(onFlight.map((message) => [message.id, message]));
      for (const messageId of touchedMessages) {
        if (kept.has(messageId)) continue;
        if (deleting && (await this.messages.deleteIfUnused(manager, messageId))) {
          counts.messagesDeleted++;
          continue;
        }
        const state = states.get(messageId);
        // A message being screened still needs its bytes; the next run takes it.
        if (!state || state.depersonalisedAt !== null || state.screeningState === 'pending')
          continue;
        if (await this.messages.depersonalise(manager, messageId, cutoffs.now))
          counts.messagesDepersonalised++;
      }
      await this.settle(manager, flight, held.size > 0, cutoffs.now, counts);
    });
    return counts;
  }

  /** Travellers of the flight with a hit that keeps them whole. */
  private async heldTravellers(flightId: number): Promise<Set<number>> {
    const rows = await this.dataSource
      .getRepository(ScreeningHit)
      .createQueryBuilder('hit')
      .select('DISTINCT hit.travellerId', 'travellerId')
      .where({ flightId, status: In([...HOLDING_STATUSES]) })
      .getRawMany<{ travellerId: number | string }>();
    return new Set(rows.map((row) => Number(row.travellerId)));
  }

  /** The messages travellers came from. */
  private async messagesOf(manager: EntityManager, travellerIds: number[]): Promise<Set<number>> {
    const rows = await manager
      .getRepository(ScreeningTravellerSource)
      .createQueryBuilder('source')
      .select('DISTINCT source.messageId', 'messageId')
      .where({ travellerId: In(travellerIds) })
      .getRawMany<{ messageId: number | string }>();
    return new Set(rows.map((row) => Number(row.messageId)));
  }

  private async deleteTravellers(
    stateId: number,
    travellerIds: number[],
    counts: RetentionCounts,
    touchedMessages: Set<number>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const hits = await manager.getRepository(ScreeningHit).find({
        select: { id: true },
        where: { travellerId: In(travellerIds) },
      });
      const hitIds = hits.map((hit) => hit.id);
      await this.hooks.beforeDeleting({ manager, stateId, travellerIds, hitIds });
      if (hitIds.length > 0) {
        // "This person is not that entry" goes with the hit it was learnt from.
        await manager.getRepository(RememberedFalseMatch).delete({ hitId: In(hitIds) });
        await manager.getRepository(ScreeningHit).delete({ id: In(hitIds) });
      }
      for (const id of await this.messagesOf(manager, travellerIds)) touchedMessages.add(id);
      await manager
        .getRepository(ScreeningTravellerSource)
        .delete({ travellerId: In(travellerIds) });
      const deleted = await manager
        .getRepository(ScreeningTraveller)
        .delete({ id: In(travellerIds) });
      counts.travellersDeleted += deleted.affected ?? travellerIds.length;
      counts.hitsDeleted += hitIds.length;
    });
  }

  /**
   * Masks the travellers' records and their hits' details, sealed again in their own contexts;
   * the keyed hashes stay as they are. One statement for the batch's records (a CASE on the id),
   * so a million records are a few thousand statements, not a million.
   */
  private async depersonaliseTravellers(
    stateId: number,
    rows: Pick<ScreeningTraveller, 'id' | 'stateId' | 'flightId' | 'personal'>[],
    now: Date,
    counts: RetentionCounts,
  ): Promise<void> {
    const masked = rows.map((row) =>
      this.cipher.sealText(
        JSON.stringify(maskTravellerRecord(this.openRecord(row, counts))),
        travellerContext(row),
      ),
    );
    const ids = rows.map((row) => row.id);
    await this.dataSource.transaction(async (manager) => {
      const hits = await manager.getRepository(ScreeningHit).find({
        select: { id: true, stateId: true, travellerId: true, detail: true },
        where: { travellerId: In(ids) },
      });
      await this.hooks.beforeDepersonalising({
        manager,
        stateId,
        travellerIds: ids,
        hitIds: hits.map((hit) => hit.id),
      });
      // One statement for the batch (a CASE on the id), written out: TypeORM's named
      // parameters cost more than the statement itself at this size.
      const updated = await manager.queryRunner!.query(
        `UPDATE screening_traveller SET personal = CASE id ${ids.map(() => 'WHEN ? THEN ?').join(' ')} END, depersonalised_at = ? WHERE id IN (${ids.map(() => '?').join(', ')}) AND depersonalised_at IS NULL`,
        [...ids.flatMap((id, i) => [id, masked[i]]), sqlTime(now), ...ids],
        true,
      );
      counts.travellersDepersonalised += updated.affected ?? rows.length;
      for (const hit of hits) {
        await manager.getRepository(ScreeningHit).update(
          { id: hit.id },
          {
            detail: this.cipher.sealText(
              JSON.stringify(maskHitDetail(this.openDetail(hit, counts))),
              hitContext(hit),
            ),
          },
        );
      }
      counts.hitsDepersonalised += hits.length;
    });
  }

  private openRecord(
    row: Pick<ScreeningTraveller, 'id' | 'stateId' | 'flightId' | 'personal'>,
    counts: RetentionCounts,
  ): TravellerRecord {
    try {
      return JSON.parse(
        this.cipher.openText(row.personal, travellerContext(row)),
      ) as TravellerRecord;
    } catch (error) {
      counts.unreadable++;
      this.logger.warn(
        `traveller ${row.id}: record unreadable, masked in full (${describe(error)})`,
      );
      return UNREADABLE_RECORD;
    }
  }

  private openDetail(
    hit: Pick<ScreeningHit, 'id' | 'stateId' | 'travellerId' | 'detail'>,
    counts: RetentionCounts,
  ): HitDetail {
    try {
      return JSON.parse(this.cipher.openText(hit.detail, hitContext(hit))) as HitDetail;
    } catch (error) {
      counts.unreadable++;
      this.logger.warn(`hit ${hit.id}: detail unreadable, masked in full (${describe(error)})`);
      return {
        explanation: MASKED,
        traveller: { id: '', index: 0, name: MASKED, role: 'passenger' },
      };
    }
  }

  /**
   * The flight itself: deleted once no traveller and no message is left on it; else, when it
   * has nothing more to depersonalise (no traveller held, none unmasked, no raw bytes left),
   * noted as done so the next runs pass it by until it is due for deletion.
   */
  private async settle(
    manager: EntityManager,
    flight: FlightToKeep,
    holds: boolean,
    now: Date,
    counts: RetentionCounts,
  ): Promise<void> {
    const travellers = manager.getRepository(ScreeningTraveller);
    const messages = manager.getRepository(ScreeningMessage);
    const travellersLeft = await travellers.countBy({ flightId: flight.id });
    const messagesLeft = await messages.existsBy({ flightId: flight.id });
    if (travellersLeft === 0 && !messagesLeft) {
      await manager.getRepository(RetentionFlight).delete({ flightId: flight.id });
      const deleted = await manager.getRepository(ScreeningFlight).delete({ id: flight.id });
      counts.flightsDeleted += deleted.affected ?? 1;
      return;
    }
    if (counts.travellersDeleted > 0)
      await manager
        .getRepository(ScreeningFlight)
        .update({ id: flight.id }, { travellerCount: travellersLeft });
    if (holds) return;
    const unmasked = await travellers.existsBy({ flightId: flight.id, depersonalisedAt: IsNull() });
    const raw = await messages.existsBy({ flightId: flight.id, depersonalisedAt: IsNull() });
    if (unmasked || raw) return;
    await manager.getRepository(RetentionFlight).upsert(
      {
        flightId: flight.id,
        stateId: flight.stateId,
        lastMessageAt: flight.lastMessageAt,
        depersonalisedAt: now,
      },
      ['flightId'],
    );
  }
}

/** A datetime as both engines take it in a written-out statement (TypeORM's own format). */
function sqlTime(at: Date): string {
  return at.toISOString().replace('T', ' ').replace('Z', '');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
