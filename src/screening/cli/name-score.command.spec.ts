import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runCaptured } from '../../../test/support/run-captured';
import { screeningCommands } from './screening-commands';

let folder: string;

const cli = (args: string[]) => runCaptured(args, screeningCommands);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'name-score-'));
  writeFileSync(
    join(folder, 'pairs.csv'),
    [
      'case,name1,name2,label',
      '1,Boris Telnov,"TELNOV, Boris Andreyevich",x',
      '2,Борис Тельнов,Boris Telnov,x',
      '3,Acme Trading LLC,Zenith Holdings Ltd,x',
    ].join('\n'),
  );
  writeFileSync(join(folder, 'wrong.csv'), 'first,second\nA,B\n');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('name-score command', () => {
  it('prints name1,name2,score,alert for each pair', async () => {
    const result = await cli(['name-score', '--pairs', join(folder, 'pairs.csv')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('name1,name2,score,alert');
    expect(lines[1]).toMatch(/^Boris Telnov,"TELNOV, Boris Andreyevich",0\.9\d{3},true$/);
    expect(lines[2]).toBe('Борис Тельнов,Boris Telnov,1.0000,true');
    expect(lines[3]).toBe('Acme Trading LLC,Zenith Holdings Ltd,0.0000,false');
  });

  it('alerts when the score reaches the given threshold', async () => {
    const result = await cli([
      'name-score',
      '--pairs',
      join(folder, 'pairs.csv'),
      '--threshold',
      '1',
    ]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[1].endsWith(',false')).toBe(true);
    expect(lines[2].endsWith(',true')).toBe(true);
  });

  it('refuses a file without name1/name2 columns or a missing file', async () => {
    const wrong = await cli(['name-score', '--pairs', join(folder, 'wrong.csv')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('name1 and name2');
    const missing = await cli(['name-score', '--pairs', join(folder, 'none.csv')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    const none = await cli(['name-score']);
    expect(none.stderr).toBe('error: no pairs given: --pairs FILE.csv\n');
  });
});
