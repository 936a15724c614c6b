import { PassThrough, Readable } from 'node:stream';
import type { CliCommandEntry } from '../../src/cli/cli-command';
import { runCli } from '../../src/cli/run-cli';

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command with in-memory streams and returns its exit code and everything it wrote:
 * how the tests (and any integrator embedding the CLI) drive a command without a process.
 */
export async function runCaptured(
  args: string[],
  commands: readonly CliCommandEntry[],
  stdin = '',
): Promise<CapturedRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const code = await runCli(args, commands, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: out, stderr: err };
}
