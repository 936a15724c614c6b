import type { FieldValue, RawFieldValue } from './field-value';
import type { Severity } from '../severity';
import type { RuleScope } from './rule-facts';

/**
 * Targeting rules: what an analyst writes (JSON, see rule-loader.ts) and what the loader turns
 * it into (compiled rules whose conditions carry typed values and a ready predicate).
 */

/** A rule's severity: one of SEVERITIES (severity.ts), given to each hit it raises. */
export type RuleSeverity = Severity;

/** Comparison operators, spelled as the rule file spells them. */
export type RuleOperator =
  '=' | '!=' | '<' | '>' | '<=' | '>=' | 'in' | 'between' | 'starts with' | 'contains' | 'exists';

export const RULE_OPERATORS: readonly RuleOperator[] = [
  '=',
  '!=',
  '<',
  '>',
  '<=',
  '>=',
  'in',
  'between',
  'starts with',
  'contains',
  'exists',
];

/** Other spellings accepted for an operator: the mathematical signs and a programmer's `==`. */
export const OPERATOR_ALIASES: Readonly<Record<string, RuleOperator>> = {
  '≠': '!=',
  '≤': '<=',
  '≥': '>=',
  '==': '=',
};

/** A condition as compiled: the operator's predicate is built once, at load. */
export interface CompiledCondition {
  type: 'condition';
  /** Where the condition sits in the rule file, e.g. `rules[0].criteria.all[1]`. */
  path: string;
  field: string;
  op: RuleOperator;
  /** The value as written in the file (for explanations). */
  value: unknown;
  /** Reads the field from one combination (the catalogue's getter, looked up once at load). */
  read(scope: RuleScope): RawFieldValue;
  /** Holds for one actual value (fields with several values hold when one of them does). */
  test(actual: FieldValue): boolean;
}

export type CompiledCriteria =
  | { type: 'all'; children: CompiledCriteria[] }
  | { type: 'any'; children: CompiledCriteria[] }
  | { type: 'not'; child: CompiledCriteria }
  | CompiledCondition;

export interface TargetingRule {
  id: string;
  name: string;
  description: string;
  severity: RuleSeverity;
  /** At most this many hits of the rule per message; the rest are counted, not reported. */
  maxHitsPerMessage: number;
  enabled: boolean;
  criteria: CompiledCriteria;
  /** Field scopes the criteria read: the evaluator iterates documents and legs only when read. */
  scopes: { document: boolean; leg: boolean };
}

/** A rule file as loaded: the enabled and disabled rules, in file order. */
export interface RuleSet {
  source: string;
  rules: TargetingRule[];
}
