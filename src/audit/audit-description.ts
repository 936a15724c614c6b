import { catalogueFor, hasMessage, type Translatable } from '../common/i18n/translator';
import type { AuditEvent } from './audit-event.entity';

/** Details whose values are themselves catalogue entries: a role, a programme status. */
const VALUE_PREFIX: Record<string, Record<string, string>> = {
  'user.role-changed': { from: 'roles.', to: 'roles.' },
  'user.created': { role: 'roles.' },
  'invitation.sent': { role: 'roles.' },
  'member-state.status-changed': { from: 'status.', to: 'status.' },
  'member-state.record-updated': { deploymentStatus: 'deployment.' },
  'roadmap.step-status-changed': { from: 'roadmaps.status.', to: 'roadmaps.status.' },
  'screening.purpose-declared': { purpose: 'screening.purpose.' },
  'screening.record-read': { purpose: 'screening.purpose.' },
  'screening.reidentified': { purpose: 'screening.purpose.', by: 'retention.reidentify.by.' },
  'screening.hit-released': { from: 'hits.status.' },
  'screening.hit-cleared': { reason: 'hits.clearReason.' },
  'screening.hit-exported': { purpose: 'screening.purpose.' },
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The stored details (a small JSON object), or nothing when they are absent or unreadable. */
export function auditDetails(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * One detail as a reader would say it: codes spelled out (as catalogue references, translated
 * with the sentence), times in UTC, lists joined.
 */
function readable(
  action: string,
  name: string,
  value: unknown,
): Translatable | Translatable[] | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value))
    return value.map((item): Translatable => {
      const one = readable(action, name, item);
      return one === null || Array.isArray(one) ? '' : one;
    });
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    return JSON.stringify(value);
  const text = String(value);
  const prefix = VALUE_PREFIX[action]?.[name];
  if (prefix && hasMessage(prefix + text)) return { key: prefix + text };
  if (hasMessage(`audit.value.${text}`)) return { key: `audit.value.${text}` };
  if (ISO_TIME.test(text) && !Number.isNaN(Date.parse(text)))
    return `${new Date(text).toISOString().replace('T', ' ').slice(0, 16)} UTC`;
  return text;
}

/** The arguments an action's sentence names (the English catalogue is the reference). */
function argumentsOf(key: string): string[] {
  const template = catalogueFor(undefined).messages[key];
  return [...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
}

/**
 * What happened, as a sentence for the page to translate in the reader's language: the
 * action's catalogue entry with the event's details as parameters. A detail the sentence names
 * but the event lacks shows as a dash; an action without an entry (an old row) shows its code.
 */
export function describeAuditEvent(event: Pick<AuditEvent, 'action' | 'details'>): Translatable {
  const key = `audit.action.${event.action}`;
  if (!hasMessage(key)) return event.action;
  const details = auditDetails(event.details);
  const params: Record<string, Translatable | Translatable[]> = {};
  for (const name of argumentsOf(key)) {
    params[name] = readable(event.action, name, details[name]) ?? { key: 'audit.missing' };
  }
  return { key, params };
}

/** The action alone, for a list of actions to filter by: "Role changed from … to …". */
export function auditActionLabel(action: string): Translatable {
  const key = `audit.action.${action}`;
  if (!hasMessage(key)) return action;
  return { key, params: Object.fromEntries(argumentsOf(key).map((name) => [name, '…'])) };
}
