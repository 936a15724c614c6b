import { readFileSync, statSync } from 'node:fs';
import { ScreeningError } from './screening-error';

/** A sentence for a file system error code, so no one has to know what `EISDIR` means. */
export function describeFileProblem(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'not found';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'not found (a part of the path is a file, not a folder)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'cannot be opened (too many symbolic links)';
    case 'ENAMETOOLONG':
      return 'cannot be opened (the path is too long)';
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be opened (too many open files)';
    default:
      return code ? `cannot be read (system error ${code})` : 'cannot be read';
  }
}

/**
 * Reads a whole file, or throws a ScreeningError `file-access` saying in words why not:
 * `rules /tmp: is a folder, not a file`. `label` names what the file is for; `fail` makes the
 * error when a reader has its own kind (a list that cannot be read is a WatchlistError).
 */
export function readInputFile(
  path: string,
  label: string,
  fail: (message: string) => ScreeningError = (message) =>
    new ScreeningError('file-access', message),
): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw fail(`${label}: ${describeFileProblem((error as NodeJS.ErrnoException).code)}`);
  }
}

/**
 * Checks that `path` is a file that exists before any work starts, so a batch fails at once
 * rather than after screening half of it: `message file /tmp: is a folder, not a file`.
 */
export function checkInputFile(path: string, label: string): void {
  let kind: 'file' | 'folder' | 'other';
  try {
    const stats = statSync(path);
    kind = stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ScreeningError('file-access', `${label}: ${describeFileProblem(code)}`, {
      cause: error,
    });
  }
  if (kind === 'folder') {
    throw new ScreeningError('file-access', `${label}: ${describeFileProblem('EISDIR')}`);
  }
  if (kind === 'other') {
    throw new ScreeningError('file-access', `${label}: not a regular file`);
  }
}
