import { statSync } from 'node:fs';

import { describeFileProblem } from '../file-access';
import { loadDocumentList } from './document-list-importer';
import { loadNationalList } from './national-list-importer';
import { loadOfacFolder } from './ofac-importer';
import { loadUnList } from './un-list-importer';
import type { WatchlistKind, WatchlistVersion } from './watchlist-entry';
import { WatchlistError } from './watchlist-error';

/** What each list kind reads: a file or a folder. */
const LOADERS: Record<
  WatchlistKind,
  { needs: 'file' | 'folder'; load(path: string): WatchlistVersion }
> = {
  un: { needs: 'file', load: loadUnList },
  ofac: { needs: 'folder', load: loadOfacFolder },
  csv: { needs: 'file', load: (path) => loadNationalList(path) },
  documents: { needs: 'file', load: loadDocumentList },
};

/** Splits `kind:PATH`; the path may itself hold colons (Windows drives, odd names). */
export function parseWatchlistSpec(spec: string): { kind: WatchlistKind; path: string } {
  const colon = spec.indexOf(':');
  if (colon <= 0 || colon === spec.length - 1) {
    throw new WatchlistError(
      `bad list '${spec}': expected KIND:PATH with KIND one of ${Object.keys(LOADERS).join(', ')}`,
    );
  }
  const kind = spec.slice(0, colon);
  if (!(kind in LOADERS)) {
    throw new WatchlistError(
      `unknown list kind '${kind}' in '${spec}' (expected one of ${Object.keys(LOADERS).join(', ')})`,
    );
  }
  return { kind: kind as WatchlistKind, path: spec.slice(colon + 1) };
}

/**
 * Loads one list from a CLI-style spec: `un:FILE` (UN Consolidated List XML), `ofac:DIR`
 * (sdn.csv plus alt.csv and add.csv when present), `csv:FILE` (national list template),
 * `documents:FILE` (lost/stolen travel documents). Unknown kind, missing file or folder and
 * malformed XML/CSV throw a WatchlistError with a one-line message; the CLI prints it as
 * `error: …` and exits with code 2.
 */
export function loadWatchlist(spec: string): WatchlistVersion {
  const { kind, path } = parseWatchlistSpec(spec);
  const loader = LOADERS[kind];
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WatchlistError(
      code === 'ENOENT'
        ? `${kind} list: ${loader.needs} not found: ${path}`
        : `${kind} list: ${path}: ${describeFileProblem(code)}`,
    );
  }
  if (isFolder !== (loader.needs === 'folder')) {
    throw new WatchlistError(
      `${kind} list: expected a ${loader.needs}, got a ${isFolder ? 'folder' : 'file'}: ${path}`,
    );
  }
  return loader.load(path);
}
