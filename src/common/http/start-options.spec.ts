import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findManifest, missingStartOptions, startOptions } from './start-options';

describe('start options', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'start-options-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const manifest = (start: string) => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { start } }));
    return join(dir, 'package.json');
  };

  it('reads the node options between node and the script', () => {
    const path = manifest('node --expose-gc --max-semi-space-size=64 --no-foo dist/src/main.js');
    expect(startOptions(path)).toEqual(['--expose-gc', '--max-semi-space-size=64', '--no-foo']);
  });

  it('has none when the start script does not run node', () => {
    expect(startOptions(manifest('nest start'))).toEqual([]);
  });

  it('names the options a process lacks, counting an option set to another value as given', () => {
    const expected = [
      '--expose-gc',
      '--max-semi-space-size=64',
      '--no-allocation-site-pretenuring',
    ];
    expect(missingStartOptions(expected, ['--max-semi-space-size=128'])).toEqual([
      '--expose-gc',
      '--no-allocation-site-pretenuring',
    ]);
    expect(missingStartOptions(expected, expected)).toEqual([]);
  });

  it('finds the nearest package.json above a directory', () => {
    const path = manifest('node main.js');
    mkdirSync(join(dir, 'dist', 'src'), { recursive: true });
    expect(findManifest(join(dir, 'dist', 'src'))).toBe(path);
  });

  it('has none without a manifest', () => {
    expect(findManifest('/')).toBeNull();
    expect(startOptions(null)).toEqual([]);
  });

  it("finds the portal's own manifest, whose start script runs node with options", () => {
    expect(startOptions()).toContain('--no-allocation-site-pretenuring');
  });
});
