import { FIELD_CATALOGUE } from '../../screening/rules/field-catalogue';
import { fromCriteria, isGroup, type FormNode } from './rule-form';

/**
 * Criteria as a page shows them, and what changed between two versions of a rule. Field
 * labels and operators are catalogue keys; values are shown as typed.
 */

export interface ConditionView {
  negated: boolean;
  field: string;
  /** `rules.field.<name>`, or undefined for a field the catalogue does not know. */
  fieldKey?: string;
  opKey: string;
  value: string;
  /** `rules.value.true` / `rules.value.false` for a yes/no value, said in the reader's words. */
  valueKey?: string;
}

export type CriteriaView =
  | { group: { kindKey: string; negated: boolean; children: CriteriaView[] } }
  | { condition: ConditionView };

const OPERATOR_SLUGS: Readonly<Record<string, string>> = {
  '=': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '>': 'gt',
  '<=': 'le',
  '>=': 'ge',
  in: 'in',
  between: 'between',
  'starts with': 'startsWith',
  contains: 'contains',
  exists: 'exists',
};

/** `rules.op.<slug>` of an operator (unknown ones show as they are). */
export function operatorKey(op: string): string {
  const slug = OPERATOR_SLUGS[op];
  return slug ? `rules.op.${slug}` : op;
}

export function fieldKey(field: string): string | undefined {
  return FIELD_CATALOGUE.has(field) ? `rules.field.${field}` : undefined;
}

function conditionView(node: Extract<FormNode, { kind: 'condition' }>): ConditionView {
  return {
    negated: node.negated,
    field: node.field,
    fieldKey: fieldKey(node.field),
    opKey: operatorKey(node.op),
    value: node.op === 'exists' && node.value === 'true' ? '' : node.value,
    valueKey:
      (node.value === 'true' || node.value === 'false') &&
      (node.op === 'exists' ? node.value === 'false' : true)
        ? `rules.value.${node.value}`
        : undefined,
  };
}

function viewOf(node: FormNode): CriteriaView {
  if (!isGroup(node)) return { condition: conditionView(node) };
  return {
    group: {
      kindKey: `rules.group.${node.kind}`,
      negated: node.negated,
      children: node.children.map(viewOf),
    },
  };
}

/** Stored criteria as a nested, readable tree. */
export function criteriaView(criteria: unknown): CriteriaView {
  return viewOf(fromCriteria(criteria));
}

// ---- what changed between versions --------------------------------------------------------

export interface RuleSnapshot {
  name: string;
  description: string;
  severity: string;
  criteria: unknown;
}

export type RuleChange =
  | { type: 'name'; from: string; to: string }
  | { type: 'description' }
  | { type: 'severity'; from: string; to: string }
  | { type: 'added'; condition: ConditionView }
  | { type: 'removed'; condition: ConditionView }
  | { type: 'grouping' };

function conditions(node: FormNode, out: Extract<FormNode, { kind: 'condition' }>[] = []) {
  if (isGroup(node)) node.children.forEach((child) => conditions(child, out));
  else out.push(node);
  return out;
}

function signature(node: Extract<FormNode, { kind: 'condition' }>): string {
  return JSON.stringify([node.negated, node.field, node.op, node.value]);
}

/** What a version changed from the one before (nothing for the first). */
export function changesBetween(
  before: RuleSnapshot | undefined,
  after: RuleSnapshot,
): RuleChange[] {
  if (!before) return [];
  const changes: RuleChange[] = [];
  if (before.name !== after.name) changes.push({ type: 'name', from: before.name, to: after.name });
  if (before.description !== after.description) changes.push({ type: 'description' });
  if (before.severity !== after.severity) {
    changes.push({ type: 'severity', from: before.severity, to: after.severity });
  }
  const old = conditions(fromCriteria(before.criteria));
  const now = conditions(fromCriteria(after.criteria));
  const remaining = new Map<string, number>();
  for (const node of old) remaining.set(signature(node), (remaining.get(signature(node)) ?? 0) + 1);
  const added: ConditionView[] = [];
  for (const node of now) {
    const left = remaining.get(signature(node)) ?? 0;
    if (left > 0) remaining.set(signature(node), left - 1);
    else added.push(conditionView(node));
  }
  const removed = old.filter((node) => {
    const left = remaining.get(signature(node)) ?? 0;
    if (left === 0) return false;
    remaining.set(signature(node), left - 1);
    return true;
  });
  changes.push(
    ...removed.map((node) => ({ type: 'removed' as const, condition: conditionView(node) })),
  );
  changes.push(...added.map((condition) => ({ type: 'added' as const, condition })));
  if (
    added.length === 0 &&
    removed.length === 0 &&
    JSON.stringify(before.criteria) !== JSON.stringify(after.criteria)
  ) {
    changes.push({ type: 'grouping' });
  }
  return changes;
}
