import type { CliCommand, CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { parseOptions } from '../../cli/parse-options';
import { loadWatchlist } from '../watchlists/load-watchlist';

/**
 * `lists KIND:PATH … [--entries]`: loads each list the way `screen` and `match` do and prints
 * one JSON line per list: kind, source, the list's own date, counts per entry kind and of
 * aliases, the load time, and every skipped row with its reason. With `--entries`, prints every
 * imported entry as one JSON line instead, to see exactly what the importer read. A PIU checks
 * a national list with it before screening against it.
 */
export class ListsCommand implements CliCommand {
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals: specs } = parseOptions(
      args,
      { entries: { type: 'boolean' } },
      { positionals: true },
    );
    if (specs.length === 0)
      throw new CliError('no list given: KIND:PATH (un, ofac, csv, documents)');
    for (const spec of specs) {
      const start = performance.now();
      const version = loadWatchlist(spec);
      const loadMs = Math.round(performance.now() - start);
      if (values.entries) {
        for (const entry of version.entries) io.stdout.write(`${JSON.stringify(entry)}\n`);
        continue;
      }
      const summary = {
        list: version.kind,
        source: version.source,
        generatedAt: version.generatedAt ?? null,
        entries: version.entries.length,
        counts: version.counts,
        loadMs,
        skipped: version.skipped.length,
        skippedRows: version.skipped,
      };
      io.stdout.write(`${JSON.stringify(summary)}\n`);
    }
    return 0;
  }
}
