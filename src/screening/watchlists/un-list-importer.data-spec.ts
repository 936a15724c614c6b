import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { sharedDataPath } from '../cli/evaluation/shared-data';
import { loadUnList } from './un-list-importer';
import type { WatchlistEntry } from './watchlist-entry';

/**
 * The real UN Security Council Consolidated List (2026-02-27) in the shared data folder; the
 * checksum and counts are those its SOURCES.md records for that file.
 */
describe('UN Consolidated List, real file', () => {
  const path = sharedDataPath('watchlists', 'un', 'consolidated.xml');
  const version = loadUnList(path);
  const individuals = version.entries.filter((entry) => entry.kind === 'individual');
  const entities = version.entries.filter((entry) => entry.kind === 'entity');
  const entry = (id: string): WatchlistEntry =>
    version.entries.find((candidate) => candidate.id === id)!;
  const xml = readFileSync(path, 'utf8');

  it('is the file SOURCES.md describes', () => {
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(
      '66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf',
    );
    expect(version.generatedAt).toBe('2026-02-27T00:00:09.554Z');
  });

  it('imports 730 individuals and 273 entities and skips nothing', () => {
    expect(individuals.length).toBe(730);
    expect(entities.length).toBe(273);
    expect(version.counts.individual).toBe(730);
    expect(version.counts.entity).toBe(273);
    expect(version.skipped).toEqual([]);
    expect(new Set(version.entries.map((e) => e.id)).size).toBe(1003);
  });

  it('reads every alias field: 2,139 individual (1,524 Good / 615 Low) and 613 entity aliases', () => {
    // Source fields with a name, counted in the XML text as SOURCES.md does.
    const fields = (tag: string, quality: string) =>
      (
        xml.match(
          new RegExp(`<${tag}>\\s*<QUALITY>${quality}</QUALITY>\\s*<ALIAS_NAME>[^<]`, 'g'),
        ) ?? []
      ).length;
    expect(fields('INDIVIDUAL_ALIAS', 'Good')).toBe(1524);
    expect(fields('INDIVIDUAL_ALIAS', 'Low')).toBe(615);
    expect(fields('ENTITY_ALIAS', 'a\\.k\\.a\\.') + fields('ENTITY_ALIAS', 'f\\.k\\.a\\.')).toBe(
      613,
    );
    // Fields holding several spellings ("A; B", "Latin (Arabic)") give several names; exact
    // repeats of a name already on the entry are dropped.
    const aliasNames = (list: WatchlistEntry[], quality: string) =>
      list.reduce((sum, e) => sum + e.names.filter((n) => n.quality === quality).length, 0);
    expect(aliasNames(individuals, 'good')).toBe(1570);
    expect(aliasNames(individuals, 'low')).toBe(628);
    // Entities: 653 names from alias fields, 127 more from primary names that hold an
    // acronym or a second name ("FORCES … DU RWANDA (FDLR)" → also "FDLR").
    expect(aliasNames(entities, 'good') + aliasNames(entities, 'former')).toBe(780);
    expect(version.counts.aliases).toBe(1570 + 628 + 780);
  });

  it('reads dates of birth, nationalities, documents and original-script names', () => {
    expect(individuals.filter((e) => e.datesOfBirth.length > 0).length).toBe(677);
    // SOURCES.md counts 625 with a NATIONALITY value; one of them is the literal "na".
    expect(individuals.filter((e) => e.nationalities.length > 0).length).toBe(624);
    expect(individuals.filter((e) => e.documents.length > 0).length).toBe(272);
    expect(individuals.reduce((sum, e) => sum + e.documents.length, 0)).toBe(454);
    const originalPrimary = individuals.filter((e) =>
      e.names.some((n) => n.quality === 'primary' && n.originalScript),
    );
    expect(originalPrimary.length).toBe(336);
    const forms = { exact: 0, year: 0, approximate: 0, range: 0 };
    for (const e of individuals) {
      for (const date of e.datesOfBirth) {
        if (date.kind === 'year' && date.approximate) forms.approximate += 1;
        else forms[date.kind] += 1;
      }
    }
    // EXACT DATE 454, EXACT YEAR 262, APPROXIMATELY YEAR 116, BETWEEN 31 in the records, plus
    // the alias dates that differ from them (cross-checked with Python's xml.etree).
    expect(forms).toEqual({ exact: 478, year: 263, approximate: 116, range: 31 });
  });

  it('counts entries per regime', () => {
    const regimes: Record<string, number> = {};
    for (const e of version.entries) regimes[e.programmes[0]] = (regimes[e.programmes[0]] ?? 0) + 1;
    expect(regimes).toEqual({
      'Al-Qaida': 341,
      DPRK: 155,
      Taliban: 140,
      Iran: 121,
      Iraq: 75,
      DRC: 53,
      Libya: 30,
      Somalia: 24,
      CAR: 15,
      Haiti: 11,
      Yemen: 11,
      GB: 10,
      Sudan: 9,
      SouthSudan: 8,
    });
  });

  it('reads real entries field by field', () => {
    const zawahiri = entry('un:QDi.006');
    expect(zawahiri.names.slice(0, 3)).toEqual([
      {
        full: 'AIMAN MUHAMMED RABI AL-ZAWAHIRI',
        quality: 'primary',
        given: ['AIMAN', 'MUHAMMED', 'RABI'],
        family: 'AL-ZAWAHIRI',
      },
      { full: 'أيمن محمد ربيع الظواهري', quality: 'primary', originalScript: true },
      { full: 'Ayman Al-Zawahari', quality: 'good' },
    ]);
    expect(zawahiri.names.filter((n) => n.quality === 'low').map((n) => n.full)).toEqual([
      'Abu Fatma',
      'Abu Mohammed',
    ]);
    expect(zawahiri).toMatchObject({
      datesOfBirth: [{ kind: 'exact', date: '1951-06-19' }],
      nationalities: ['EGY'],
      documents: [
        { number: '1084010', type: 'Passport', issuingCountry: 'EGY' },
        { number: '19820215', type: 'Passport' },
      ],
      programmes: ['Al-Qaida'],
      listedOn: '2001-01-25',
    });

    const kim = entry('un:KPi.035');
    expect(kim.names).toEqual([
      { full: 'KIM CHOL SAM', quality: 'primary', family: 'KIM', given: ['CHOL SAM'] },
      { full: 'Jin Tiesan', quality: 'good' },
      { full: '金铁三', quality: 'good', originalScript: true },
    ]);
    expect(kim).toMatchObject({
      datesOfBirth: [{ kind: 'exact', date: '1971-03-11' }],
      nationalities: ['PRK'],
      documents: [{ number: '645120378', type: 'Passport', issuingCountry: 'PRK' }],
      programmes: ['DPRK'],
      listedOn: '2016-11-30',
    });

    const hanafi = entry('un:TAi.027');
    expect(hanafi.datesOfBirth).toEqual([{ kind: 'year', year: 1968, approximate: true }]);
    expect(hanafi.placesOfBirth).toEqual([
      'Darzab District, Faryab Province, Afghanistan',
      'Qush Tepa District, Jawzjan Province, Afghanistan',
    ]);
    expect(entry('un:CDi.020').gender).toBe('M');
    expect(entry('un:QDe.001').names.map((n) => n.full)).toEqual([
      'ABU SAYYAF GROUP',
      'Al Harakat Al Islamiyya',
    ]);
  });

  it('maps every issuing country of a document to ISO alpha-3', () => {
    const withCountry = [
      ...xml.matchAll(/<INDIVIDUAL_DOCUMENT>([\s\S]*?)<\/INDIVIDUAL_DOCUMENT>/g),
    ].filter(
      (m) => /<NUMBER>[^<]/.test(m[1]) && /<(ISSUING_COUNTRY|COUNTRY_OF_ISSUE)>[^<]/.test(m[1]),
    ).length;
    const documents = individuals.flatMap((e) => e.documents);
    expect(documents.filter((d) => d.issuingCountry !== undefined).length).toBe(withCountry);
    expect(withCountry).toBe(295);
  });

  it('maps every UN nationality spelling to ISO alpha-3 except the two that name no country', () => {
    const values = [...xml.matchAll(/<NATIONALITY>([\s\S]*?)<\/NATIONALITY>/g)].flatMap((m) =>
      [...m[1].matchAll(/<VALUE>([^<]*)<\/VALUE>/g)].map((v) => v[1]),
    );
    const codes = new Set(individuals.flatMap((e) => e.nationalities));
    expect(codes.has('IRN') && codes.has('PRK') && codes.has('SYR') && codes.has('GBR')).toBe(true);
    const total = individuals.reduce((sum, e) => sum + e.nationalities.length, 0);
    // 'former Soviet Union' and 'na' name no current country.
    expect(total).toBe(values.length - 2);
  });
});
