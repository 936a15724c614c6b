import type { CliCommand, CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { parseOptions } from '../../cli/parse-options';
import { csvField, readQueryRecords } from '../matching/query-records';
import { WatchlistIndex } from '../matching/watchlist-index';
import { loadWatchlist } from '../watchlists/load-watchlist';
import { parseThreshold } from './threshold-option';

export interface MatchArguments {
  lists: string[];
  input: string;
  threshold?: number;
}

/** Parses `--list SPEC … --input FILE.csv [--threshold T]` (also `--name=value`). */
export function parseMatchArguments(args: readonly string[]): MatchArguments {
  const { values } = parseOptions(args, {
    list: { type: 'string', multiple: true },
    input: { type: 'string', multiple: true },
    threshold: { type: 'string' },
  });
  const lists = values.list ?? [];
  if (lists.length === 0)
    throw new CliError('no list given: --list KIND:PATH (un, ofac, csv, documents)');
  const [input, second] = values.input ?? [];
  if (input === undefined) throw new CliError('no input given: --input FILE.csv');
  if (second !== undefined) throw new CliError('--input given twice');
  return values.threshold === undefined
    ? { lists, input }
    : { lists, input, threshold: parseThreshold(values.threshold) };
}

/**
 * `match --list SPEC … --input FILE.csv [--threshold T]`: screens each query record against the
 * lists and prints `row,entry_id,entry_name,score,alert`, one line per input row (numbered from
 * 1) with its best candidate even below the threshold; the candidate columns are empty only when
 * the index found no candidate at all.
 */
export class MatchCommand implements CliCommand {
  run(args: string[], io: CliIo): Promise<number> {
    const { lists, input, threshold } = parseMatchArguments(args);
    const versions = lists.map((spec) => loadWatchlist(spec));
    const subjects = readQueryRecords(input);
    const index = new WatchlistIndex(versions, threshold === undefined ? {} : { threshold });
    const lines = ['row,entry_id,entry_name,score,alert'];
    subjects.forEach((subject, position) => {
      const [best] = index.match(subject, { limit: 1, explain: false });
      if (!best) {
        lines.push(`${position + 1},,,,`);
        return;
      }
      const name = best.entry.names[0]?.full ?? '';
      lines.push(
        `${position + 1},${csvField(best.entry.id)},${csvField(name)},${best.score.toFixed(4)},${best.alert}`,
      );
      // Large inputs: hand the text over in slices rather than one huge string.
      if (lines.length >= 5000) io.stdout.write(`${lines.splice(0).join('\n')}\n`);
    });
    if (lines.length > 0) io.stdout.write(`${lines.join('\n')}\n`);
    return Promise.resolve(0);
  }
}
