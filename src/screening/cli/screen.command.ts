import type { CliCommand, CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { EXIT_BAD_INPUT, EXIT_OK } from '../../cli/exit-code';
import { parseOptions } from '../../cli/parse-options';
import { errorLine, printable } from '../../cli/printable';
import { screen } from '../engine/screen';
import { checkInputFile, readInputFile } from '../file-access';
import type { ScreeningHit } from '../engine/screening-hit';
import { WatchlistIndex } from '../matching/watchlist-index';
import type { NormalisedMessage } from '../model';
import { parseMessage } from '../parse-message';
import { describeFieldCatalogue } from '../rules/field-catalogue';
import { loadRules } from '../rules/rule-loader';
import { loadWatchlist } from '../watchlists/load-watchlist';
import { parseThreshold } from './threshold-option';

/**
 * `screen --list SPEC … [--rules FILE] [--threshold T] FILE…`
 * (`screen --fields` prints the fields and operators a rule may use, as markdown.)
 *
 * Parses each message file in loose mode, screens every traveller against the lists and the
 * rules, and prints one JSON line per hit on standard output. Exit codes:
 * - 0: every file was read and screened (with or without hits);
 * - 2: bad arguments, a missing file, an unknown list kind or a list that does not load,
 *   invalid rules: one `error: …` line and nothing screened;
 * - 2 as well when a message file (or one message of an interchange) could not be read: each is
 *   reported on standard error as `error: FILE: …` and the other files and messages are still
 *   screened, so standard output holds every hit that could be found. Scripts that must tell a
 *   partial run from a full one look at the exit code; the hits are never withheld.
 *
 * Standard error ends with one `note: screened …` line (messages, travellers, files, list entries,
 * rules, hits), so a run without hits is told from a run that screened nothing.
 */

export interface ScreenArguments {
  /** `--fields`: print the rule field catalogue instead of screening. */
  fields?: boolean;
  lists: string[];
  rules?: string;
  threshold?: number;
  files: string[];
}

export function parseScreenArguments(args: string[]): ScreenArguments {
  const { values, positionals } = parseOptions(
    args,
    {
      list: { type: 'string', multiple: true },
      fields: { type: 'boolean' },
      rules: { type: 'string', multiple: true },
      threshold: { type: 'string' },
    },
    { positionals: true },
  );
  const parsed: ScreenArguments = { lists: values.list ?? [], files: positionals };
  if (values.fields) parsed.fields = true;
  const [rules, second] = values.rules ?? [];
  if (second !== undefined) throw new CliError('--rules given twice');
  if (rules !== undefined) parsed.rules = rules;
  if (values.threshold !== undefined) parsed.threshold = parseThreshold(values.threshold);
  if (parsed.fields) return parsed;
  if (parsed.files.length === 0) throw new CliError('no message file given');
  if (parsed.lists.length === 0 && parsed.rules === undefined) {
    throw new CliError('nothing to screen against: give --list SPEC and/or --rules FILE');
  }
  return parsed;
}

/** Four decimals, as `match` prints scores. */
function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/** One output line. Field names are snake_case, as the `match` CSV columns. */
export function hitLine(file: string, message: NormalisedMessage, hit: ScreeningHit): string {
  const line: Record<string, unknown> = {
    file,
    message: message.messageIndex,
    format: message.format,
    traveller: hit.traveller.name,
    traveller_id: hit.traveller.id,
    date_of_birth: hit.traveller.dateOfBirth,
    nationality: hit.traveller.nationality,
    pnr: hit.traveller.pnrLocator,
    kind: hit.kind,
    severity: hit.severity,
    score: roundScore(hit.score),
  };
  if (hit.entry) {
    line.entry_id = hit.entry.id;
    line.entry_name = hit.entry.names[0];
    line.list = hit.entry.list;
    if (hit.entry.category) line.category = hit.entry.category;
  }
  if (hit.rule) {
    line.rule_id = hit.rule.id;
    line.rule_name = hit.rule.name;
  }
  line.explanation = hit.explanation;
  return JSON.stringify(line);
}

/** `1 message`, `4 travellers`, `12,034 list entries`. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export class ScreenCommand implements CliCommand {
  async run(args: string[], io: CliIo): Promise<number> {
    const options = parseScreenArguments(args);
    if (options.fields) {
      io.stdout.write(`${describeFieldCatalogue()}\n`);
      return 0;
    }
    // Everything that would make the whole run useless is checked before anything is printed.
    for (const file of options.files) checkInputFile(file, `message file ${file}`);
    if (options.rules !== undefined) checkInputFile(options.rules, `rules file ${options.rules}`);
    const rules = options.rules === undefined ? undefined : loadRules(options.rules);
    const versions = options.lists.map((spec) => loadWatchlist(spec));
    const index =
      versions.length > 0
        ? new WatchlistIndex(versions, { threshold: options.threshold })
        : undefined;

    let failures = 0;
    const fail = (text: string): void => {
      failures += 1;
      io.stderr.write(errorLine(text));
    };
    const screened = { files: 0, messages: 0, travellers: 0, hits: 0 };
    for (const file of options.files) {
      let messages: NormalisedMessage[];
      try {
        const result = parseMessage(readInputFile(file, `message file ${file}`));
        if (result.messages.length === 0) {
          fail(`${file}: ${result.error?.message ?? 'no message found'}`);
          continue;
        }
        messages = result.messages;
        screened.files += 1;
      } catch (error) {
        fail(`${file}: ${(error as Error).message}`);
        continue;
      }
      for (const message of messages) {
        if (message.error) {
          fail(`${file}: message ${message.messageIndex}: ${message.error.message}`);
          if (message.travellers.length === 0) continue;
        }
        const result = screen(message, index, rules, { threshold: options.threshold });
        screened.messages += 1;
        screened.travellers += message.travellers.length;
        screened.hits += result.hits.length;
        for (const hit of result.hits) io.stdout.write(`${hitLine(file, message, hit)}\n`);
        for (const [ruleId, left] of Object.entries(result.suppressedRuleHits)) {
          io.stderr.write(
            `note: ${printable(`${file}: message ${message.messageIndex}: rule ${ruleId} reached its maximum; ${left} more hit(s) not reported`)}\n`,
          );
        }
      }
    }
    // Standard output stays the hits alone; this line says what "no output" was based on.
    const entries = versions.reduce((sum, version) => sum + version.entries.length, 0);
    const against = [
      ...(index ? [count(entries, 'list entry', 'list entries')] : []),
      ...(rules ? [count(rules.rules.length, 'rule')] : []),
    ];
    io.stderr.write(
      `note: screened ${count(screened.messages, 'message')} (${count(screened.travellers, 'traveller')}) ` +
        `from ${count(screened.files, 'file')} against ${against.join(' and ')}: ` +
        `${count(screened.hits, 'hit')}\n`,
    );
    return failures > 0 ? EXIT_BAD_INPUT : EXIT_OK;
  }
}
