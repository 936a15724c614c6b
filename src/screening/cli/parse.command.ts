import { readFileSync } from 'node:fs';
import type { CliCommand, CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { describeDiagnostic, EdifactSyntaxError } from '../edifact/edifact-syntax-error';
import { parseMessage } from '../parse-message';

/** Parses `FILE [--strict]`. */
export function parseParseArguments(args: readonly string[]): { file: string; strict: boolean } {
  let file: string | undefined;
  let strict = false;
  for (const arg of args) {
    if (arg === '--strict') strict = true;
    else if (arg.startsWith('--')) throw new CliError(`unexpected option '${arg}'`);
    else if (file === undefined) file = arg;
    else throw new CliError(`unexpected argument '${arg}' (one FILE only)`);
  }
  if (file === undefined) throw new CliError('no message file given: parse FILE [--strict]');
  return { file, strict };
}

/**
 * `parse FILE [--strict]`: reads one PAXLST or PNRGOV interchange and prints
 * `{ file, ok, messages, diagnostics }` as JSON, `messages` being the normalised messages.
 * Loose mode (default) prints what could be read with its warnings; strict mode, and input that
 * is not EDIFACT at all, end with `error: …` and exit code 2.
 */
export class ParseCommand implements CliCommand {
  async run(args: string[], io: CliIo): Promise<number> {
    const { file, strict } = parseParseArguments(args);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(
        code === 'ENOENT'
          ? `message file not found: ${file}`
          : `cannot read ${file}: ${code ?? 'error'}`,
      );
    }
    let result;
    try {
      result = parseMessage(bytes, { strict });
    } catch (error) {
      if (error instanceof EdifactSyntaxError) {
        throw new CliError(`${file}: ${describeDiagnostic(error.diagnostic)}`);
      }
      throw error;
    }
    if (result.messages.length === 0 && result.error) {
      throw new CliError(`${file}: ${describeDiagnostic(result.error)}`);
    }
    io.stdout.write(
      `${JSON.stringify({ file, ok: result.ok, messages: result.messages, diagnostics: result.diagnostics }, null, 2)}\n`,
    );
    return 0;
  }
}
