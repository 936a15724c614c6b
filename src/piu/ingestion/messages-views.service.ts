import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Actor } from '../../common/actor/actor';
import { userOf } from '../../common/actor/actor';
import { filterValues } from '../../common/lists/filters';
import { pagedList, pageRequest } from '../../common/lists/paged-list';
import { RowAccess } from '../../common/visibility/row-access';
import { decodeInput } from '../../screening/edifact/decode';
import type { Analyst } from '../work-purpose/analyst';
import { PersonalDataAudit } from '../work-purpose/personal-data-audit';
import { stateOf } from '../work-purpose/supervisor';
import { departureText } from '../vetting/flight-label';
import { Carrier } from './carrier.entity';
import { MESSAGE_FILTERS, type ListMessagesQuery } from './dto/list-messages.query';
import { IngestError } from './ingest-error';
import { IngestionService } from './ingestion.service';
import { partsState } from './message-parts';
import { RawMessageStore } from './raw-message-store';
import type { StoredDiagnostic } from './safe-diagnostics';
import { ScreeningMessagePart } from './screening-message-part.entity';
import { MESSAGE_KINDS, MESSAGE_STATUSES, ScreeningMessage } from './screening-message.entity';
import type { UploadedFile } from './upload-receiver';

const PAGE_SIZE = 25;

/** One line of the list: what the message is about, never who travels. */
function summaryOf(message: ScreeningMessage, carriers: Map<number, Carrier>) {
  return {
    id: message.id,
    href: `/screening/messages/${message.id}`,
    receivedAt: message.receivedAt,
    kind: message.kind,
    status: message.status,
    statusKey: `ingestion.status.${message.status}`,
    carrier: message.carrierId ? (carriers.get(message.carrierId)?.code ?? null) : null,
    flight: [message.flightCarrier, message.flightNumber].filter(Boolean).join(' ') || null,
    departure: departureText(message.departureLocal),
    route:
      message.departureLocation || message.arrivalLocation
        ? `${message.departureLocation ?? '?'} → ${message.arrivalLocation ?? '?'}`
        : null,
    travellers: message.travellerCount,
    errorCode: message.errorCode,
    warnings: message.warningCount,
    sourceKey: `ingestion.source.${message.source}`,
  };
}

/**
 * The messages pages: the list (no personal data), one message (its raw text is personal
 * data: read under the analyst's purpose, audited), and the upload page's outcome per file.
 */
@Injectable()
export class MessagesViewsService {
  constructor(
    @InjectRepository(ScreeningMessage) private readonly messages: Repository<ScreeningMessage>,
    @InjectRepository(ScreeningMessagePart)
    private readonly parts: Repository<ScreeningMessagePart>,
    @InjectRepository(Carrier) private readonly carriers: Repository<Carrier>,
    private readonly raw: RawMessageStore,
    private readonly ingestion: IngestionService,
    private readonly rows: RowAccess,
    private readonly personalData: PersonalDataAudit,
  ) {}

  async listModel(actor: Actor, query: ListMessagesQuery) {
    const stateId = stateOf(actor);
    const request = pageRequest(query.page, PAGE_SIZE);
    const where: Record<string, unknown> = { stateId };
    if (query.status) where.status = query.status;
    if (query.kind) where.kind = query.kind;
    if (query.carrier) where.carrierId = Number(query.carrier);
    if (query.on) where.receivedOn = query.on;
    const [rows, total] = await this.messages.findAndCount({
      where,
      order: { receivedAt: 'DESC', id: 'DESC' },
      skip: request.offset,
      take: request.size,
    });
    const carriers = await this.carriersOf(stateId);
    const filters = filterValues(query, MESSAGE_FILTERS);
    return {
      pageTitle: { key: 'ingestion.messages.title' },
      filters,
      statuses: MESSAGE_STATUSES,
      kinds: MESSAGE_KINDS,
      carriers: [...carriers.values()].map((c) => ({
        value: String(c.id),
        label: `${c.code} · ${c.name}`,
      })),
      ...pagedList(
        rows.map((row) => summaryOf(row, carriers)),
        total,
        request,
        { path: '/screening/messages', filters },
      ),
    };
  }

