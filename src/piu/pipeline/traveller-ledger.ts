import { Injectable } from '@nestjs/common';
import { In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { bulkInsert } from '../../database/bulk-insert';
import type { NormalisedMessage } from '../../screening/model';
import { KeyedHashes } from '../protection/keyed-hashes';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import type { FlightIdentity } from './flight-identity';
import { ScreeningFlight } from './screening-flight.entity';
import { ScreeningTraveller } from './screening-traveller.entity';
import { ScreeningTravellerSource } from './traveller-source.entity';
import { joinTravellers } from './traveller-join';
import {
  mergeRecords,
  recordOf,
  travellerHashes,
  type TravellerHashes,
  type TravellerRecord,
} from './traveller-record';

/** The sealing context of a traveller's record: its State and flight (GCM additional data). */
export const travellerContext = (traveller: Pick<ScreeningTraveller, 'stateId' | 'flightId'>) =>
  `traveller:${traveller.stateId}:${traveller.flightId}`;

/** A traveller of the message, as recorded: the row it is in, and the hashes screening needs. */
export interface RecordedTraveller extends TravellerHashes {
  id: number;
}

export interface RecordedMessage {
  flight: ScreeningFlight;
  /** Per position in the UNH message. */
  travellers: RecordedTraveller[];
}

/**
 * Writes what one UNH message says about its flight's travellers: the flight (found or
 * created), each traveller joined to the one already recorded (the same person in the API and
 * the PNR) or added, and the source rows. Runs inside the caller's transaction, holding the
 * flight's row lock, so two messages of one flight screened at once join rather than both add.
 * Recording the same message again returns the rows of the first time.
 */
@Injectable()
export class TravellerLedger {
  constructor(
    private readonly hashes: KeyedHashes,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async record(
    manager: EntityManager,
    stateId: number,
    messageId: number,
    unit: number,
    identity: FlightIdentity,
    message: NormalisedMessage,
    receivedAt: Date,
  ): Promise<RecordedMessage> {
    const flight = await this.lockFlight(manager, stateId, identity, receivedAt);
    const again = await this.recorded(manager, messageId, unit);
    if (again) return { flight, travellers: again };

    const fromApi = message.format === 'PAXLST';
    const incoming = message.travellers.map((traveller) => {
      const record = recordOf(traveller);
      return { traveller, record, hashes: travellerHashes(this.hashes, stateId, record) };
    });
    const travellers = manager.getRepository(ScreeningTraveller);
    const known = await travellers.find({
      select: {
        id: true,
        documentHash: true,
        nameDobHash: true,
        bookingHash: true,
        nameHash: true,
        fromApi: true,
        fromPnr: true,
      },
      // A depersonalised traveller is joined by nobody: a late message about them is recorded
      // as a new traveller (and depersonalised by the next retention run).
      where: { flightId: flight.id, depersonalisedAt: IsNull() },
    });
    const joined = joinTravellers(
      known,
      incoming.map(({ hashes }) => ({ ...hashes, fromApi })),
    );
    const now = new Date(receivedAt.getTime());
    const ids: (number | undefined)[] = [...joined];
    const result: (RecordedTraveller | undefined)[] = [];

    // Joined: one record from both views, sealed again.
    const joinedIds = joined.filter((id): id is number => id !== undefined);
    const existing = new Map(
      (joinedIds.length > 0 ? await travellers.findBy({ id: In(joinedIds) }) : []).map((row) => [
        row.id,
        row,
      ]),
    );
    for (const [position, id] of joined.entries()) {
      if (id === undefined) continue;
      const row = existing.get(id)!;
      const before = JSON.parse(
        this.cipher.openText(row.personal, travellerContext(row)),
      ) as TravellerRecord;
      const fresh = incoming[position].record;
      const record =
        row.fromApi && !fromApi ? mergeRecords(before, fresh) : mergeRecords(fresh, before);
      const hashes = travellerHashes(this.hashes, stateId, record);
      await travellers.update(
        { id },
        {
          ...hashes,
          nationality: record.nationality?.slice(0, 3) ?? null,
          fromApi: row.fromApi || fromApi,
          fromPnr: row.fromPnr || !fromApi,
          personal: this.cipher.sealText(JSON.stringify(record), travellerContext(row)),
          updatedAt: now,
        },
      );
      result[position] = { id, ...hashes };
    }

    // New: inserted in chunks, their ids read back in insertion order. The flight's lock keeps
    // other writers of this flight's travellers out meanwhile.
    const fresh = incoming
      .map((each, position) => ({ ...each, position }))
      .filter(({ position }) => joined[position] === undefined);
    if (fresh.length > 0) {
      const last = await travellers.findOne({
        select: { id: true },
        where: { flightId: flight.id },
        order: { id: 'DESC' },
      });
      const rows = fresh.map(({ traveller, record, hashes }) => ({
        stateId,
        flightId: flight.id,
        role: traveller.role,
        nationality: record.nationality?.slice(0, 3) ?? null,
        fromApi,
        fromPnr: !fromApi,
        ...hashes,
        personal: this.cipher.sealText(
          JSON.stringify(record),
          travellerContext({ stateId, flightId: flight.id }),
        ),
        createdAt: now,
        updatedAt: now,
      }));
      await bulkInsert(manager, ScreeningTraveller, rows);
      const inserted = await travellers.find({
        select: { id: true },
        where: { flightId: flight.id, id: MoreThan(last?.id ?? 0) },
        order: { id: 'ASC' },
      });
      fresh.forEach(({ position, hashes }, i) => {
        ids[position] = inserted[i].id;
        result[position] = { id: inserted[i].id, ...hashes };
      });
      await manager
        .getRepository(ScreeningFlight)
        .increment({ id: flight.id }, 'travellerCount', fresh.length);
    }

    const sources = ids.map((travellerId, position) => ({
      travellerId: travellerId!,
      messageId,
      unit,
      position,
    }));
    await bulkInsert(manager, ScreeningTravellerSource, sources);
    return { flight, travellers: result as RecordedTraveller[] };
  }

  /**
   * The flight's row, created when new, locked for the rest of the transaction: a no-op
   * update takes InnoDB's row lock (SQLite's writer lock is the database's), so the next
   * message of the same flight waits here and then sees these travellers.
   */
  private async lockFlight(
    manager: EntityManager,
    stateId: number,
    identity: FlightIdentity,
    receivedAt: Date,
  ): Promise<ScreeningFlight> {
    const flights = manager.getRepository(ScreeningFlight);
    await flights
      .createQueryBuilder()
      .insert()
      .values({ stateId, ...identity, firstMessageAt: receivedAt, lastMessageAt: receivedAt })
      .orIgnore()
      .execute();
    await flights
      .createQueryBuilder()
      .update()
      .set({ travellerCount: () => 'traveller_count' })
      .where('state_id = :stateId AND flight_key = :key', { stateId, key: identity.flightKey })
      .execute();
    const flight = await flights.findOneByOrFail({ stateId, flightKey: identity.flightKey });
    if (receivedAt > flight.lastMessageAt) {
      flight.lastMessageAt = receivedAt;
      await flights.update({ id: flight.id }, { lastMessageAt: receivedAt });
    }
    return flight;
  }

  private async recorded(
    manager: EntityManager,
    messageId: number,
    unit: number,
  ): Promise<RecordedTraveller[] | null> {
    const sources = await manager
      .getRepository(ScreeningTravellerSource)
      .find({ where: { messageId, unit }, order: { position: 'ASC' } });
    if (sources.length === 0) return null;
    const rows = await manager.getRepository(ScreeningTraveller).find({
      select: {
        id: true,
        documentHash: true,
        nameDobHash: true,
        bookingHash: true,
        nameHash: true,
        dataHash: true,
      },
      where: { id: In([...new Set(sources.map((source) => source.travellerId))]) },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return sources.map((source) => {
      const row = byId.get(source.travellerId)!;
      return {
        id: row.id,
        documentHash: row.documentHash,
        nameDobHash: row.nameDobHash,
        bookingHash: row.bookingHash,
        nameHash: row.nameHash,
        dataHash: row.dataHash,
      };
    });
  }
}
