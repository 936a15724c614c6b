import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, LessThan, MoreThan, Not, type DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import { ScreeningMessage } from '../ingestion/screening-message.entity';
import { ScreeningFlight } from '../pipeline/screening-flight.entity';
import { FlightRetention, type FlightToKeep } from './flight-retention';
import { MessageRetention } from './message-retention';
import {
  addCounts,
  cutoffsOf,
  NO_COUNTS,
  type RetentionCounts,
  type RetentionCutoffs,
} from './retention-counts';
import { RetentionFlight } from './retention-flight.entity';
import { RetentionSettingsService } from './retention-settings.service';

/** Flights or messages read per query while walking a State's data. */
const PAGE = 100;

/**
 * The retention of one State's passenger data, as its periods say on the day: in three passes,
 * each a walk in id order with bounded pages (memory stays flat on a million travellers), each
 * safe to interrupt and to repeat.
 * 1. Flights older than the deletion period: travellers, hits, messages and the flight deleted
 *    (a confirmed hit's traveller kept whole for its own period).
 * 2. Flights older than the depersonalisation period that are not yet done, or that a message
 *    reached since: travellers and hits masked, raw messages deleted.
 * 3. Messages about no flight (unreadable, or naming none): by the day they were received.
 */
@Injectable()
export class RetentionRun {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: RetentionSettingsService,
    private readonly flights: FlightRetention,
    private readonly messages: MessageRetention,
    private readonly audit: AuditService,
  ) {}

  /** Runs every State with passenger data whose day (UTC) has not been run yet; audited per State. */
  async runDue(actor: Actor, now: Date): Promise<Map<number, RetentionCounts>> {
    const done = new Map<number, RetentionCounts>();
    const failures: string[] = [];
    for (const stateId of await this.statesWithData()) {
      const claim = await this.settings.claimDay(stateId, now);
      if (!claim) continue;
      try {
        const periods = await this.settings.periods(stateId);
        const counts = await this.runState(stateId, cutoffsOf(now, periods));
        await this.settings.recordRun(stateId, counts);
        await this.audit.record(actor, {
          action: 'screening.retention-applied',
          targetType: 'state',
          targetId: stateId,
          details: { ...counts, ...periods },
        });
        this.logger.log(`State ${stateId}: ${JSON.stringify(counts)}`);
        done.set(stateId, counts);
      } catch (error) {
        await this.settings.release(stateId, now, claim.previous);
        failures.push(
          `State ${stateId}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    // Every State had its chance; the job is retried for the ones that failed.
    if (failures.length > 0) throw new Error(`retention failed for ${failures.join('; ')}`);
    return done;
  }

  /** One State's three passes at these cutoffs; what they did. */
  async runState(stateId: number, cutoffs: RetentionCutoffs): Promise<RetentionCounts> {
    const counts: RetentionCounts = { ...NO_COUNTS };
    for await (const flight of this.flightsBefore(stateId, cutoffs.delete))
      addCounts(counts, await this.flights.apply(flight, cutoffs));
    for await (const flight of this.flightsBefore(stateId, cutoffs.depersonalise, cutoffs.delete))
      addCounts(counts, await this.flights.apply(flight, cutoffs));
    addCounts(counts, await this.messagesWithoutFlight(stateId, cutoffs));
    return counts;
  }

  /**
   * The State's flights whose time is before `before`; with `notBefore`, only those not yet
   * depersonalised in full, or reached by a message since (pass 2).
   */
  private async *flightsBefore(
    stateId: number,
    before: Date,
    notBefore?: Date,
  ): AsyncIterable<FlightToKeep> {
    for (let after = 0; ;) {
      const query = this.dataSource
        .getRepository(ScreeningFlight)
        .createQueryBuilder('flight')
        .select([
          'flight.id',
          'flight.stateId',
          'flight.departureAt',
          'flight.firstMessageAt',
          'flight.lastMessageAt',
        ])
        .where('flight.stateId = :stateId', { stateId })
        .andWhere(
          '(flight.departureAt < :before OR (flight.departureAt IS NULL AND flight.firstMessageAt < :before))',
          { before },
        )
        .andWhere('flight.id > :after', { after })
        .orderBy('flight.id', 'ASC')
        .limit(PAGE);
      if (notBefore) {
        query
          .andWhere(
            '(flight.departureAt >= :notBefore OR (flight.departureAt IS NULL AND flight.firstMessageAt >= :notBefore))',
            { notBefore },
          )
          .leftJoin(RetentionFlight, 'done', 'done.flightId = flight.id')
          .andWhere('(done.flightId IS NULL OR done.lastMessageAt < flight.lastMessageAt)');
      }
      const page = await query.getMany();
      if (page.length === 0) return;
      for (const flight of page) yield flight;
      after = page[page.length - 1].id;
    }
  }

  private async messagesWithoutFlight(
    stateId: number,
    cutoffs: RetentionCutoffs,
  ): Promise<Partial<RetentionCounts>> {
    const repository = this.dataSource.getRepository(ScreeningMessage);
    let messagesDeleted = 0;
    let messagesDepersonalised = 0;
    for (let after = 0; ;) {
      const page = await repository.find({
        select: { id: true },
        where: {
          stateId,
          flightId: IsNull(),
          receivedAt: LessThan(cutoffs.delete),
          id: MoreThan(after),
        },
        order: { id: 'ASC' },
        take: PAGE,
      });
      if (page.length === 0) break;
      for (const { id } of page) {
        const deleted = await this.dataSource.transaction((manager) =>
          this.messages.deleteIfUnused(manager, id),
        );
        if (deleted) messagesDeleted++;
      }
      after = page[page.length - 1].id;
    }
    for (let after = 0; ;) {
      const page = await repository.find({
        select: { id: true },
        where: {
          stateId,
          flightId: IsNull(),
          depersonalisedAt: IsNull(),
          // A message being screened still needs its bytes; the next run takes it.
          screeningState: Not('pending'),
          receivedAt: LessThan(cutoffs.depersonalise),
          id: MoreThan(after),
        },
        order: { id: 'ASC' },
        take: PAGE,
      });
      if (page.length === 0) break;
      for (const { id } of page) {
        const done = await this.dataSource.transaction((manager) =>
          this.messages.depersonalise(manager, id, cutoffs.now),
        );
        if (done) messagesDepersonalised++;
      }
      after = page[page.length - 1].id;
    }
    return { messagesDeleted, messagesDepersonalised };
  }

  /** The States that have flights or messages. */
  private async statesWithData(): Promise<number[]> {
    const distinct = async (entity: typeof ScreeningFlight | typeof ScreeningMessage) =>
      (
        await this.dataSource
          .getRepository(entity)
          .createQueryBuilder('row')
          .select('DISTINCT row.stateId', 'stateId')
          .getRawMany<{ stateId: number | string }>()
      ).map((row) => Number(row.stateId));
    const states = new Set([
      ...(await distinct(ScreeningFlight)),
      ...(await distinct(ScreeningMessage)),
    ]);
    return [...states].sort((a, b) => a - b);
  }
}
