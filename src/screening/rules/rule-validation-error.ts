import { ScreeningError } from '../screening-error';

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
  ) {
    super('rules', `${file ? `invalid rules ${file}: ` : ''}${path}: ${problem}`);
    this.name = 'RuleValidationError';
  }
}
