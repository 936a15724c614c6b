import { ScreeningError } from '../screening-error';

/**
 * What is wrong with a part of a rule, as a code and its parameters, for a program that says it
 * in its own words (the portal translates `rules.problem.<code>`); `problem` is the English.
 */
export type RuleProblemCode =
  | 'unknown-key'
  | 'expected-number'
  | 'expected-boolean'
  | 'expected-date'
  | 'expected-country'
  | 'expected-text'
  | 'expected-string'
  | 'in-needs-list'
  | 'between-needs-pair'
  | 'between-reversed'
  | 'expected-field'
  | 'unknown-field'
  | 'unknown-operator'
  | 'operator-not-for-type'
  | 'exists-boolean'
  | 'missing-value'
  | 'expected-node'
  | 'group-one-key'
  | 'empty-group'
  | 'expected-rule'
  | 'expected-severity'
  | 'expected-max-hits'
  | 'missing-criteria'
  | 'expected-rule-list'
  | 'duplicate-id'
  | 'other';

export type RuleProblemParams = Readonly<Record<string, string | number>>;

/**
 * A rule file that cannot be used. The message names the bad part by its path in the file
 * (`rules[2].criteria.all[1].op: unknown operator "equals"`), so the author can fix it without
 * guessing; a file is refused whole rather than loaded without the rules it got wrong.
 */
export class RuleValidationError extends ScreeningError {
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly file?: string,
    readonly problemCode: RuleProblemCode = 'other',
    readonly params: RuleProblemParams = {},
  ) {
    super('rules', `${file ? `invalid rules ${file}: ` : ''}${path}: ${problem}`);
    this.name = 'RuleValidationError';
  }
}
