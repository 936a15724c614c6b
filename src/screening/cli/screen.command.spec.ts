import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable, Writable } from 'node:stream';
import { join } from 'node:path';
import { runCli } from '../../cli/run-cli';
import { screeningCommands } from './screening-commands';
import { parseScreenArguments } from './screen.command';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'screening', 'rules');
const fixture = (name: string): string => join(FIXTURES, name);
const FLIGHT = fixture('flight-xy123.paxlst.edi');
const LISTS = [
  '--list',
  `csv:${fixture('national-list.csv')}`,
  '--list',
  `documents:${fixture('lost-stolen-documents.csv')}`,
];

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(...args: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(['screen', ...args], screeningCommands, {
    stdin: Readable.from([]),
    stdout,
    stderr,
  });
  return {
    code,
    stdout: stdout.text,
    stderr: stderr.text,
    /** Standard output as JSON lines (read only by tests that expect hits). */
    get lines(): Record<string, unknown>[] {
      return stdout.text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
}

describe('screen command', () => {
  it('prints one JSON line per list and rule hit', async () => {
    const { code, lines, stderr } = await run(...LISTS, '--rules', fixture('rules.json'), FLIGHT);
    expect(stderr).toBe(
      'note: screened 1 message (4 travellers) from 1 file against 4 list entries and 4 rules: 5 hits\n',
    );
    expect(code).toBe(0);
    expect(lines.map((l) => [l.traveller, l.kind, l.entry_id ?? l.rule_id, l.severity])).toEqual([
      ['KARIM TAREK FAROUQI', 'name', 'csv:NAT-0007', 'critical'],
      ['SOPHIE MARTIN', 'document', 'documents:SLTD-0101', 'critical'],
      ['SOPHIE MARTIN', 'rule', 'PASSPORT-EXPIRING', 'low'],
      ['KEN NAKAMURA', 'rule', 'MINOR-TRAVELLING', 'medium'],
      ['HENRIK OESTERGAARD', 'name', 'csv:NAT-0012', 'high'],
    ]);
    const [name, document, expiring, minor, variant] = lines;
    expect(name).toMatchObject({
      file: FLIGHT,
      message: 1,
      format: 'PAXLST',
      traveller_id: 'T1',
      date_of_birth: '1980-03-14',
      nationality: 'JOR',
      list: 'csv',
      category: 'terrorism',
    });
    expect(name.score).toBeGreaterThanOrEqual(0.95);
    expect(String(name.explanation)).not.toBe('');
    expect(document).toMatchObject({ score: 1, list: 'documents', category: 'stolen' });
    expect(String(document.explanation)).toMatch(/09FX12345/);
    expect(expiring).toMatchObject({
      score: 1,
      rule_name: 'Passport expires within 30 days of departure',
      explanation:
        'rule PASSPORT-EXPIRING "Passport expires within 30 days of departure": document.type = "P" (actual "P"); ' +
        'document.validityDaysLeft < 30 (actual 14); NOT traveller.nationality in ["AE", "SA"] (actual "FRA")',
    });
    expect(minor.explanation).toContain('traveller.ageAtDeparture < 18 (actual 14)');
    // A spelling variant with the listed date of birth but another nationality: below 1, and
    // the explanation says what lowered it.
    expect(variant.score).toBeGreaterThanOrEqual(0.95);
    expect(variant.score).toBeLessThan(1);
    expect(variant.explanation).toMatch(/nationality SWE/);
  });

  it('screens a PNR: the passport name of SSR DOCS, and booking rules', async () => {
    const booking = fixture('booking-zx9k2p.pnrgov.edi');
    const { code, lines, stderr } = await run(...LISTS, '--rules', fixture('rules.json'), booking);
    expect(stderr).toBe(
      'note: screened 1 message (1 traveller) from 1 file against 4 list entries and 4 rules: 2 hits\n',
    );
    expect(code).toBe(0);
    expect(lines.map((l) => [l.traveller, l.pnr, l.kind, l.entry_id ?? l.rule_id])).toEqual([
      ['K FAROUQI', 'ZX9K2P', 'name', 'csv:NAT-0007'],
      ['K FAROUQI', 'ZX9K2P', 'rule', 'CASH-LATE-ONE-WAY'],
    ]);
    // The booking says only "K FAROUQI"; the passport in SSR DOCS gives the full name.
    expect(lines[0].explanation).toMatch(/^name "KARIM TAREK FAROUQI"/);
    expect(lines[1].explanation).toBe(
      'rule CASH-LATE-ONE-WAY "Cash, booked late, one way": booking.paymentType = "CA" (actual ["CA"]); ' +
        'booking.daysToDeparture <= 2 (actual 1); journey.oneWay = true (actual true); ' +
        'flight.arrival.location in ["DXB", "IST"] (actual "DXB")',
    );
  });

  it('screens the rest of a batch when one file is malformed, and exits 2', async () => {
    const bad = fixture('not-edifact.edi');
    const { code, lines, stderr } = await run(...LISTS, bad, FLIGHT);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `error: ${bad}: no UNB and no UNH: not an EDIFACT interchange\n` +
        'note: screened 1 message (4 travellers) from 1 file against 4 list entries: 3 hits\n',
    );
    expect(lines.map((l) => l.entry_id)).toEqual([
      'csv:NAT-0007',
      'documents:SLTD-0101',
      'csv:NAT-0012',
    ]);
  });

  it('reports a single malformed file with one error line', async () => {
    const { code, stdout, stderr } = await run(...LISTS, fixture('not-edifact.edi'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const [error, note, ...rest] = stderr.trim().split('\n');
    expect(error).toMatch(/^error: .*not-edifact\.edi: /);
    expect(note).toBe(
      'note: screened 0 messages (0 travellers) from 0 files against 4 list entries: 0 hits',
    );
    expect(rest).toEqual([]);
  });

  it.each([
    [
      'a missing message file',
      ['--list', `csv:${fixture('national-list.csv')}`, fixture('missing.edi')],
      /^error: message file .*missing\.edi: not found\n$/,
    ],
    [
      'an unknown list kind',
      ['--list', `interpol:${fixture('national-list.csv')}`, FLIGHT],
      /^error: unknown list kind 'interpol'/,
    ],
    [
      'a missing list file',
      ['--list', `csv:${fixture('nope.csv')}`, FLIGHT],
      /^error: csv list: file not found: /,
    ],
    [
      'invalid rules',
      ['--rules', fixture('invalid-rules.json'), FLIGHT],
      /^error: invalid rules .*invalid-rules\.json: rules\[2\]\.criteria\.all\[1\]\.op: unknown operator "equals"/,
    ],
    [
      'a missing rules file',
      ['--rules', fixture('absent-rules.json'), FLIGHT],
      /^error: rules file .*absent-rules\.json: not found\n$/,
    ],
    [
      'a threshold above 1',
      [...LISTS, '--threshold', '1.5', FLIGHT],
      /^error: --threshold must be a number between 0 and 1, got '1.5'\n$/,
    ],
    ['no list and no rules', [FLIGHT], /^error: nothing to screen against/],
    ['no message file', [...LISTS], /^error: no message file given\n$/],
    ['an unknown option', [...LISTS, '--verbose', FLIGHT], /^error: unknown option '--verbose'\n$/],
  ])('refuses %s with one error line and exit code 2', async (_label, args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('applies --threshold to list hits', async () => {
    const all = await run(...LISTS, FLIGHT);
    const strict = await run(...LISTS, '--threshold', '0.99', FLIGHT);
    expect(strict.code).toBe(0);
    const kept = all.lines.filter((l) => Number(l.score) >= 0.99).map((l) => l.entry_id);
    expect(kept).toEqual(['csv:NAT-0007', 'documents:SLTD-0101']);
    expect(strict.lines.map((l) => l.entry_id)).toEqual(kept);
  });
});

describe('screen command rule caps', () => {
  it('reports the hits a rule left out beyond its maximum on standard error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'screen-rules-'));
    const rules = join(dir, 'rules.json');
    writeFileSync(
      rules,
      JSON.stringify([
        {
          id: 'EVERYONE-TO-DXB',
          name: 'Arrives in Dubai',
          severity: 'low',
          maxHitsPerMessage: 1,
          criteria: { field: 'journey.destination', op: '=', value: 'DXB' },
        },
      ]),
    );
    const { code, lines, stderr } = await run('--rules', rules, FLIGHT);
    expect(code).toBe(0);
    expect(lines.map((l) => [l.traveller_id, l.rule_id])).toEqual([['T1', 'EVERYONE-TO-DXB']]);
    expect(stderr).toBe(
      `note: ${FLIGHT}: message 1: rule EVERYONE-TO-DXB reached its maximum; 3 more hit(s) not reported\n` +
        'note: screened 1 message (4 travellers) from 1 file against 1 rule: 1 hit\n',
    );
  });
});

describe('screen --fields', () => {
  it('prints the rule field catalogue', async () => {
    const { code, stdout } = await run('--fields');
    expect(code).toBe(0);
    expect(stdout).toContain('| `journey.route` | string | yes |');
    expect(stdout).toContain('| number | `=` `!=` `<` `>` `<=` `>=` `in` `between` `exists` |');
  });
});

describe('parseScreenArguments', () => {
  it('accepts --option=value and repeated lists', () => {
    expect(
      parseScreenArguments([
        '--list=un:a.xml',
        '--list',
        'ofac:dir',
        '--threshold=0.9',
        'a.edi',
        'b.edi',
      ]),
    ).toEqual({
      lists: ['un:a.xml', 'ofac:dir'],
      threshold: 0.9,
      files: ['a.edi', 'b.edi'],
    });
  });
});

describe('screen command on what a new user tries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'screen-user-'));

  it('says on standard error what was screened when there is no hit', async () => {
    const rules = join(dir, 'quiet-rules.json');
    writeFileSync(
      rules,
      JSON.stringify([
        {
          id: 'NOBODY',
          name: 'Arrives in Reykjavik',
          severity: 'low',
          criteria: { field: 'journey.destination', op: '=', value: 'KEF' },
        },
      ]),
    );
    const quietList = join(dir, 'quiet-list.csv');
    writeFileSync(
      quietList,
      'id,surname,given_names,full_name,date_of_birth,nationality,gender,document_number,document_type,document_country,category,severity,aliases\n' +
        'Q-1,ZZYZXWOLNIAK,Bartholomew,,1933-01-01,ISL,M,,,,terrorism,high,\n',
    );
    const { code, stdout, stderr } = await run(
      '--list',
      `csv:${quietList}`,
      '--rules',
      rules,
      FLIGHT,
    );
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'note: screened 1 message (4 travellers) from 1 file against 1 list entry and 1 rule: 0 hits\n',
    );
  });

  it('shows control characters of a binary message file escaped, never raw', async () => {
    const binary = join(dir, 'binary.edi');
    writeFileSync(binary, Buffer.from('UNH\u001b[2J\u0007\u0000\u009b31m+1', 'latin1'));
    const { code, stderr } = await run('--rules', fixture('rules.json'), binary);
    expect(code).toBe(2);
    const [error] = stderr.split('\n');
    expect(error).toMatch(/^error: .*binary\.edi: /);
    expect(stderr.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u);
    const parseErr = new Collector();
    const parsed = await runCli(['parse', binary], screeningCommands, {
      stdin: Readable.from([]),
      stdout: new Collector(),
      stderr: parseErr,
    });
    expect(parsed).toBe(2);
    expect(parseErr.text).toMatch(
      /^error: .*binary\.edi: segment 1 \(UNH\\x1b\[2J\\x07…\) at offset 0: /,
    );
    expect(parseErr.text.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u);
  });

  it('says "is a folder, not a file" instead of EISDIR', async () => {
    const messages = await run('--rules', fixture('rules.json'), dir);
    expect(messages.stderr).toBe(`error: message file ${dir}: is a folder, not a file\n`);
    const rules = await run('--rules', dir, FLIGHT);
    expect(rules.stderr).toBe(`error: rules file ${dir}: is a folder, not a file\n`);
    expect(rules.code).toBe(2);
  });

  it('names the line and column of a rules file that is not JSON, in one complete line', async () => {
    const rules = join(dir, 'broken-rules.json');
    writeFileSync(rules, '{\n  "rules": [\n    { id: "X" }\n  ]\n}\n');
    const { code, stdout, stderr } = await run('--rules', rules, FLIGHT);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `error: rules ${rules}: not valid JSON at line 3, column 7: expected property name or '}'\n`,
    );
  });
});