  private async carriersOf(stateId: number): Promise<Map<number, Carrier>> {
    const list = await this.carriers.find({ where: { stateId }, order: { code: 'ASC' } });
    return new Map(list.map((carrier) => [carrier.id, carrier]));
  }

  /** A message of the analyst's State (404 for any other), its raw text read under audit. */
  async pageModel(analyst: Analyst, id: number) {
    const stateId = stateOf(analyst.actor);
    const found = Number.isSafeInteger(id) ? await this.messages.findOneBy({ id, stateId }) : null;
    const message = await this.rows.scoped(analyst.actor, { type: 'message', id }, found);
    const parts = await this.parts.find({
      where: { messageId: message.id },
      order: { sequence: 'ASC' },
    });
    await this.personalData.read(analyst, 'message', message.id);
    const bodies = [];
    // A depersonalised message has no raw bytes left (retention deleted them).
    for (const part of message.depersonalisedAt ? [] : parts) {
      const bytes = await this.raw.read(part);
      bodies.push({
        sequence: part.sequence,
        final: part.final,
        size: part.size,
        receivedAt: part.receivedAt,
        sourceKey: `ingestion.source.${part.source}`,
        text: decodeInput(bytes).text,
      });
    }
    const carriers = await this.carriersOf(stateId);
    const multiPart = message.commonAccess !== null;
    const state = multiPart ? partsState(parts) : null;
    return {
      pageTitle: { key: 'ingestion.message.title', params: { id: message.id } },
      message: {
        ...summaryOf(message, carriers),
        size: message.size,
        screeningState: message.screeningState,
        departureCountry: message.departureCountry,
        arrivalCountry: message.arrivalCountry,
        withDocument: message.withDocument,
        withDateOfBirth: message.withDateOfBirth,
        withNationality: message.withNationality,
        commonAccess: message.commonAccess,
      },
      multiPart,
      parts: state && {
        received: state.received.join(', '),
        expected: state.expected,
        missing: state.missing.join(', '),
        finalMissing: state.expected === null,
      },
      rawDeletedAt: message.depersonalisedAt,
      diagnostics: (JSON.parse(message.diagnostics) as StoredDiagnostic[]).map((d) => ({
        ...d,
        error: d.severity === 'error',
      })),
      bodies,
    };
  }

  /** Each file through the same ingestion as the API; one bad file never stops the others. */
  async upload(analyst: Analyst, files: readonly UploadedFile[], maxMegabytes: number) {
    const user = userOf(analyst.actor);
    const results = [];
    for (const file of files) {
      if (file.tooLarge || !file.bytes) {
        results.push({
          name: file.name,
          ok: false,
          message: { key: 'ingestion.error.tooLarge', params: { max: maxMegabytes } },
        });
        continue;
      }
      try {
        const receipt = await this.ingestion.receive(file.bytes, {
          stateId: stateOf(analyst.actor),
          stateCode: user.organisationCode,
          source: 'upload',
          carrierId: null,
          keyId: null,
          uploaderId: user.id,
        });
        results.push({
          name: file.name,
          ok: receipt.status !== 'failed',
          href: `/screening/messages/${receipt.id}`,
          id: receipt.id,
          message: {
            key: receipt.duplicate
              ? 'ingestion.upload.duplicate'
              : `ingestion.upload.outcome.${receipt.status}`,
            params: { id: receipt.id, code: receipt.error?.code ?? '' },
          },
        });
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        results.push({
          name: file.name,
          ok: false,
          message: { key: error.messageKey, params: error.params },
        });
      }
    }
    return results;
  }

  /** For the dashboard's and carriers' lists: messages of these carriers. */
  countsByCarrier(stateId: number, carrierIds: number[], since: string) {
    if (carrierIds.length === 0) return Promise.resolve([]);
    return this.messages
      .createQueryBuilder('message')
      .select('message.carrierId', 'carrierId')
      .addSelect('COUNT(*)', 'count')
      .where({ stateId, carrierId: In(carrierIds) })
      .andWhere('message.receivedOn >= :since', { since })
      .groupBy('message.carrierId')
      .getRawMany<{ carrierId: number | string; count: number | string }>();
  }
}
