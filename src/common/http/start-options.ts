import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The node options the portal is meant to run with: those of `npm start` (package.json's start
 * script, the words between `node` and the script). They tune V8's collector for a server whose
 * pages allocate about 400 KB each (README, Configuration), and `npm start` is the one place
 * that sets them: a deployment that starts `dist/src/main.js` itself must pass them too, on
 * node's command line (NODE_OPTIONS refuses `--no-allocation-site-pretenuring`).
 */
export function startOptions(manifestPath = findManifest(__dirname)): string[] {
  // A deployment may copy `dist` without the manifest: it then has nothing to compare against.
  if (manifestPath === null) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    scripts?: { start?: string };
  };
  const words = (manifest.scripts?.start ?? '').split(/\s+/).filter(Boolean);
  const node = words.indexOf('node');
  return node < 0 ? [] : words.slice(node + 1, words.length - 1);
}

/**
 * The options of `expected` that `given` (the process's own, by default) lacks. An option
 * counts as given whatever its value (`--max-semi-space-size=128` for `=64`): a deployment may
 * tune it on purpose.
 */
export function missingStartOptions(
  expected: readonly string[],
  given: readonly string[] = process.execArgv,
): string[] {
  const name = (option: string) => option.split('=')[0];
  const names = new Set(given.map(name));
  return expected.filter((option) => !names.has(name(option)));
}

/** The nearest package.json above `from` (the portal's, from the source tree and from `dist`). */
export function findManifest(from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
