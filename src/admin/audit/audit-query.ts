import type { SelectQueryBuilder } from 'typeorm';
import type { AuditEvent } from '../../audit/audit-event.entity';
import { FormError } from '../../common/forms/form-error';
import { containsPattern } from '../../common/lists/filters';
import type { AuditFilterDto } from './dto/audit-filter.dto';

/** The audit log's filters, checked and in the form the query needs. */
export interface AuditCriteria {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  /** Exclusive: the day after the "to" date the person gave. */
  until?: Date;
}

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD date as UTC midnight, or a form error when there is no such day (2026-02-30). */
function dayStart(field: string, value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw FormError.field(field, 'admin.invalidDate');
  return date;
}

/** Reads the filter form: "user:12" names a target type and id, "12" or "KEN" an id alone. */
export function auditCriteria(filter: AuditFilterDto): AuditCriteria {
  const criteria: AuditCriteria = {};
  if (filter.action) criteria.action = filter.action;
  const actor = filter.actor?.trim();
  if (actor) criteria.actor = actor;
  const target = filter.target?.trim();
  if (target) {
    const colon = target.indexOf(':');
    if (colon > 0) {
      criteria.targetType = target.slice(0, colon).trim();
      criteria.targetId = target.slice(colon + 1).trim();
    } else {
      criteria.targetId = target;
    }
  }
  criteria.from = dayStart('from', filter.from);
  const to = dayStart('to', filter.to);
  if (to) criteria.until = new Date(to.getTime() + DAY_MS);
  return criteria;
}

/** Adds the criteria to a query on AuditEvent aliased `e`. */
export function applyAuditCriteria(
  query: SelectQueryBuilder<AuditEvent>,
  criteria: AuditCriteria,
): SelectQueryBuilder<AuditEvent> {
  if (criteria.action) query.andWhere('e.action = :action', { action: criteria.action });
  if (criteria.actor) {
    query.andWhere("LOWER(e.actorEmail) LIKE :actor ESCAPE '!'", {
      actor: containsPattern(criteria.actor),
    });
  }
  if (criteria.targetType)
    query.andWhere('e.targetType = :targetType', { targetType: criteria.targetType });
  if (criteria.targetId !== undefined)
    query.andWhere('e.targetId = :targetId', { targetId: criteria.targetId });
  if (criteria.from) query.andWhere('e.occurredAt >= :from', { from: criteria.from });
  if (criteria.until) query.andWhere('e.occurredAt < :until', { until: criteria.until });
  return query;
}
