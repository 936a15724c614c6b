import anyAscii from 'any-ascii';
import type { MatchExplanation } from '../../screening/matching/match-result';
import type { ConditionTrace } from '../../screening/rules/rule-evaluator';
import type { WatchlistEntry } from '../../screening/watchlists/watchlist-entry';
import type { TravellerRecord } from '../pipeline/traveller-record';
import type { WorkPurpose } from '../work-purpose/work-purpose';
import type { HitRecord } from './hit-records';

/** The version of the export's shape, so a receiving authority's tools can tell. */
export const EXPORT_FORMAT = 'cttp.screening-hit-record/1';

export const EXPORT_FORMATS = ['json', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Who exported a hit's record, when, why, and for which request. */
export interface ExportMeta {
  format: ExportFormat;
  reference: string;
  at: Date;
  by: { id: number; name: string; email: string; state: string };
  purpose: WorkPurpose;
}

/**
 * A hit's record for a lawful request, as data: the traveller's record (names in their own
 * script, with a Latin transliteration beside a name that needs one), the list entry or the
 * rule, the engine's explanation, the flight and messages, the history, and who exported it.
 * The JSON export is this object; the PDF prints it.
 */
export interface ExportedHitRecord {
  format: typeof EXPORT_FORMAT;
  export: {
    requestReference: string;
    exportedAt: string;
    exportedBy: ExportMeta['by'];
    purpose: { code: string; note: string };
    format: ExportFormat;
  };
  hit: {
    id: number;
    kind: string;
    severity: string;
    score: number;
    status: string;
    assignee: string | null;
    raisedAt: string;
    updatedAt: string;
  };
  traveller: TravellerRecord & {
    role: string;
    /** The names in Latin letters, when the record writes them in another script. */
    latin?: { surname: string; givenNames: string };
  };
  list: {
    name: string;
    kind: string;
    version: number | null;
    entryReference: string;
    entryFingerprint: string | null;
  } | null;
  entry: WatchlistEntry | null;
  rule: {
    id: number | null;
    version: number | null;
    name: string;
    description: string;
    conditions: ConditionTrace[];
  } | null;
  explanation: { summary: string; match: MatchExplanation | null };
  flight: {
    id: number;
    carrier: string | null;
    number: string | null;
    departureLocal: string | null;
    departureLocation: string | null;
    arrivalLocation: string | null;
    arrivalLocal: string | null;
  } | null;
  messages: { id: number; kind: string | null; receivedAt: string; raisedHit: boolean }[];
  history: {
    at: string;
    by: string;
    event: string;
    from: string | null;
    to: string | null;
    reason: string | null;
    rememberedAsFalseMatch: boolean;
    note: string | null;
    escalatedTo: string | null;
    requestReference: string | null;
    format: string | null;
  }[];
}

/** Latin-1 and the general punctuation read as they are; anything else is another script. */
const LATIN = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

export function needsTransliteration(text: string): boolean {
  return !LATIN.test(text);
}

export function exportedRecord(record: HitRecord, meta: ExportMeta): ExportedHitRecord {
  const { hit, detail, record: person, entry, list, rule, flight } = record;
  const traveller: ExportedHitRecord['traveller'] = { ...person, role: record.traveller.role };
  if (needsTransliteration(person.surname) || needsTransliteration(person.givenNames))
    traveller.latin = {
      surname: anyAscii(person.surname),
      givenNames: anyAscii(person.givenNames),
    };
  return {
    format: EXPORT_FORMAT,
    export: {
      requestReference: meta.reference,
      exportedAt: meta.at.toISOString(),
      exportedBy: meta.by,
      purpose: { code: meta.purpose.code, note: meta.purpose.note },
      format: meta.format,
    },
    hit: {
      id: hit.id,
      kind: hit.kind,
      severity: hit.severity,
      score: hit.score,
      status: hit.status,
      assignee: hit.assigneeId !== null ? (record.names.get(hit.assigneeId) ?? null) : null,
      raisedAt: hit.createdAt.toISOString(),
      updatedAt: hit.updatedAt.toISOString(),
    },
    traveller,
    list:
      hit.entryReference !== null
        ? {
            name: list?.listName ?? '',
            kind: list?.listKind ?? entry?.list ?? '',
            version: list?.versionNumber ?? null,
            entryReference: hit.entryReference,
            entryFingerprint: hit.entryFingerprint,
          }
        : null,
    entry,
    rule:
      hit.kind === 'rule'
        ? {
            id: hit.ruleId,
            version: hit.ruleVersion,
            name: rule?.name ?? detail.rule?.name ?? '',
            description: rule?.description ?? detail.rule?.description ?? '',
            conditions: detail.conditions ?? [],
          }
        : null,
    explanation: { summary: detail.explanation, match: detail.match ?? null },
    flight: flight && {
      id: flight.id,
      carrier: flight.carrier,
      number: flight.number,
      departureLocal: flight.departureLocal,
      departureLocation: flight.departureLocation,
      arrivalLocation: flight.arrivalLocation,
      arrivalLocal: flight.arrivalLocal,
    },
    messages: record.messages.map((message) => ({
      id: message.id,
      kind: message.kind,
      receivedAt: message.receivedAt.toISOString(),
      raisedHit: message.id === hit.messageId,
    })),
    history: record.history.map(({ event, actor, note, escalatedTo }) => ({
      at: event.at.toISOString(),
      by: actor,
      event: event.kind,
      from: event.fromStatus,
      to: event.toStatus,
      reason: event.reason,
      rememberedAsFalseMatch: event.remembered,
      note,
      escalatedTo,
      requestReference: event.reference,
      format: event.format,
    })),
  };
}
