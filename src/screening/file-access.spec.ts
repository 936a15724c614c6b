import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkInputFile, describeFileProblem, readInputFile } from './file-access';
import { ScreeningError } from './screening-error';

describe('file access', () => {
  const dir = mkdtempSync(join(tmpdir(), 'file-access-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'text');

  it('says in words what a file system error code means', () => {
    expect(describeFileProblem('ENOENT')).toBe('not found');
    expect(describeFileProblem('EISDIR')).toBe('is a folder, not a file');
    expect(describeFileProblem('ENOTDIR')).toMatch(/^not found \(a part of the path is a file/);
    expect(describeFileProblem('EACCES')).toBe('permission denied');
    expect(describeFileProblem('EPERM')).toBe('permission denied');
    expect(describeFileProblem('EIO')).toBe('cannot be read (system error EIO)');
  });

  it.each([
    [join(dir, 'missing.txt'), /: not found$/],
    [dir, /: is a folder, not a file$/],
    [join(file, 'below'), /: not found \(a part of the path is a file, not a folder\)$/],
  ])('refuses %s with a file-access ScreeningError', (path, message) => {
    for (const attempt of [
      () => readInputFile(path, `input ${path}`),
      () => checkInputFile(path, `input ${path}`),
    ]) {
      let thrown: unknown;
      try {
        attempt();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ScreeningError);
      expect(thrown).toMatchObject({ code: 'file-access' });
      expect((thrown as Error).message).toMatch(message);
      // No system error code (ENOENT, EACCES…) in the words; the path itself (a random
      // temporary name may hold capitals) is left out of the check.
      expect((thrown as Error).message.split(path).join('')).not.toMatch(/\bE[A-Z]{3,}\b/);
    }
  });

  it('reads a file', () => {
    expect(readInputFile(file, 'a').toString()).toBe('text');
    expect(() => checkInputFile(file, 'a')).not.toThrow();
  });
});
