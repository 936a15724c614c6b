import { Readable } from 'node:stream';
import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AUDIT_ACTIONS } from '../../audit/audit-actions';
import { AuditEvent } from '../../audit/audit-event.entity';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import { normaliseIp } from '../../common/actor/client-ip';
import { filterValues, hrefWith } from '../../common/lists/filters';
import { keysetPagination } from '../../common/lists/paged-list';
import { auditActionLabel, describeAuditEvent } from '../../audit/audit-description';
import { Organisation } from '../../organisations/organisation.entity';
import { In } from 'typeorm';
import { applyAuditCriteria, auditCriteria, type AuditCriteria } from './audit-query';
import { csvLine } from './csv';
import type { AuditFilterDto } from './dto/audit-filter.dto';

export const AUDIT_PAGE_SIZE = 50;
const AUDIT_FILTERS = ['action', 'actor', 'target', 'from', 'to'] as const;
const CSV_BATCH = 500;

const CSV_HEADER = [
  'id',
  'occurred_at',
  'actor_id',
  'actor_email',
  'ip',
  'action',
  'target_type',
  'target_id',
  'reason',
  'details',
  'correlation_id',
];

/**
 * Reads the audit log for admins: filtered pages, newest first, and the CSV export of every
 * filtered event. Read-only by design, like AuditService: nothing here changes a row (an
 * export adds one event of its own).
 */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly audit: AuditService,
  ) {}

  /**
   * One page. Keyset paging on the id (the insertion order): `before` gives older events,
   * `after` newer ones, so a page stays put however many events arrive meanwhile.
   */
  async page(filter: AuditFilterDto) {
    const criteria = auditCriteria(filter);
    const query = applyAuditCriteria(this.events.createQueryBuilder('e'), criteria);
    const backwards = filter.after !== undefined && filter.before === undefined;
    if (backwards) query.andWhere('e.id > :after', { after: filter.after });
    else if (filter.before !== undefined)
      query.andWhere('e.id < :before', { before: filter.before });
    const rows = await query
      .orderBy('e.id', backwards ? 'ASC' : 'DESC')
      .take(AUDIT_PAGE_SIZE + 1)
      .getMany();
    const more = rows.length > AUDIT_PAGE_SIZE;
    const shown = rows.slice(0, AUDIT_PAGE_SIZE);
    if (backwards) shown.reverse();
    const hasOlder = backwards ? shown.length > 0 && (await this.exists(criteria, shown)) : more;
    const hasNewer = backwards ? more : filter.before !== undefined;
    const base = this.filterParams(filter);
    const stateCodes = await this.stateCodes(shown);
    return {
      ...this.formModel(filter),
      events: shown.map((event) => this.eventModel(event, stateCodes)),
      pagination: keysetPagination({
        olderHref:
          hasOlder && shown.length > 0
            ? hrefWith('/admin/audit', { ...base, before: shown[shown.length - 1].id })
            : null,
        newerHref:
          hasNewer && shown.length > 0
            ? hrefWith('/admin/audit', { ...base, after: shown[0].id })
            : null,
        newestHref: hasNewer ? hrefWith('/admin/audit', base) : null,
      }),
      csvHref: hrefWith('/admin/audit.csv', base),
    };
  }

  /** The page's form: the action list and the filters as given (also after a form error). */
  formModel(filter: AuditFilterDto | Record<string, unknown>) {
    const filters = filterValues(filter, AUDIT_FILTERS);
    return {
      pageTitle: { key: 'admin.audit.title' },
      actions: AUDIT_ACTIONS.map((action) => ({
        value: action,
        labelKey: auditActionLabel(action),
        selected: action === filters.action,
      })),
      filters,
      events: [],
    };
  }

  /**
   * Every filtered event as CSV, streamed in batches so a large log never sits in memory. The
   * first batch is read before the response starts, so a failing database still gets its
   * error page rather than a truncated file.
   */
  async csv(actor: Actor, filter: AuditFilterDto): Promise<StreamableFile> {
    const criteria = auditCriteria(filter);
    const first = await this.batch(criteria, undefined);
    // The export carries people's addresses and IPs out of the platform: who took it is logged.
    await this.audit.record(actor, {
      action: 'audit.exported',
      details: { filters: this.filterParams(filter) },
    });
    const lines = this.csvLines(criteria, first);
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    return new StreamableFile(Readable.from(lines), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="audit-log-${stamp}.csv"`,
    });
  }

  private async *csvLines(criteria: AuditCriteria, first: AuditEvent[]): AsyncGenerator<string> {
    yield csvLine(CSV_HEADER);
    let batch = first;
    while (batch.length > 0) {
      yield batch
        .map((e) =>
          csvLine([
            e.id,
            e.occurredAt,
            e.actorId,
            e.actorEmail,
            e.ip,
            e.action,
            e.targetType,
            e.targetId,
            e.reason,
            e.details,
            e.correlationId,
          ]),
        )
        .join('');
      if (batch.length < CSV_BATCH) return;
      batch = await this.batch(criteria, batch[batch.length - 1].id);
    }
  }

  private batch(criteria: AuditCriteria, beforeId: number | undefined): Promise<AuditEvent[]> {
    const query = applyAuditCriteria(this.events.createQueryBuilder('e'), criteria);
    if (beforeId !== undefined) query.andWhere('e.id < :beforeId', { beforeId });
    return query.orderBy('e.id', 'DESC').take(CSV_BATCH).getMany();
  }

  /** Paging back: is there anything older than the oldest event shown? */
  private async exists(criteria: AuditCriteria, shown: AuditEvent[]): Promise<boolean> {
    const query = applyAuditCriteria(this.events.createQueryBuilder('e'), criteria);
    const oldest = shown[shown.length - 1].id;
    const row = await query
      .select('e.id', 'id')
      .andWhere('e.id < :oldest', { oldest })
      .limit(1)
      .getRawOne<{ id: number }>();
    return row !== undefined;
  }

  /** The filters in use (none empty), for links and for the export's own audit entry. */
  private filterParams(filter: AuditFilterDto): Record<string, string> {
    return Object.fromEntries(
      Object.entries(filterValues(filter, AUDIT_FILTERS)).filter(([, value]) => value !== ''),
    );
  }

  /** The codes of the States named by id on this page, to link to their pages. */
  private async stateCodes(events: AuditEvent[]): Promise<Map<string, string>> {
    const ids = events
      .filter((event) => event.targetType === 'organisation' && event.targetId)
      .map((event) => Number(event.targetId))
      .filter((id) => Number.isInteger(id));
    if (ids.length === 0) return new Map();
    const rows = await this.organisations.find({
      select: { id: true, code: true, kind: true },
      where: { id: In([...new Set(ids)]) },
    });
    return new Map(rows.filter((o) => o.kind === 'state').map((o) => [String(o.id), o.code]));
  }

  private eventModel(event: AuditEvent, stateCodes: Map<string, string>) {
    const target = event.targetType
      ? `${event.targetType}:${event.targetId ?? ''}`
      : (event.targetId ?? '');
    return {
      id: event.id,
      occurredAt: event.occurredAt.toISOString().replace('T', ' ').slice(0, 19),
      actorEmail: event.actorEmail,
      actorHref: event.actorEmail ? hrefWith('/admin/audit', { actor: event.actorEmail }) : null,
      ip: normaliseIp(event.ip),
      action: event.action,
      description: describeAuditEvent(event),
      target,
      targetHref: targetHref(event, stateCodes),
      reason: event.reason,
      details: event.details,
    };
  }
}

/** The page of the thing an event is about, where it has one. */
function targetHref(event: AuditEvent, stateCodes: Map<string, string>): string | null {
  const id = event.targetId;
  if (!id) return null;
  switch (event.targetType) {
    case 'user':
      return /^\d+$/.test(id) ? `/admin/users/${id}` : null;
    case 'invitation':
      return /^\d+$/.test(id) ? `/invitations/${id}` : null;
    case 'organisation': {
      const code = stateCodes.get(id);
      return code ? `/states/${code}` : null;
    }
    case 'member-state':
      return /^[A-Z]{3}$/.test(id) ? `/states/${id}` : null;
    default:
      return null;
  }
}
