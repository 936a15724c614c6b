import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { countryToAlpha3 } from './country-code';
import { readCsvFile } from './csv-reader';
import { invertedName } from './name-text';
import { parseOfacRemarks } from './ofac-remarks';
import type {
  EntryKind,
  EntryName,
  NameQuality,
  SkippedRow,
  WatchlistEntry,
  WatchlistVersion,
} from './watchlist-entry';
import { WatchlistError } from './watchlist-error';
import { addBirthDate, addEntryName, addUnique, buildVersion } from './watchlist-version';

/**
 * Importer for OFAC's SDN list in its legacy CSV set, read from one folder:
 * - `sdn.csv` (required): ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,
 *   Tonnage, GRT, Vess_flag, Vess_owner, Remarks;
 * - `alt.csv`: ent_num, alt_num, alt_type (aka/fka/nka), alt_name, alt_remarks;
 * - `add.csv`: ent_num, add_num, address, city/state/zip, country, add_remarks;
 * - `sdn_comments.csv`: ent_num, the rest of a Remarks text cut off in sdn.csv.
 * No header rows; `-0-` means empty. Entry ids are `ofac:` + ent_num. Individuals are written
 * "LAST, First", split into family and given names. Dates of birth, places of birth,
 * nationality, gender, identity documents and inline `a.k.a. 'X'` aliases come from Remarks.
 * Rows of alt.csv, add.csv and sdn_comments.csv whose ent_num is not in sdn.csv (the files come
 * from different days) are skipped and listed in the report.
 */

const SDN_COLUMNS = 12;

const TYPES: Record<string, EntryKind> = {
  individual: 'individual',
  '': 'entity',
  vessel: 'vessel',
  aircraft: 'aircraft',
};

const ALT_QUALITY: Record<string, NameQuality> = { aka: 'good', nka: 'good', fka: 'former' };

/** A legacy-CSV cell: trimmed, with OFAC's `-0-` placeholder read as empty. */
function cell(row: string[], index: number): string {
  const value = (row[index] ?? '').trim();
  return value === '-0-' ? '' : value;
}

function entryName(text: string, quality: NameQuality, individual: boolean): EntryName {
  const name: EntryName = { full: text, quality };
  if (individual) {
    const parts = invertedName(text);
    if (parts) {
      name.family = parts.family;
      name.given = parts.given;
    }
  }
  return name;
}

/** Adds what the Remarks say to the entry (remarks completed from sdn_comments.csv first). */
function applyRemarks(entry: WatchlistEntry, remarks: string): void {
  if (remarks === '') return;
  entry.remarks = remarks;
  const parsed = parseOfacRemarks(remarks);
  for (const date of parsed.datesOfBirth) addBirthDate(entry.datesOfBirth, date);
  for (const country of parsed.nationalities) addUnique(entry.nationalities, country);
  if (parsed.placesOfBirth.length > 0) entry.placesOfBirth = parsed.placesOfBirth;
  if (parsed.gender) entry.gender = parsed.gender;
  entry.documents.push(...parsed.documents);
  for (const alias of parsed.aliases) {
    addEntryName(entry, entryName(alias.name, alias.quality, entry.kind === 'individual'));
  }
}

