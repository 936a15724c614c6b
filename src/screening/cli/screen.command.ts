import { readFileSync, statSync } from 'node:fs';
import type { CliCommand, CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { screen } from '../engine/screen';
import type { ScreeningHit } from '../engine/screening-hit';
import { WatchlistIndex } from '../matching/watchlist-index';
import type { NormalisedMessage } from '../model';
import { parseMessage } from '../parse-message';
import { describeFieldCatalogue } from '../rules/field-catalogue';
import { loadRules } from '../rules/rule-loader';
import type { RuleSet } from '../rules/rule-types';
import { loadWatchlist } from '../watchlists/load-watchlist';
import type { WatchlistVersion } from '../watchlists/watchlist-entry';

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
 */

export interface ScreenArguments {
  /** `--fields`: print the rule field catalogue instead of screening. */
  fields?: boolean;
  lists: string[];
  rules?: string;
  threshold?: number;
  files: string[];
}

function optionValue(args: string[], position: number, name: string): string {
  const value = args[position + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`${name} needs a value`);
  return value;
}

export function parseScreenArguments(args: string[]): ScreenArguments {
  const parsed: ScreenArguments = { lists: [], files: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = optionValue(args, i, flag);
      i += 1;
      return next;
    };
    switch (flag) {
      case '--list':
        parsed.lists.push(value());
        break;
      case '--fields':
        parsed.fields = true;
        break;
      case '--rules':
        if (parsed.rules !== undefined) throw new CliError('--rules given twice');
        parsed.rules = value();
        break;
      case '--threshold': {
        const text = value();
        const threshold = Number(text);
        if (text.trim() === '' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
          throw new CliError(`--threshold must be a number between 0 and 1, got '${text}'`);
        }
        parsed.threshold = threshold;
        break;
      }
      default:
        if (flag.startsWith('--')) throw new CliError(`unknown option '${flag}'`);
        parsed.files.push(arg);
    }
  }
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

function readable(path: string, what: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new CliError(`${what} not found: ${path}`);
  }
  if (!isFile) throw new CliError(`${what} is not a file: ${path}`);
}

function loadLists(specs: string[]): WatchlistVersion[] {
  return specs.map((spec) => {
    try {
      return loadWatchlist(spec);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  });
}

function loadRuleSet(path: string | undefined): RuleSet | undefined {
  if (path === undefined) return undefined;
  readable(path, 'rules file');
  try {
    return loadRules(path);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

export class ScreenCommand implements CliCommand {
  async run(args: string[], io: CliIo): Promise<number> {
    const options = parseScreenArguments(args);
    if (options.fields) {
      io.stdout.write(`${describeFieldCatalogue()}\n`);
      return 0;
    }
    // Everything that would make the whole run useless is checked before anything is printed.
    for (const file of options.files) readable(file, 'message file');
    const rules = loadRuleSet(options.rules);
    const versions = loadLists(options.lists);
    const index =
      versions.length > 0
        ? new WatchlistIndex(versions, { threshold: options.threshold })
        : undefined;

    let failures = 0;
    const fail = (text: string): void => {
      failures += 1;
      io.stderr.write(`error: ${text.split('\n')[0]}\n`);
    };
    for (const file of options.files) {
      let messages: NormalisedMessage[];
      try {
        const result = parseMessage(readFileSync(file));
        if (result.messages.length === 0) {
          fail(`${file}: ${result.error?.message ?? 'no message found'}`);
          continue;
        }
        messages = result.messages;
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
        for (const hit of result.hits) io.stdout.write(`${hitLine(file, message, hit)}\n`);
        for (const [ruleId, count] of Object.entries(result.suppressedRuleHits)) {
          io.stderr.write(
            `note: ${file}: message ${message.messageIndex}: rule ${ruleId} reached its maximum; ${count} more hit(s) not reported\n`,
          );
        }
      }
    }
    return failures > 0 ? 2 : 0;
  }
}
