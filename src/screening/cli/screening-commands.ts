import type { CliCommandEntry } from '../../cli/cli-command';

/** The screening engine's commands. They never open the database. */
export const screeningCommands: CliCommandEntry[] = [
  {
    name: 'parse',
    summary: 'parse a PAXLST/PNRGOV message file and print the normalised message(s) as JSON',
    usage: 'parse FILE [--strict]',
    load: async () => new (await import('./parse.command')).ParseCommand(),
  },
  {
    name: 'match',
    summary: 'best watchlist candidate per query record (CSV in, CSV out)',
    usage: 'match --list KIND:PATH … --input FILE.csv [--threshold T]',
    load: async () => new (await import('./match.command')).MatchCommand(),
  },
  {
    name: 'name-score',
    summary: 'score name pairs (CSV name1,name2 in, name1,name2,score,alert out)',
    usage: 'name-score --pairs FILE.csv [--threshold T]',
    load: async () => new (await import('./name-score.command')).NameScoreCommand(),
  },
  {
    name: 'lists',
    summary: 'load watchlists and print their counts and skipped rows (JSON lines)',
    usage: 'lists KIND:PATH … [--entries]',
    load: async () => new (await import('./lists.command')).ListsCommand(),
  },
  {
    name: 'screen',
    summary: 'screen message files against watchlists and targeting rules (one JSON line per hit)',
    usage: 'screen --list KIND:PATH … [--rules FILE] [--threshold T] FILE… | screen --fields',
    load: async () => new (await import('./screen.command')).ScreenCommand(),
  },
];
