import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sharedDataPath } from './shared-data';

/**
 * The OFAC set the bench and the evaluation screen against: the newest sdn.csv that could be
 * had (2024-07-02, primary names) joined with the 2025-01-06 alt.csv and add.csv (the alias
 * table for that date was not available). Makes a temporary folder of symbolic links, so
 * nothing is copied, and returns its path for `ofac:DIR`; the folder is removed when the
 * process exits. Aliases (and addresses) of entries designated after 2024-07-02 have no entry
 * in that sdn.csv: the importer skips them and counts them in its report (1,109 aliases).
 */
export function joinOfacForBench(): string {
  const sdn = sharedDataPath('watchlists', 'ofac', '2024-07-02', 'sdn.csv');
  const alt = sharedDataPath('watchlists', 'ofac', '2025-01-06-aliases-addresses', 'alt.csv');
  const add = sharedDataPath('watchlists', 'ofac', '2025-01-06-aliases-addresses', 'add.csv');
  const path = mkdtempSync(join(tmpdir(), 'ofac-join-'));
  process.once('exit', () => rmSync(path, { recursive: true, force: true }));
  symlinkSync(sdn, join(path, 'sdn.csv'));
  symlinkSync(alt, join(path, 'alt.csv'));
  symlinkSync(add, join(path, 'add.csv'));
  return path;
}
