import { parseOptions } from './parse-options';
import { CliError } from './cli-error';
import { exitCodeFor } from './exit-code';
import { ScreeningError } from '../screening/screening-error';
import { WatchlistError } from '../screening/watchlists/watchlist-error';
import { RuleValidationError } from '../screening/rules/rule-validation-error';

describe('exitCodeFor', () => {
  it('gives 2 for input the user can fix, 1 for anything else', () => {
    expect(exitCodeFor(new CliError('bad'))).toBe(2);
    expect(exitCodeFor(new CliError('failed', 1))).toBe(1);
    expect(exitCodeFor(new ScreeningError('file-access', 'x: not found'))).toBe(2);
    expect(exitCodeFor(new WatchlistError('csv list: broken'))).toBe(2);
    expect(exitCodeFor(new RuleValidationError('rules[0].id', 'missing'))).toBe(2);
    expect(exitCodeFor(new Error('boom'))).toBe(1);
    expect(exitCodeFor('boom')).toBe(1);
  });
});

describe('parseOptions', () => {
  const options = { list: { type: 'string', multiple: true }, all: { type: 'boolean' } } as const;

  it('reads --name value, --name=value and positionals', () => {
    expect(
      parseOptions(['--list', 'a', '--list=b', '--all', 'f'], options, { positionals: true }),
    ).toMatchObject({
      values: { list: ['a', 'b'], all: true },
      positionals: ['f'],
    });
  });

  it.each([
    [['--nope'], "unknown option '--nope'"],
    [['--list'], '--list needs a value'],
    [['--list', '--all'], '--list needs a value'],
    [['--all=yes'], '--all takes no value'],
    [['stray'], "unexpected argument 'stray'"],
  ])('refuses %j with a one-line CliError', (args, message) => {
    let thrown: unknown;
    try {
      parseOptions(args, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).message).toBe(message);
  });
});
