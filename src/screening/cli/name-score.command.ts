import type { CliCommand, CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { parseOptions } from '../../cli/parse-options';
import { DEFAULT_ALERT_THRESHOLD } from '../matching/match-thresholds';
import { curatedVariants, scoreNames } from '../matching/name-matcher';
import { csvField } from '../matching/query-records';
import { readCsvFile } from '../watchlists/csv-reader';
import { parseThreshold } from './threshold-option';

/** Parses `--pairs FILE.csv [--threshold T]`. */
export function parseNameScoreArguments(args: readonly string[]): {
  pairs: string;
  threshold: number;
} {
  const { values } = parseOptions(args, {
    pairs: { type: 'string' },
    threshold: { type: 'string' },
  });
  if (values.pairs === undefined) throw new CliError('no pairs given: --pairs FILE.csv');
  return {
    pairs: values.pairs,
    threshold:
      values.threshold === undefined ? DEFAULT_ALERT_THRESHOLD : parseThreshold(values.threshold),
  };
}

/**
 * `name-score --pairs FILE.csv [--threshold T]`: scores each `name1,name2` row (other columns
 * are ignored) and prints `name1,name2,score,alert`, alert meaning the score reaches the
 * threshold. Names only: no list, so spelling variants come from the curated table.
 */
export class NameScoreCommand implements CliCommand {
  run(args: string[], io: CliIo): Promise<number> {
    const { pairs, threshold } = parseNameScoreArguments(args);
    const rows = readCsvFile(pairs, `pairs ${pairs}`);
    const header = (rows[0] ?? []).map((column) => column.trim().toLowerCase());
    const first = header.indexOf('name1');
    const second = header.indexOf('name2');
    if (first < 0 || second < 0) {
      throw new CliError(`pairs ${pairs}: header must have name1 and name2 columns`);
    }
    const variants = curatedVariants();
    const lines = ['name1,name2,score,alert'];
    for (const row of rows.slice(1)) {
      const name1 = row[first] ?? '';
      const name2 = row[second] ?? '';
      const score = Math.round(scoreNames(name1, name2, variants).score * 10000) / 10000;
      lines.push(`${csvField(name1)},${csvField(name2)},${score.toFixed(4)},${score >= threshold}`);
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return Promise.resolve(0);
  }
}
