import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from '../../cli/cli-command';
import { withApplication } from '../../cli/cli-application';
import { CliError } from '../../cli/cli-error';
import { isSearchKind, SEARCH_KINDS, type SearchKind } from '../search-kind';
import { SearchReindexer } from '../search-reindexer';
import { SearchSources } from '../search-sources';
import { SearchModule } from '../search.module';

/** search:reindex [--kind K]…: rebuilds the search index from every module's documents. */
export class SearchReindexCommand implements CliCommand {
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({ args, options: { kind: { type: 'string', multiple: true } } });
    const kinds = values.kind ?? [];
    const unknown = kinds.filter((kind) => !isSearchKind(kind));
    if (unknown.length > 0)
      throw new CliError(`unknown kind ${unknown.join(', ')} (one of ${SEARCH_KINDS.join(', ')})`);
    return withApplication(
      async (app) => {
        const registered = app
          .get(SearchSources)
          .all()
          .map((source) => source.kind);
        const missing = kinds.filter((kind) => !registered.includes(kind as SearchKind));
        if (missing.length > 0)
          throw new CliError(
            `no module lists ${missing.join(', ')} documents yet (indexed: ${registered.join(', ')})`,
          );
        const counts = await app.get(SearchReindexer).reindex(kinds as SearchKind[]);
        for (const [kind, count] of counts) io.stdout.write(`${kind}\t${count}\n`);
        return 0;
      },
      [SearchModule],
    );
  }
}
