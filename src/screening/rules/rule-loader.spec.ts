import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeFieldCatalogue, FIELD_CATALOGUE } from './field-catalogue';
import { compileRules, DEFAULT_MAX_HITS_PER_MESSAGE, loadRules } from './rule-loader';
import { RuleValidationError } from './rule-validation-error';

function rule(criteria: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'R1', name: 'test', severity: 'high', criteria, ...extra };
}

function problem(json: unknown): string {
  try {
    compileRules(json);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleValidationError);
    return (error as Error).message;
  }
  throw new Error('expected the rules to be refused');
}

describe('compileRules', () => {
  it('compiles a rule with defaults and the scopes it reads', () => {
    const set = compileRules({
      rules: [
        rule({
          all: [
            { field: 'traveller.nationality', op: 'in', value: ['SY', 'Iraq', 'yem'] },
            { field: 'document.expiry', op: '<', value: '2027-01-01' },
          ],
        }),
      ],
    });
    const [compiled] = set.rules;
    expect(compiled).toMatchObject({
      id: 'R1',
      description: '',
      enabled: true,
      maxHitsPerMessage: DEFAULT_MAX_HITS_PER_MESSAGE,
      scopes: { document: true, leg: false },
    });
    // Countries written as alpha-2, name or lower-case alpha-3 are all typed to alpha-3.
    const nationality =
      compiled.criteria.type === 'all' ? compiled.criteria.children[0] : undefined;
    expect(nationality?.type === 'condition' && nationality.test('SYR')).toBe(true);
    expect(nationality?.type === 'condition' && nationality.test('IRQ')).toBe(true);
    expect(nationality?.type === 'condition' && nationality.test('YEM')).toBe(true);
    expect(nationality?.type === 'condition' && nationality.test('GBR')).toBe(false);
  });

  it('accepts the array alone and operator aliases', () => {
    const set = compileRules([rule({ field: 'traveller.gender', op: '≠', value: 'm' })]);
    expect(set.rules[0].criteria).toMatchObject({ op: '!=' });
  });

  it.each([
    [
      [
        rule({ field: 'traveller.gender', op: '=', value: 'M' }),
        rule({ field: 'x.y', op: '=', value: 1 }),
      ],
      'rules[1].criteria.field: unknown field "x.y"',
    ],
    [
      [
        rule({ field: 'traveller.gender', op: '=', value: 'M' }),
        { ...rule({ field: 'traveller.gender', op: '=', value: 'M' }), id: 'R2' },
        {
          ...rule({
            all: [
              { field: 'traveller.gender', op: '=', value: 'M' },
              { field: 'traveller.gender', op: 'equals', value: 'M' },
            ],
          }),
          id: 'R3',
        },
      ],
      'rules[2].criteria.all[1].op: unknown operator "equals"',
    ],
    [
      [rule({ field: 'traveller.ageAtDeparture', op: '<', value: '18' })],
      'rules[0].criteria.value: expected a number, got "18"',
    ],
    [
      [rule({ field: 'traveller.surname', op: '<', value: 'A' })],
      'operator "<" does not apply to string field',
    ],
    [
      [rule({ field: 'document.expiry', op: '>', value: '2027-02-30' })],
      'rules[0].criteria.value: expected a date',
    ],
    [[rule({ field: 'traveller.nationality', op: '=', value: 'Atlantis' })], 'expected a country'],
    [
      [rule({ field: 'traveller.ageAtDeparture', op: 'between', value: [30, 18] })],
      'low bound 30 is above high bound 18',
    ],
    [
      [rule({ field: 'traveller.ageAtDeparture', op: 'between', value: 18 })],
      '"between" needs [low, high]',
    ],
    [
      [rule({ field: 'traveller.nationality', op: 'in', value: [] })],
      '"in" needs a non-empty array',
    ],
    [
      [rule({ field: 'booking.email', op: 'exists', value: 'yes' })],
      '"exists" takes true or false',
    ],
    [[rule({ field: 'traveller.gender', op: '=' })], 'rules[0].criteria.value: missing value'],
    [[rule({ all: [] })], 'rules[0].criteria.all: expected a non-empty array'],
    [
      [rule({ all: [{ field: 'traveller.gender', op: '=', value: 'M' }], any: [] })],
      'a group has exactly one key',
    ],
    [
      [rule({ field: 'traveller.gender', op: '=', valeu: 'M' })],
      'rules[0].criteria.valeu: unknown key',
    ],
    [
      [rule({ field: 'traveller.gender', op: '=', value: 'M' }, { severity: 'urgent' })],
      'rules[0].severity: expected one of low, medium, high, critical',
    ],
    [
      [rule({ field: 'traveller.gender', op: '=', value: 'M' }, { maxHitsPerMessage: 0 })],
      'rules[0].maxHitsPerMessage',
    ],
    [
      [rule({ field: 'traveller.gender', op: '=', value: 'M' }, { id: '' })],
      'rules[0].id: expected a non-empty string',
    ],
    [[rule(undefined)], 'rules[0].criteria: missing criteria'],
    [
      [
        rule({ field: 'traveller.gender', op: '=', value: 'M' }),
        rule({ field: 'traveller.gender', op: '=', value: 'F' }),
      ],
      'rules[1].id: duplicate id "R1" (also rules[0])',
    ],
    [{ rule: [] }, '(file).rule: unknown key'],
    ['rules', 'expected an array of rules'],
  ])('refuses %j naming the bad part', (json, message) => {
    expect(problem(json)).toContain(message);
  });

  it('shares one catalogue between validation and documentation', () => {
    const table = describeFieldCatalogue();
    for (const name of FIELD_CATALOGUE.keys()) expect(table).toContain(`\`${name}\``);
    expect(FIELD_CATALOGUE.get('journey.route')?.derived).toBe(true);
  });
});

