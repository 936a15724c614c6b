import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The folder of third-party test material (`../shared/data` beside the project by default,
 * or SHARED_DATA_DIR). Data tests, benchmarks and the evaluation read it from there and never
 * copy it into the repository.
 */
export function sharedDataDir(): string {
  if (process.env.SHARED_DATA_DIR) return resolve(process.env.SHARED_DATA_DIR);
  return join(projectRoot(__dirname), '..', 'shared', 'data');
}

/** The folder holding package.json: the same from src/ and from the compiled dist/src/. */
function projectRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return start;
}

/** Path of one file under the shared data folder; throws a clear message when it is missing. */
export function sharedDataPath(...parts: string[]): string {
  const path = join(sharedDataDir(), ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `shared data missing: ${path} not found. Set SHARED_DATA_DIR to the folder holding ` +
        `messages/, watchlists/ and name-matching/ (default ../shared/data beside the project).`,
    );
  }
  return path;
}
