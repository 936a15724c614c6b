import type { StepStatus } from './step-status';

/** A step's fields as its history records them: names, not ids, so the history reads alone. */
export interface StepSnapshot {
  readonly pillar: string;
  readonly title: string;
  readonly description: string;
  /** The owner's name; null for "the State". */
  readonly owner: string | null;
  readonly startOn: string;
  readonly dueOn: string;
  readonly status: StepStatus;
  readonly blockedReason: string | null;
  readonly weight: number;
  /** The titles of the steps it depends on, sorted. */
  readonly dependencies: readonly string[];
}

export const SNAPSHOT_FIELDS = [
  'pillar',
  'title',
  'description',
  'owner',
  'startOn',
  'dueOn',
  'status',
  'blockedReason',
  'weight',
  'dependencies',
] as const;

/**
 * The fields of the history; `resource` and `thread` are links made or removed, `document` a
 * State's document tied to the step through RoadmapStepPort (linked, or completing it).
 */
export type StepField = (typeof SNAPSHOT_FIELDS)[number] | 'resource' | 'thread' | 'document';

/** One field's value before and after a change (null: empty, or "the State" for the owner). */
export interface StepFieldChange {
  readonly field: StepField;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * What changed, field by field, in the fields' order. With no `before` (a new step) every
 * field that has a value is listed as set. Values are kept as text: a weight of 3 is "3", the
 * dependencies one text of titles.
 */
export function fieldChanges(before: StepSnapshot | null, after: StepSnapshot): StepFieldChange[] {
  const changes: StepFieldChange[] = [];
  for (const field of SNAPSHOT_FIELDS) {
    const from = before === null ? null : textOf(before[field]);
    const to = textOf(after[field]);
    if (from !== to && !(before === null && to === null)) changes.push({ field, from, to });
  }
  return changes;
}

function textOf(value: StepSnapshot[keyof StepSnapshot]): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length ? value.join('; ') : null;
  const text = String(value);
  return text === '' ? null : text;
}

/** The stored changes of one history row (tolerant: an unreadable row shows no fields). */
export function parseChanges(text: string): StepFieldChange[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as StepFieldChange[]) : [];
  } catch {
    return [];
  }
}