describe('loadRules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));

  it('names the file in every failure', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ rules: [rule({ field: 'traveller.gender', op: 'is', value: 'M' })] }),
    );
    expect(() => loadRules(bad)).toThrow(
      `invalid rules ${bad}: rules[0].criteria.op: unknown operator "is"`,
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "rules": [');
    expect(() => loadRules(broken)).toThrow(`rules ${broken}: not valid JSON`);
    expect(() => loadRules(join(dir, 'missing.json'))).toThrow(
      /^rules .*missing\.json: not found$/,
    );
  });

  it('loads a valid file, with or without a byte-order mark', () => {
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      '\uFEFF' +
        JSON.stringify({ rules: [rule({ field: 'traveller.gender', op: '=', value: 'M' })] }),
    );
    expect(loadRules(good)).toMatchObject({ source: good, rules: [{ id: 'R1' }] });
  });
});

describe('problem codes, for programs that say them in their own words', () => {
  function refusal(json: unknown): RuleValidationError {
    try {
      compileRules(json);
    } catch (error) {
      if (error instanceof RuleValidationError) return error;
      throw error;
    }
    throw new Error('expected the rules to be refused');
  }

  it.each([
    [
      { field: 'traveller.shoeSize', op: '=', value: 1 },
      '.field',
      'unknown-field',
      { field: 'traveller.shoeSize' },
    ],
    [
      { field: 'traveller.infant', op: '<', value: true },
      '.op',
      'operator-not-for-type',
      { operator: '<', type: 'boolean' },
    ],
    [
      { field: 'traveller.bagCount', op: '=', value: '2' },
      '.value',
      'expected-number',
      { value: '"2"' },
    ],
    [
      { field: 'traveller.bagCount', op: 'between', value: [5, 2] },
      '.value',
      'between-reversed',
      { low: '5', high: '2' },
    ],
    [
      { field: 'traveller.nationality', op: '=', value: 'Atlantis' },
      '.value',
      'expected-country',
      { value: '"Atlantis"' },
    ],
    [
      { field: 'traveller.dateOfBirth', op: '=', value: '2020-02-30' },
      '.value',
      'expected-date',
      {},
    ],
    [
      { field: 'traveller.bagCount', op: 'equals', value: 1 },
      '.op',
      'unknown-operator',
      { operator: 'equals' },
    ],
    [{ field: 'traveller.bagCount', op: '=' }, '.value', 'missing-value', {}],
    [{ any: [] }, '.any', 'empty-group', { group: 'any' }],
  ])('%j is refused with its code', (criteria, suffix, code, params) => {
    const error = refusal({ rules: [rule({ all: [criteria] })] });
    expect(error.path).toBe(`rules[0].criteria.all[0]${suffix}`);
    expect(error.problemCode).toBe(code);
    expect(error.params).toMatchObject(params);
  });

  it('keeps the code when the file is named', () => {
    const error = refusal({ rules: [rule({ all: [] })] });
    expect(error.problemCode).toBe('empty-group');
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const file = join(dir, 'r.json');
    writeFileSync(file, JSON.stringify({ rules: [{ ...rule({ all: [] }), name: '' }] }));
    try {
      loadRules(file);
      throw new Error('expected a refusal');
    } catch (thrown) {
      expect(thrown).toBeInstanceOf(RuleValidationError);
      expect((thrown as RuleValidationError).problemCode).toBe('expected-text');
      expect((thrown as RuleValidationError).path).toBe('rules[0].name');
    }
  });
});
