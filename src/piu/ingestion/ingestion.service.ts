import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { Clock } from '../../jobs/clock';
import { parseMessage } from '../../screening/parse-message';
import type { ParseResult } from '../../screening/model/parse-result';
import { KeyedHashes } from '../protection/keyed-hashes';
import { Carrier } from './carrier.entity';
import { IngestError } from './ingest-error';
import { leadMinutes, messageFacts, type MessageFacts } from './message-facts';
import {
  partOf,
  partsState,
  ReassemblyError,
  type MessagePart,
  type PartsState,
} from './message-parts';
import { maskCardNumbersInRaw } from './raw-card-mask';
import { RawMessageStore } from './raw-message-store';
import { MAX_STORED_DIAGNOSTICS, safeDiagnostic, type StoredDiagnostic } from './safe-diagnostics';
import { ScreeningMessagePart } from './screening-message-part.entity';
import {
  ScreeningMessage,
  type MessageSource,
  type MessageStatus,
} from './screening-message.entity';

/**
 * A message became ready for screening (parsed, and complete when in parts). `result` is the
 * parse the receipt made, when this process made it: the screening in this process reuses it
 * rather than opening and parsing the message again.
 */
export interface ParsedMessage {
  readonly messageId: number;
  readonly stateId: number;
  readonly result?: ParseResult;
}

export type ParsedMessageListener = (event: ParsedMessage) => void;

/** Who delivered a body, for which State. */
export interface Delivery {
  readonly stateId: number;
  /** The State's ISO 3166 alpha-3 code: a message for a flight that does not touch it is refused. */
  readonly stateCode: string;
  readonly source: MessageSource;
  readonly carrierId: number | null;
  readonly keyId: number | null;
  readonly uploaderId: number | null;
}

/** What became of a body. */
export interface Receipt {
  id: number;
  status: MessageStatus;
  /** A byte-identical resend: nothing new was stored, the first receipt's message is named. */
  duplicate: boolean;
  /** For a multi-part message: parts received, expected, missing. */
  parts: PartsState | null;
  /** The first error of a message that failed. */
  error: StoredDiagnostic | null;
}

const NOT_EDIFACT: StoredDiagnostic = {
  severity: 'error',
  code: 'not-edifact',
  message: 'the body is not an EDIFACT interchange: it does not start with UNA, UNB or UNH',
};
const NO_MESSAGE: StoredDiagnostic = {
  severity: 'error',
  code: 'no-message',
  message: 'the interchange holds no PAXLST or PNRGOV message',
};

/** True when the body starts (after a byte-order mark and blanks) like an interchange. */
function looksLikeEdifact(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 64)
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart();
  return /^UN[ABH]/.test(head);
}

