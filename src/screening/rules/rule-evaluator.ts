import type { FieldValue, RawFieldValue } from './field-value';
import type {
  DocumentFacts,
  LegFacts,
  MessageFacts,
  RuleScope,
  TravellerFacts,
} from './rule-facts';
import type { CompiledCondition, CompiledCriteria, TargetingRule } from './rule-types';

/**
 * Evaluates a rule for one traveller.
 *
 * Semantics: a rule reads traveller, booking, journey and message fields once per traveller;
 * when it reads `document.*` fields it is tried with each of the traveller's documents in turn,
 * and with `leg.*` fields with each leg (all pairs when it reads both). The traveller matches
 * when one combination satisfies the whole tree, so every `document.*` condition of one rule
 * speaks of the same document: "a passport issued by X that expires within 30 days" needs one
 * document that is both. A consequence: `not` is evaluated inside a combination, so
 * `not document.type = "V"` means "has a document that is not a visa", not "has no visa".
 * A traveller without documents (or legs) is tried once with the document (leg) absent.
 *
 * Absent fields: a condition on an absent field is false, except `exists false`. `!=` holds when
 * the field is present and none of its values equals the rule value; the other operators hold
 * when one of the field's values satisfies them (fields such as `booking.paymentType` can carry
 * several).
 */

export interface ConditionTrace {
  /** Path of the condition in the rule file. */
  path: string;
  field: string;
  op: string;
  /** The rule's value as written. */
  expected: unknown;
  /** What the traveller had (undefined when absent). */
  actual: RawFieldValue;
  /** True when the condition counted by failing (under `not`). */
  negated: boolean;
}

export interface RuleMatch {
  rule: TargetingRule;
  /** The conditions that decided the match, with the actual values. */
  conditions: ConditionTrace[];
  /** The document and leg of the satisfying combination, when the rule reads them. */
  document?: DocumentFacts;
  leg?: LegFacts;
  /** One line for an analyst. */
  summary: string;
}

function valuesOf(raw: RawFieldValue): readonly FieldValue[] {
  if (raw === undefined) return [];
  return typeof raw === 'object' ? raw : [raw];
}

function conditionHolds(condition: CompiledCondition, scope: RuleScope): boolean {
  const values = valuesOf(condition.read(scope));
  if (condition.op === 'exists') return values.length > 0 === condition.value;
  if (values.length === 0) return false;
  if (condition.op === '!=') return !values.some(condition.test);
  return values.some(condition.test);
}

function holds(node: CompiledCriteria, scope: RuleScope): boolean {
  switch (node.type) {
    case 'condition':
      return conditionHolds(node, scope);
    case 'all':
      return node.children.every((child) => holds(child, scope));
    case 'any':
      return node.children.some((child) => holds(child, scope));
    case 'not':
      return !holds(node.child, scope);
  }
}

/**
 * The conditions that made `node` hold (or, with `negated`, fail): for `all` every child, for
 * `any` the first child that held; under `not`, the reason the inner part failed.
 */
function explain(
  node: CompiledCriteria,
  scope: RuleScope,
  negated: boolean,
  out: ConditionTrace[],
): void {
  switch (node.type) {
    case 'condition':
      out.push({
        path: node.path,
        field: node.field,
        op: node.op,
        expected: node.value,
        actual: node.read(scope),
        negated,
      });
      return;
    case 'not':
      explain(node.child, scope, !negated, out);
      return;
    case 'all':
    case 'any': {
      // An `all` that held and an `any` that failed are explained by every child; the others by
      // the one child that decided.
      const everyChild = (node.type === 'all') !== negated;
      if (everyChild) {
        for (const child of node.children) explain(child, scope, negated, out);
      } else {
        const decisive = node.children.find((child) => holds(child, scope) !== negated);
        if (decisive) explain(decisive, scope, negated, out);
      }
    }
  }
}

function showValue(value: unknown): string {
  if (value === undefined) return 'absent';
  if (Array.isArray(value)) return `[${value.map(showValue).join(', ')}]`;
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

export function describeTrace(trace: ConditionTrace): string {
  const condition = `${trace.field} ${trace.op} ${showValue(trace.expected)}`;
  return `${trace.negated ? 'NOT ' : ''}${condition} (actual ${showValue(trace.actual)})`;
}

/** Evaluates one rule for one traveller; the match explains itself, or undefined. */
export function evaluateRule(
  rule: TargetingRule,
  message: MessageFacts,
  traveller: TravellerFacts,
): RuleMatch | undefined {
  const documents: (DocumentFacts | undefined)[] =
    rule.scopes.document && traveller.documents.length > 0 ? traveller.documents : [undefined];
  const legs: (LegFacts | undefined)[] =
    rule.scopes.leg && traveller.legs.length > 0 ? traveller.legs : [undefined];
  for (const document of documents) {
    for (const leg of legs) {
      const scope: RuleScope = { message, traveller, document, leg };
      if (!holds(rule.criteria, scope)) continue;
      const conditions: ConditionTrace[] = [];
      explain(rule.criteria, scope, false, conditions);
      return {
        rule,
        conditions,
        document,
        leg,
        summary: `rule ${rule.id} "${rule.name}": ${conditions.map(describeTrace).join('; ')}`,
      };
    }
  }
  return undefined;
}
