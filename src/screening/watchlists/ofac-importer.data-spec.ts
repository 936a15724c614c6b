import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { joinOfacForBench } from '../cli/evaluation/ofac-join';
import { sharedDataPath } from '../cli/evaluation/shared-data';
import { readCsvFile } from './csv-reader';
import { loadOfacFolder } from './ofac-importer';
import type { WatchlistEntry, WatchlistVersion } from './watchlist-entry';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const byId = (version: WatchlistVersion, id: string): WatchlistEntry =>
  version.entries.find((entry) => entry.id === id)!;

/**
 * The real OFAC legacy CSV sets in the shared data folder; the checksums and counts are those
 * its SOURCES.md records for each set.
 */
describe('OFAC 2021-07-07 complete set (sdn + alt + add + comments)', () => {
  const folder = sharedDataPath('watchlists', 'ofac', '2021-07-07');
  const version = loadOfacFolder(folder);

  it('is the set SOURCES.md describes', () => {
    expect(sha256(join(folder, 'sdn.csv')).slice(0, 8)).toBe('2a08fac8');
    expect(sha256(join(folder, 'alt.csv')).slice(0, 8)).toBe('82403d34');
  });

  it('imports 8,976 rows: 4,620 individuals, 3,673 entities, 406 vessels, 277 aircraft; skips nothing', () => {
    expect(version.entries.length).toBe(8976);
    expect(version.counts).toMatchObject({
      individual: 4620,
      entity: 3673,
      vessel: 406,
      aircraft: 277,
    });
    expect(version.skipped).toEqual([]);
  });

  it('joins all 11,910 alt.csv aliases (11,523 aka / 369 fka / 18 nka) to their entries', () => {
    const alt = readCsvFile(join(folder, 'alt.csv'));
    expect(alt.length).toBe(11910);
    const types: Record<string, number> = {};
    for (const row of alt) {
      types[row[2]] = (types[row[2]] ?? 0) + 1;
      const entry = byId(version, `ofac:${row[0]}`);
      expect(
        entry.names.some((name) => name.full.toLowerCase() === row[3].trim().toLowerCase()),
      ).toBe(true);
    }
    expect(types).toEqual({ aka: 11523, fka: 369, nka: 18 });
    // alt.csv repeats most inline a.k.a.s of the remarks; together, without repeats:
    expect(version.counts.aliases).toBe(14345);
    const former = version.entries.reduce(
      (n, e) => n + e.names.filter((x) => x.quality === 'former').length,
      0,
    );
    expect(former).toBeGreaterThanOrEqual(369);
  });

  it('parses the remarks of individuals', () => {
    const individuals = version.entries.filter((e) => e.kind === 'individual');
    expect(individuals.filter((e) => e.datesOfBirth.length > 0).length).toBe(4428);
    expect(individuals.filter((e) => e.documents.length > 0).length).toBe(2258);
    expect(individuals.filter((e) => e.nationalities.length > 0).length).toBe(2546);
    // Every individual whose remarks state a DOB, or a nationality, has it parsed.
    const stated = (e: WatchlistEntry) => /(^|; )(nationality|citizen) /.test(e.remarks ?? '');
    expect(individuals.filter((e) => stated(e) && e.nationalities.length === 0)).toEqual([]);
    expect(
      individuals.filter((e) => /\bDOB\b/.test(e.remarks ?? '') && e.datesOfBirth.length === 0),
    ).toEqual([]);
  });
});

