import { FormError } from '../../common/forms/form-error';
import { loadDocumentList } from '../../screening/watchlists/document-list-importer';
import { loadNationalList } from '../../screening/watchlists/national-list-importer';
import { loadOfacFolder } from '../../screening/watchlists/ofac-importer';
import { loadUnList } from '../../screening/watchlists/un-list-importer';
import type { WatchlistKind, WatchlistVersion } from '../../screening/watchlists/watchlist-entry';
import { WatchlistError } from '../../screening/watchlists/watchlist-error';
import type { ListFile } from './list-upload-receiver';

/** The form's file fields per kind and the names the engine's importers read them under. */
export function uploadFields(kind: WatchlistKind): Record<string, string> {
  if (kind === 'ofac') {
    return { file: 'sdn.csv', alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' };
  }
  return { file: kind === 'un' ? 'list.xml' : 'list.csv' };
}

const refused = (key: string, params?: Record<string, string | number>) =>
  FormError.field('file', params ? { key, params } : key);

/** The first character that is not a byte-order mark or white space. */
function firstCharacter(head: Buffer): string {
  return head
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf)?\s*/, '')
    .charAt(0);
}

/**
 * Checks the files before the importer sees them, so the usual mistakes get a plain answer: no
 * file, an empty one, a binary one (a spreadsheet or a PDF), XML given for a CSV list or the
 * other way round. What remains is the importer's to judge.
 */
function checkFiles(kind: WatchlistKind, files: Record<string, ListFile>): void {
  const main = files.file;
  if (!main) throw refused('screening.lists.upload.noFile');
  for (const file of Object.values(files)) {
    if (file.size === 0) throw refused('screening.lists.upload.empty', { file: file.name });
    if (file.head.includes(0)) throw refused('screening.lists.upload.binary', { file: file.name });
    const xml = firstCharacter(file.head) === '<';
    if (kind === 'un' && !xml) throw refused('screening.lists.upload.notXml', { file: file.name });
    if (kind !== 'un' && xml) throw refused('screening.lists.upload.notCsv', { file: file.name });
  }
}

/**
 * Runs the engine's importer of the list's kind over the uploaded files and returns the
 * version it made. A file the importer refuses as a whole (malformed XML, a header with an
 * unknown column, sdn.csv missing) is a FormError carrying the importer's reason, with the
 * temporary paths replaced by the names the person uploaded; rows it merely skips are in the
 * version's report. A file that gives no entry at all is refused too: loading it would empty
 * the list.
 */
export function importListFiles(
  kind: WatchlistKind,
  folder: string,
  files: Record<string, ListFile>,
  today: string,
): WatchlistVersion {
  checkFiles(kind, files);
  const main = files.file;
  let version: WatchlistVersion;
  try {
    if (kind === 'un') version = loadUnList(main.path);
    else if (kind === 'csv') version = loadNationalList(main.path, today);
    else if (kind === 'documents') version = loadDocumentList(main.path);
    else version = loadOfacFolder(folder);
  } catch (error) {
    if (!(error instanceof WatchlistError)) throw error;
    let reason = error.message;
    for (const file of Object.values(files)) reason = reason.split(file.path).join(file.name);
    reason = reason.split(folder).join('the upload');
    throw refused('screening.lists.upload.refused', { reason: reason.slice(0, 500) });
  }
  if (version.entries.length === 0) {
    throw refused('screening.lists.upload.noEntries', { skipped: version.skipped.length });
  }
  const names = new Map(Object.values(files).map((file) => [file.path, file.name]));
  version.source = names.get(main.path) ?? main.name;
  return version;
}