function sdnEntry(row: string[]): WatchlistEntry | string {
  if (row.length !== SDN_COLUMNS) return `${row.length} columns, expected ${SDN_COLUMNS}`;
  const sourceId = cell(row, 0);
  if (!/^\d+$/.test(sourceId)) return `ent_num '${sourceId}' is not a number`;
  const name = cell(row, 1);
  if (name === '') return `ent_num ${sourceId}: empty SDN_Name`;
  const type = cell(row, 2).toLowerCase();
  const kind = TYPES[type];
  if (!kind) return `ent_num ${sourceId}: unknown SDN_Type '${type}'`;
  const entry: WatchlistEntry = {
    id: `ofac:${sourceId}`,
    list: 'ofac',
    sourceId,
    kind,
    names: [entryName(name, 'primary', kind === 'individual')],
    datesOfBirth: [],
    nationalities: [],
    documents: [],
    // Several programmes are written "SDGT] [IRGC".
    programmes: cell(row, 3)
      .split(/\]\s*\[/)
      .map((programme) => programme.replace(/[[\]]/g, '').trim())
      .filter((programme) => programme !== ''),
  };
  if (kind === 'vessel') {
    const vessel = {
      callSign: cell(row, 5),
      type: cell(row, 6),
      tonnage: cell(row, 7),
      grossRegisteredTonnage: cell(row, 8),
      flag: countryToAlpha3(cell(row, 9)) ?? cell(row, 9),
      owner: cell(row, 10),
    };
    entry.vessel = Object.fromEntries(Object.entries(vessel).filter(([, value]) => value !== ''));
  }
  const title = cell(row, 4);
  if (title) entry.title = title;
  return entry;
}

/** Reads an optional companion file; missing files are simply absent from the set. */
function optionalRows(folder: string, file: string): string[][] {
  const path = join(folder, file);
  return existsSync(path) ? readCsvFile(path, path) : [];
}

/** Imports an OFAC legacy CSV folder (see the file comment). */
export function loadOfacFolder(folder: string): WatchlistVersion {
  const sdnPath = join(folder, 'sdn.csv');
  if (!existsSync(sdnPath)) throw new WatchlistError(`ofac list: sdn.csv not found in ${folder}`);
  const entries: WatchlistEntry[] = [];
  const byId = new Map<string, WatchlistEntry>();
  const skipped: SkippedRow[] = [];
  const remarks = new Map<string, string>();

  readCsvFile(sdnPath).forEach((row, index) => {
    const entry = sdnEntry(row);
    if (typeof entry === 'string') {
      skipped.push({ row: index + 1, reason: `sdn.csv row ${index + 1}: ${entry}` });
    } else if (byId.has(entry.sourceId)) {
      skipped.push({
        row: index + 1,
        reason: `sdn.csv row ${index + 1}: duplicate ent_num ${entry.sourceId}`,
      });
    } else {
      byId.set(entry.sourceId, entry);
      entries.push(entry);
      remarks.set(entry.sourceId, cell(row, 11));
    }
  });

  const joined = (
    file: string,
    columns: number,
    read: (entry: WatchlistEntry, row: string[]) => void,
  ) => {
    optionalRows(folder, file).forEach((row, index) => {
      const id = cell(row, 0);
      const entry = byId.get(id);
      if (row.length !== columns) {
        skipped.push({
          row: index + 1,
          reason: `${file} row ${index + 1}: ${row.length} columns, expected ${columns}`,
        });
      } else if (!entry) {
        skipped.push({
          row: index + 1,
          reason: `${file} row ${index + 1}: ent_num ${id} is not in sdn.csv`,
        });
      } else read(entry, row);
    });
  };

  // Comments continue a cut-off Remarks text: join them before reading the remarks.
  joined('sdn_comments.csv', 2, (entry, row) => {
    remarks.set(entry.sourceId, (remarks.get(entry.sourceId) ?? '') + cell(row, 1));
  });
  for (const entry of entries) applyRemarks(entry, remarks.get(entry.sourceId) ?? '');

  joined('alt.csv', 5, (entry, row) => {
    const name = cell(row, 3);
    if (name === '') return;
    const weak = /\bweak\b/i.test(cell(row, 4));
    const quality = weak ? 'low' : (ALT_QUALITY[cell(row, 2).toLowerCase()] ?? 'good');
    addEntryName(entry, entryName(name, quality, entry.kind === 'individual'));
  });

  joined('add.csv', 6, (entry, row) => {
    const country = countryToAlpha3(cell(row, 4));
    if (country) {
      entry.addressCountries ??= [];
      addUnique(entry.addressCountries, country);
    }
  });

  return buildVersion('ofac', folder, entries, skipped);
}
