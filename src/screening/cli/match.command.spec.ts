import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runCaptured } from '../../../test/support/run-captured';
import { parseMatchArguments } from './match.command';
import { screeningCommands } from './screening-commands';

let folder: string;
const path = (name: string) => join(folder, name);

const cli = (args: string[]) => runCaptured(args, screeningCommands);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'match-command-'));
  writeFileSync(
    path('national.csv'),
    [
      'id,surname,given_names,full_name,date_of_birth,nationality,gender,document_number,document_type,document_country,category,severity,aliases',
      'N-1,PETROV,Ivan Sergeyevich,,1970-03-15,RUS,M,710123456,P,RUS,terrorism,high,',
      'N-2,,,"Hassan, Omar Ali",1981,EGY,M,,,,terrorism,high,Omar Ali Hasan',
    ].join('\n'),
  );
  writeFileSync(
    path('documents.csv'),
    [
      'id,document_number,document_type,issuing_country,reported_on',
      'L-1,X1234567,P,FRA,2025-11-02',
    ].join('\n'),
  );
  writeFileSync(
    path('queries.csv'),
    [
      'full_name,first_name,middle_name,last_name,gender,date_of_birth,place_of_birth,nationality,document_number,document_country',
      'IVAN PETROV,,,,male,1970-03-15,Moscow,Russia,,',
      ',Omar,,Hasan,,,,,,',
      'Zygmunt Kowalczyk,,,,,,,,,',
      'Jean Martin,,,,,,,,X 123 4567,France',
    ].join('\n'),
  );
  writeFileSync(path('bad.csv'), 'full_name,nationality\n"unclosed,FR\n');
  writeFileSync(path('no-name.csv'), 'place_of_birth,nationality\nParis,FR\n');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('match command', () => {
  it('prints the best candidate per input row as CSV with a header', async () => {
    const result = await cli([
      'match',
      '--list',
      `csv:${path('national.csv')}`,
      '--list',
      `documents:${path('documents.csv')}`,
      '--input',
      path('queries.csv'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('row,entry_id,entry_name,score,alert');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^1,csv:N-1,[^,]*PETROV[^,]*,1\.0000,true$/);
    expect(lines[2]).toMatch(/^2,csv:N-2,"Hassan, Omar Ali",0\.\d{4},true$/);
    // No listed name shares a token: empty candidate columns.
    expect(lines[3]).toBe('3,,,,');
    // The lost passport is found by its number, whatever the spacing.
    expect(lines[4]).toMatch(/^4,documents:L-1,[^,]*,1\.0000,true$/);
  });

  it('keeps the best candidate below a strict threshold, with alert false', async () => {
    const result = await cli([
      'match',
      `--list=csv:${path('national.csv')}`,
      '--input',
      path('queries.csv'),
      '--threshold',
      '1',
    ]);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[2]).toMatch(/^2,csv:N-2,.*,false$/);
  });

  it('refuses bad arguments and bad input with one error line and exit code 2', async () => {
    const list = `csv:${path('national.csv')}`;
    for (const [args, message] of [
      [['match', '--input', path('queries.csv')], 'no list given'],
      [['match', '--list', list], 'no input given'],
      [['match', '--list', list, '--input', path('missing.csv')], 'missing.csv'],
      [
        ['match', '--list', `xml:${path('national.csv')}`, '--input', path('queries.csv')],
        'unknown list kind',
      ],
      [['match', '--list', list, '--input', path('bad.csv')], 'malformed CSV'],
      [['match', '--list', list, '--input', path('no-name.csv')], 'no name or document column'],
      [
        ['match', '--list', list, '--input', path('queries.csv'), '--threshold', '2'],
        '--threshold',
      ],
    ] as const) {
      const result = await cli([...args]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error: .*\n$/);
      expect(result.stderr).toContain(message);
    }
  });

  it('parses repeated lists and inline values', () => {
    expect(
      parseMatchArguments([
        '--list',
        'un:a.xml',
        '--list=ofac:dir',
        '--input=q.csv',
        '--threshold=0.7',
      ]),
    ).toEqual({
      lists: ['un:a.xml', 'ofac:dir'],
      input: 'q.csv',
      threshold: 0.7,
    });
  });
});
