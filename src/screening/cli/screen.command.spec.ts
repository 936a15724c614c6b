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
    expect(stderr).toBe('');
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
    expect(stderr).toBe('');
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
    expect(stderr).toBe(`error: ${bad}: no UNB and no UNH: not an EDIFACT interchange\n`);
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
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^error: .*not-edifact\.edi: /);
  });

  it.each([
    [
      'a missing message file',
      ['--list', `csv:${fixture('national-list.csv')}`, fixture('missing.edi')],
      /^error: message file not found: .*missing\.edi\n$/,
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
      /^error: rules file not found: /,
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
      `note: ${FLIGHT}: message 1: rule EVERYONE-TO-DXB reached its maximum; 3 more hit(s) not reported\n`,
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
