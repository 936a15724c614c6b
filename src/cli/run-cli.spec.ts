import { runCaptured } from '../../test/support/run-captured';
import type { CliCommandEntry } from './cli-command';
import { CliError } from './cli-error';
import { ScreeningError } from '../screening/screening-error';

function entry(name: string, run: () => Promise<number>): CliCommandEntry {
  return {
    name,
    summary: `the ${name} command`,
    usage: `${name} [--x]`,
    load: async () => ({ run }),
  };
}

const commands: CliCommandEntry[] = [
  entry('ok', async () => 0),
  entry('bad-args', () => Promise.reject(new CliError('--x needs a value'))),
  entry('bad-list', () => Promise.reject(new ScreeningError('watchlist', 'csv list: broken'))),
  entry('crash', () => Promise.reject(new Error('database went away'))),
  entry('binary', () =>
    Promise.reject(
      new ScreeningError('edifact-syntax', 'f.edi: segment 1 (\u001b[2J\u0007): no UNH'),
    ),
  ),
];

describe('runCli', () => {
  it.each(['help', '--help', '-h'])(
    'prints `%s` on standard output with exit code 0',
    async (arg) => {
      const { code, stdout, stderr } = await runCaptured([arg], commands);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^usage: npm run -s cli -- <command> \[options\]\n/);
      expect(stdout).toContain('  bad-args  the bad-args command\n');
    },
  );

  it("prints a command's --help on standard output", async () => {
    const { code, stdout, stderr } = await runCaptured(['ok', '--help'], commands);
    expect({ code, stdout, stderr }).toEqual({
      code: 0,
      stdout: 'usage: npm run -s cli -- ok [--x]\nthe ok command\n',
      stderr: '',
    });
  });

  it('shows the help on standard error, exit code 2, when no command is given', async () => {
    const { code, stdout, stderr } = await runCaptured([], commands);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^usage: /);
  });

  it.each([
    ['bad-args', 2, 'error: --x needs a value\n'],
    ['bad-list', 2, 'error: csv list: broken\n'],
    ['crash', 1, 'error: database went away\n'],
    ['nope', 2, "error: unknown command 'nope' (see 'npm run -s cli -- help')\n"],
  ])('maps a failure of %s to exit code %i and one error line', async (name, exit, line) => {
    const { code, stdout, stderr } = await runCaptured([name], commands);
    expect({ code, stdout, stderr }).toEqual({ code: exit, stdout: '', stderr: line });
  });

  it('never writes control characters of the input to the terminal', async () => {
    const { stderr } = await runCaptured(['binary'], commands);
    expect(stderr).toBe('error: f.edi: segment 1 (\\x1b[2J\\x07): no UNH\n');
  });
});