describe('OFAC 2024-07-02 sdn.csv alone, and joined with the 2025-01-06 alt/add', () => {
  const sdnOnly = loadOfacFolder(
    join(sharedDataPath('watchlists', 'ofac', '2024-07-02', 'sdn.csv'), '..'),
  );
  const joined = loadOfacFolder(joinOfacForBench());

  it('imports 15,443 rows: 6,927 individuals, 7,270 entities, 872 vessels, 374 aircraft', () => {
    expect(sha256(join(sdnOnly.source, 'sdn.csv')).slice(0, 8)).toBe('fb6a6ff6');
    expect(sdnOnly.entries.length).toBe(15443);
    expect(sdnOnly.counts).toMatchObject({
      individual: 6927,
      entity: 7270,
      vessel: 872,
      aircraft: 374,
    });
    expect(sdnOnly.skipped).toEqual([]);
  });

  it('skips and counts the 1,109 of 19,486 aliases whose entry is not in the 2024-07-02 sdn.csv', () => {
    const missingAliases = joined.skipped.filter((row) =>
      /^alt\.csv row \d+: ent_num \d+ is not in sdn\.csv$/.test(row.reason),
    );
    expect(missingAliases.length).toBe(19486 - 18377);
    const missingAddresses = joined.skipped.filter((row) => row.reason.startsWith('add.csv'));
    expect(missingAddresses.length).toBe(1852);
    expect(joined.skipped.length).toBe(1109 + 1852);
    expect(joined.entries.length).toBe(15443);
    expect(joined.counts.aliases).toBe(22158);
  });

  it('parses dates of birth and nationalities of the 2024-07-02 individuals', () => {
    const individuals = joined.entries.filter((e) => e.kind === 'individual');
    expect(individuals.filter((e) => e.datesOfBirth.length > 0).length).toBe(6809);
    expect(individuals.filter((e) => e.nationalities.length > 0).length).toBe(5260);
    expect(individuals.filter((e) => e.gender !== undefined).length).toBe(4352);
    expect(individuals.filter((e) => e.documents.length > 0).length).toBe(3014);
  });

  it('reads real entries field by field', () => {
    expect(byId(joined, 'ofac:12171')).toMatchObject({
      kind: 'individual',
      names: [
        {
          full: 'OLVERA ESTRADA, Rodolfo',
          quality: 'primary',
          family: 'OLVERA ESTRADA',
          given: ['Rodolfo'],
        },
      ],
      datesOfBirth: [{ kind: 'exact', date: '1962-02-17' }],
      placesOfBirth: ['Real del Castillo, Ensenada, Baja California Norte'],
      nationalities: ['MEX'],
      documents: [{ type: 'C.U.R.P.', number: 'OEER620217HBCLSD08', issuingCountry: 'MEX' }],
      programmes: ['SDNTK'],
    });
    const castellanos = byId(joined, 'ofac:8150');
    expect(castellanos).toMatchObject({
      datesOfBirth: [{ kind: 'exact', date: '1965-03-20' }],
      nationalities: ['COL'],
      gender: 'M',
      documents: [{ type: 'Cedula No.', number: '17353695', issuingCountry: 'COL' }],
      programmes: ['SDGT'],
    });
    expect(castellanos.names.slice(0, 3)).toEqual([
      {
        full: 'CASTELLANOS GARZON, Henry',
        quality: 'primary',
        family: 'CASTELLANOS GARZON',
        given: ['Henry'],
      },
      { full: 'ROMANA, Edison', quality: 'good', family: 'ROMANA', given: ['Edison'] },
      { full: 'ROMANA', quality: 'good' },
    ]);
    expect(byId(joined, 'ofac:6635')).toMatchObject({
      names: [{ full: 'OMAR, Mohammed', quality: 'primary', family: 'OMAR', given: ['Mohammed'] }],
      datesOfBirth: [{ kind: 'year', year: 1950 }],
      title: "Commander of the Faithful ('Amir al-Munineen')",
    });
    expect(byId(joined, 'ofac:4243')).toMatchObject({
      kind: 'vessel',
      vessel: {
        type: 'General Cargo',
        tonnage: '2595',
        grossRegisteredTonnage: '1865',
        flag: 'PAN',
      },
      documents: [{ type: 'Vessel Registration Identification', number: 'IMO 7406784' }],
    });
  });
});
