import type { CliCommand, CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { parseOptions } from '../../cli/parse-options';
import { describeDiagnostic, EdifactSyntaxError } from '../edifact/edifact-syntax-error';
import { readInputFile } from '../file-access';
import { parseMessage } from '../parse-message';
import { ScreeningError } from '../screening-error';

/** Parses `FILE [--strict]`. */
export function parseParseArguments(args: readonly string[]): { file: string; strict: boolean } {
  const { values, positionals } = parseOptions(
    args,
    { strict: { type: 'boolean' } },
    { positionals: true },
  );
  const [file, extra] = positionals;
  if (file === undefined) throw new CliError('no message file given: parse FILE [--strict]');
  if (extra !== undefined) throw new CliError(`unexpected argument '${extra}' (one FILE only)`);
  return { file, strict: values.strict ?? false };
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
    const bytes = readInputFile(file, `message file ${file}`);
    let result;
    try {
      result = parseMessage(bytes, { strict });
    } catch (error) {
      if (error instanceof EdifactSyntaxError) {
        throw new ScreeningError('edifact-syntax', `${file}: ${error.message}`, { cause: error });
      }
      throw error;
    }
    if (result.messages.length === 0 && result.error) {
      throw new ScreeningError('edifact-syntax', `${file}: ${describeDiagnostic(result.error)}`);
    }
    io.stdout.write(
      `${JSON.stringify({ file, ok: result.ok, messages: result.messages, diagnostics: result.diagnostics }, null, 2)}\n`,
    );
    return 0;
  }
}