function isDeadlock(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } })?.driverError?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ??
    (error as { code?: string })?.code;
  return (
    code === 'ER_DUP_ENTRY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** What a parse says, as stored: diagnostics without personal values, the status, the first error. */
function outcomeOf(result: ParseResult): {
  status: MessageStatus;
  diagnostics: StoredDiagnostic[];
  errors: number;
  warnings: number;
  error: StoredDiagnostic | null;
} {
  const all = [
    ...result.diagnostics,
    ...result.messages.flatMap((message) => message.diagnostics),
  ].map(safeDiagnostic);
  if (result.messages.length === 0 && !all.some((d) => d.severity === 'error'))
    all.unshift(NO_MESSAGE);
  const errors = all.filter((d) => d.severity === 'error');
  return {
    status: errors.length === 0 ? 'parsed' : 'failed',
    diagnostics: all.slice(0, MAX_STORED_DIAGNOSTICS),
    errors: errors.length,
    warnings: all.length - errors.length,
    error: errors[0] ?? null,
  };
}

function factColumns(facts: MessageFacts, receivedAt: Date): Partial<ScreeningMessage> {
  return {
    kind: facts.kind,
    flightCarrier: facts.flightCarrier,
    flightNumber: facts.flightNumber,
    departureLocal: facts.departureLocal,
    departureLocation: facts.departureLocation,
    departureCountry: facts.departureCountry,
    arrivalLocation: facts.arrivalLocation,
    arrivalCountry: facts.arrivalCountry,
    leadMinutes: leadMinutes(facts.departureLocal, receivedAt),
    travellerCount: facts.travellerCount,
    withDocument: facts.withDocument,
    withDateOfBirth: facts.withDateOfBirth,
    withNationality: facts.withNationality,
  };
}

/**
 * Receives carriers' messages (API and upload alike): every body is stored — raw, card numbers
 * masked, encrypted — with its parse status and diagnostics, unless it is empty, a resend of
 * bytes already stored (the first receipt is named again), or for a flight that does not touch
 * the State (refused, never stored in the wrong State's workspace). Parts of a multi-part
 * PAXLST are kept until all have arrived, then the whole is parsed. The database is the only
 * state: parts may arrive on different instances.
 */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger('Ingestion');
  private readonly listeners = new Set<ParsedMessageListener>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hashes: KeyedHashes,
    private readonly raw: RawMessageStore,
    private readonly clock: Clock,
  ) {}

  /**
   * Hears every message that becomes ready for screening in this process (screening listens).
   * A message whose listener call was missed (a crash) stays `pending`, and screening's sweep
   * finds it. Returns the unsubscribe function.
   */
  onParsed(listener: ParsedMessageListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private announce(event: ParsedMessage): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(`a listener of message ${event.messageId} failed: ${String(error)}`);
      }
    }
  }

  async receive(bytes: Buffer, delivery: Delivery): Promise<Receipt> {
    if (bytes.length === 0) throw new IngestError(400, 'empty-body', 'ingestion.error.emptyBody');
    const contentHash = this.hashes.content(delivery.stateId, bytes);
    const known = await this.findResend(delivery.stateId, contentHash);
    if (known) return known;
    const receivedAt = new Date(this.clock.now());
    const edifact = looksLikeEdifact(bytes);
    const result = edifact ? parseMessage(bytes, { referenceDate: receivedAt }) : null;
    const facts = result ? messageFacts(result) : null;
    if (facts && facts.countries.length > 0 && !facts.countries.includes(delivery.stateCode)) {
      throw new IngestError(422, 'wrong-state', 'ingestion.error.wrongState', {
        state: delivery.stateCode,
        countries: facts.countries.join(', '),
      });
    }
    if (delivery.carrierId === null && facts?.flightCarrier) {
      // An upload: the carrier, when the State knows the one the message names.
      const carrier = await this.dataSource
        .getRepository(Carrier)
        .findOneBy({ stateId: delivery.stateId, code: facts.flightCarrier });
      if (carrier) delivery = { ...delivery, carrierId: carrier.id };
    }
    const part = result && !result.error ? partOf(bytes) : null;
    const stored = maskCardNumbersInRaw(bytes);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.store(
          bytes,
          stored,
          contentHash,
          part,
          facts,
          result,
          delivery,
          receivedAt,
        );
      } catch (error) {
        // InnoDB may pick this transaction as a deadlock's victim: nothing was kept, try again.
        if (!isDeadlock(error) || attempt >= 3) throw error;
      }
    }
  }

  private async store(
    bytes: Buffer,
    stored: Buffer,
    contentHash: string,
    part: MessagePart | null,
    facts: MessageFacts | null,
    result: ParseResult | null,
    delivery: Delivery,
    receivedAt: Date,
  ): Promise<Receipt> {
    try {
      if (part && facts)
        return await this.receivePart(
          bytes.length,
          stored,
          contentHash,
          part,
          facts,
          delivery,
          receivedAt,
        );
      return await this.receiveWhole(
        bytes.length,
        stored,
        contentHash,
        result,
        delivery,
        receivedAt,
      );
    } catch (error) {
      // The same bytes, sent twice at once: the other request stored them first.
      if (isUniqueViolation(error)) {
        const again = await this.findResend(delivery.stateId, contentHash);
        if (again) return again;
      }
      throw error;
    }
  }

  /** The receipt of a body already stored in the State, if this one is byte-identical. */
  private async findResend(stateId: number, contentHash: string): Promise<Receipt | null> {
    const part = await this.dataSource
      .getRepository(ScreeningMessagePart)
      .findOneBy({ stateId, contentHash });
    if (!part) return null;
    const message = await this.dataSource
      .getRepository(ScreeningMessage)
      .findOneByOrFail({ id: part.messageId });
    return this.receiptOf(message, true);
  }

  async receiptOf(message: ScreeningMessage, duplicate: boolean): Promise<Receipt> {
    const diagnostics = JSON.parse(message.diagnostics) as StoredDiagnostic[];
    const parts =
      message.commonAccess !== null
        ? partsState(
            await this.dataSource
              .getRepository(ScreeningMessagePart)
              .find({ where: { messageId: message.id }, select: { sequence: true, final: true } }),
          )
        : null;
    return {
      id: message.id,
      status: message.status,
      duplicate,
      parts,
      error: diagnostics.find((d) => d.severity === 'error') ?? null,
    };
  }

  private async receiveWhole(
    size: number,
    stored: Buffer,
    contentHash: string,
    result: ParseResult | null,
    delivery: Delivery,
    receivedAt: Date,
  ): Promise<Receipt> {
    const outcome = result
      ? outcomeOf(result)
      : {
          status: 'failed' as const,
          diagnostics: [NOT_EDIFACT],
          errors: 1,
          warnings: 0,
          error: NOT_EDIFACT,
        };
    const facts = result ? factColumns(messageFacts(result), receivedAt) : {};
    const sealed = this.raw.sealFor({ stateId: delivery.stateId, contentHash }, stored);
    const message = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(ScreeningMessage).save({
        ...this.messageBase(delivery, receivedAt),
        ...facts,
        status: outcome.status,
        screeningState: outcome.status === 'parsed' ? 'pending' : 'not-applicable',
        size,
        errorCount: outcome.errors,
        warningCount: outcome.warnings,
        errorCode: outcome.error?.code ?? null,
        diagnostics: JSON.stringify(outcome.diagnostics),
      });
      await this.savePart(
        manager,
        saved.id,
        0,
        false,
        contentHash,
        size,
        sealed,
        delivery,
        receivedAt,
      );
      return saved;
    });
    if (outcome.status === 'parsed' && result)
      this.announce({ messageId: message.id, stateId: delivery.stateId, result });
    return {
      id: message.id,
      status: message.status,
      duplicate: false,
      parts: null,
      error: outcome.error,
    };
  }

  private messageBase(delivery: Delivery, receivedAt: Date): Partial<ScreeningMessage> {
    return {
      stateId: delivery.stateId,
      source: delivery.source,
      carrierId: delivery.carrierId,
      keyId: delivery.keyId,
      uploaderId: delivery.uploaderId,
      receivedAt,
      receivedOn: receivedAt.toISOString().slice(0, 10),
    };
  }

  private async savePart(
    manager: EntityManager,
    messageId: number,
    sequence: number,
    final: boolean,
    contentHash: string,
    size: number,
    sealed: Buffer,
    delivery: Delivery,
    receivedAt: Date,
  ): Promise<void> {
    const part = await manager.getRepository(ScreeningMessagePart).save({
      messageId,
      stateId: delivery.stateId,
      sequence,
      final,
      contentHash,
      size,
      rawKeyId: this.raw.currentKeyId,
      source: delivery.source,
      keyId: delivery.keyId,
      uploaderId: delivery.uploaderId,
      receivedAt,
    });
    await this.raw.write(manager, part.id, sealed);
  }

  private async receivePart(
    size: number,
    stored: Buffer,
    contentHash: string,
    part: MessagePart,
    facts: MessageFacts,
    delivery: Delivery,
    receivedAt: Date,
  ): Promise<Receipt> {
    const openGroup = `${part.sender}|${part.commonAccess}`.slice(0, 110);
    const sealed = this.raw.sealFor({ stateId: delivery.stateId, contentHash }, stored);
    const messageId = await this.dataSource.transaction(async (manager) => {
      const messages = manager.getRepository(ScreeningMessage);
      let group = await messages.findOneBy({ stateId: delivery.stateId, openGroup });
      group ??= await messages.save({
        ...this.messageBase(delivery, receivedAt),
        ...factColumns(
          { ...facts, travellerCount: 0, withDocument: 0, withDateOfBirth: 0, withNationality: 0 },
          receivedAt,
        ),
        kind: 'PAXLST',
        status: 'waiting-for-parts',
        screeningState: 'not-applicable',
        size: 0,
        diagnostics: '[]',
        commonAccess: part.commonAccess,
        openGroup,
      });
      const parts = manager.getRepository(ScreeningMessagePart);
      if (await parts.existsBy({ messageId: group.id, sequence: part.sequence })) {
        throw new IngestError(409, 'part-conflict', 'ingestion.error.partConflict', {
          sequence: part.sequence,
          id: group.id,
        });
      }
      await this.savePart(
        manager,
        group.id,
        part.sequence,
        part.final,
        contentHash,
        size,
        sealed,
        delivery,
        receivedAt,
      );
      await messages.increment({ id: group.id }, 'size', size);
      if (part.final) await messages.update({ id: group.id }, { partsExpected: part.sequence });
      return group.id;
    });
    await this.completeIfReady(messageId);
    const message = await this.dataSource
      .getRepository(ScreeningMessage)
      .findOneByOrFail({ id: messageId });
    return this.receiptOf(message, false);
  }

  /**
   * Parses a multi-part message once all its parts are stored. Whoever closes the group (the
   * request that brought the last part, or the sweep after a crash) does it, once: closing is
   * a conditional update, in the same transaction as the result.
   */
  async completeIfReady(messageId: number): Promise<void> {
    const ready = await this.dataSource.transaction(async (manager) => {
      const parts = await manager
        .getRepository(ScreeningMessagePart)
        .find({ where: { messageId }, order: { sequence: 'ASC' } });
      if (!partsState(parts).complete) return;
      const messages = manager.getRepository(ScreeningMessage);
      const closed = await messages.update(
        { id: messageId, openGroup: Not(IsNull()) },
        { openGroup: null },
      );
      if (!closed.affected) return;
      const message = await messages.findOneByOrFail({ id: messageId });
      let outcome: ReturnType<typeof outcomeOf>;
      let facts: Partial<ScreeningMessage> = {};
      let result: ParseResult | undefined;
      try {
        result = parseMessage(await this.raw.message(parts, manager), {
          referenceDate: message.receivedAt,
        });
        outcome = outcomeOf(result);
        facts = factColumns(messageFacts(result), message.receivedAt);
      } catch (error) {
        if (!(error instanceof ReassemblyError)) throw error;
        const diagnostic: StoredDiagnostic = {
          severity: 'error',
          code: 'multipart-reassembly',
          message: error.message,
        };
        outcome = {
          status: 'failed',
          diagnostics: [diagnostic],
          errors: 1,
          warnings: 0,
          error: diagnostic,
        };
      }
      await messages.update(
        { id: messageId },
        {
          ...facts,
          status: outcome.status,
          screeningState: outcome.status === 'parsed' ? 'pending' : 'not-applicable',
          errorCount: outcome.errors,
          warningCount: outcome.warnings,
          errorCode: outcome.error?.code ?? null,
          diagnostics: JSON.stringify(outcome.diagnostics),
        },
      );
      return outcome.status === 'parsed' && result
        ? { messageId, stateId: message.stateId, result }
        : null;
    });
    if (ready) this.announce(ready);
  }

  /**
   * Marks incomplete the multi-part messages still missing parts `waitMinutes` after their
   * first part (late parts are still taken, and complete them). Returns how many were marked.
   */
  async markIncomplete(waitMinutes: number): Promise<number> {
    const before = new Date(this.clock.now() - waitMinutes * 60_000);
    const waiting = await this.dataSource
      .getRepository(ScreeningMessage)
      .createQueryBuilder('message')
      .select('message.id', 'id')
      .where('message.status = :waiting', { waiting: 'waiting-for-parts' })
      .andWhere('message.receivedAt < :before', { before })
      .getRawMany<{ id: number | string }>();
    let marked = 0;
    for (const { id } of waiting) {
      // A group whose last part came while its request died is completed here instead.
      await this.completeIfReady(Number(id));
      const result = await this.dataSource
        .getRepository(ScreeningMessage)
        .update({ id: Number(id), status: 'waiting-for-parts' }, { status: 'incomplete' });
      marked += result.affected ?? 0;
    }
    return marked;
  }
}
