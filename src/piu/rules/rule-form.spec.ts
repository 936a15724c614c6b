import { compileRules } from '../../screening/rules/rule-loader';
import { FIELD_CATALOGUE } from '../../screening/rules/field-catalogue';
import { en } from '../../catalogues/en.catalogue';
import {
  applyEdit,
  flatten,
  formPathOf,
  fromCriteria,
  MAX_FORM_NODES,
  parseRows,
  toCriteria,
  type FormGroup,
} from './rule-form';
import { validateRuleForm } from './rule-form-validation';

const CRITERIA = {
  all: [
    { field: 'traveller.nationality', op: 'in', value: ['SYR', 'IRQ'] },
    { not: { field: 'traveller.bagCount', op: '>', value: 2 } },
    {
      any: [
        { field: 'booking.paymentType', op: '=', value: 'CA' },
        { field: 'traveller.ageAtDeparture', op: 'between', value: [18, 30] },
        { not: { all: [{ field: 'journey.oneWay', op: '=', value: true }] } },
      ],
    },
    { field: 'document.expiry', op: 'exists', value: false },
  ],
};

/** The rows a browser posts for a tree, as the page names them. */
function posted(root: FormGroup): Record<string, string>[] {
  return flatten(root).map(({ path, node }) => {
    const row: Record<string, string> = { path, kind: node.kind };
    if (node.negated) row.not = 'on';
    if (node.kind === 'condition')
      Object.assign(row, { field: node.field, op: node.op, value: node.value });
    return row;
  });
}

describe('the rule form and the criteria tree', () => {
  it('goes from criteria to the form and back unchanged', () => {
    const form = fromCriteria(CRITERIA);
    expect(toCriteria(form)).toEqual(CRITERIA);
    // Through the page: rendered rows, posted back, parsed.
    expect(toCriteria(parseRows(posted(form)).root)).toEqual(CRITERIA);
    expect(
      compileRules([{ id: 'x', name: 'x', severity: 'low', criteria: CRITERIA }]).rules,
    ).toHaveLength(1);
  });

  it('types values by the field: numbers, true/false, lists, pairs; leaves the rest as text', () => {
    const root = parseRows([
      { path: 'r', kind: 'any' },
      { path: 'r.0', kind: 'condition', field: 'traveller.bagCount', op: '>=', value: ' 3 ' },
      { path: 'r.1', kind: 'condition', field: 'traveller.bagCount', op: '=', value: 'three' },
      { path: 'r.2', kind: 'condition', field: 'journey.oneWay', op: '=', value: 'yes' },
      {
        path: 'r.3',
        kind: 'condition',
        field: 'traveller.nationality',
        op: 'in',
        value: 'SY, IQ,',
      },
      {
        path: 'r.4',
        kind: 'condition',
        field: 'traveller.dateOfBirth',
        op: 'between',
        value: '1990-01-01,2000-12-31',
      },
      { path: 'r.5', kind: 'condition', field: 'traveller.bagCount', op: 'between', value: '3' },
      { path: 'r.6', kind: 'condition', field: 'document.number', op: 'exists', value: '' },
    ]).root;
    expect(toCriteria(root)).toEqual({
      any: [
        { field: 'traveller.bagCount', op: '>=', value: 3 },
        { field: 'traveller.bagCount', op: '=', value: 'three' },
        { field: 'journey.oneWay', op: '=', value: true },
        { field: 'traveller.nationality', op: 'in', value: ['SY', 'IQ'] },
        { field: 'traveller.dateOfBirth', op: 'between', value: ['1990-01-01', '2000-12-31'] },
        { field: 'traveller.bagCount', op: 'between', value: '3' },
        { field: 'document.number', op: 'exists', value: true },
      ],
    });
  });

  it('drops rows a hand-made post gets wrong, and reads an object of rows past 20', () => {
    const rows: Record<string, unknown> = {
      0: { path: 'r', kind: 'all' },
      1: { path: 'r.0', kind: 'condition', field: 'traveller.seat', op: '=', value: '1A' },
      2: { path: 'r.9.0', kind: 'condition', field: 'traveller.seat', op: '=', value: 'orphan' },
      3: { path: 'x', kind: 'all' },
      4: {
        path: 'r.0.1',
        kind: 'condition',
        field: 'traveller.seat',
        op: '=',
        value: 'under a condition',
      },
      25: { path: 'r.1', kind: 'condition', field: 'traveller.seat', op: '=', value: '2B' },
    };
    expect(toCriteria(parseRows(rows).root)).toEqual({
      all: [
        { field: 'traveller.seat', op: '=', value: '1A' },
        { field: 'traveller.seat', op: '=', value: '2B' },
      ],
    });
    expect(parseRows('nonsense').root).toEqual({ kind: 'all', negated: false, children: [] });
  });

  it('adds conditions and groups, removes nodes, never the root, within the limits', () => {
    const tree = parseRows(posted(fromCriteria(CRITERIA)));
    applyEdit(tree, 'add-condition:r.2');
    applyEdit(tree, 'add-group:r');
    applyEdit(tree, 'remove:r.0');
    applyEdit(tree, 'remove:r');
    applyEdit(tree, 'add-condition:r.1'); // a condition: nothing to add to
    const criteria = toCriteria(tree.root) as { all: unknown[] };
    expect(criteria.all).toHaveLength(4);
    expect(criteria.all[1]).toMatchObject({
      any: expect.arrayContaining([{ field: '', op: '=', value: '' }]),
    });
    expect(criteria.all[3]).toEqual({ all: [{ field: '', op: '=', value: '' }] });

    const big = parseRows([{ path: 'r', kind: 'all' }]);
    for (let i = 0; i < MAX_FORM_NODES + 10; i++) applyEdit(big, 'add-condition:r');
    expect(flatten(big.root)).toHaveLength(MAX_FORM_NODES);
  });

  it.each([
    ['rules[0].criteria', 'r', 'node'],
    ['rules[0].criteria.all', 'r', 'node'],
    ['rules[0].criteria.all[1].not.value', 'r.1', 'value'],
    ['rules[0].criteria.all[2].any[1].value[1]', 'r.2.1', 'value'],
    ['rules[0].criteria.all[2].any[2].not.all[0].op', 'r.2.2.0', 'op'],
    ['rules[0].criteria.all[0].field', 'r.0', 'field'],
    ['rules[0].criteria.all[7].field', 'r', 'node'],
  ])('maps the loader path %s to the form node %s (%s)', (enginePath, path, part) => {
    expect(formPathOf(enginePath, fromCriteria(CRITERIA))).toEqual({ path, part });
  });

  it('maps paths outside the criteria to nothing', () => {
    expect(formPathOf('rules[0].name', fromCriteria(CRITERIA))).toBeUndefined();
  });
});

describe('validateRuleForm', () => {
  const input = (root: FormGroup, name = 'A rule', severity = 'high') => ({
    name,
    description: '',
    severity,
    root,
  });

  it('reports every problem where it belongs, as catalogue keys with parameters', () => {
    const root = parseRows([
      { path: 'r', kind: 'all' },
      { path: 'r.0', kind: 'condition', field: 'traveller.bagCount', op: '=', value: '2' },
      { path: 'r.1', kind: 'any' },
      { path: 'r.1.0', kind: 'condition', field: 'nope.field', op: '=', value: 'x' },
      {
        path: 'r.1.1',
        kind: 'condition',
        field: 'traveller.dateOfBirth',
        op: '=',
        value: '31/12/1990',
      },
    ]).root;
    const result = validateRuleForm(input(root, ' ', 'urgent'));
    expect(result).toEqual({
      ok: false,
      errors: {
        name: [{ key: 'rules.form.nameMissing' }],
        severity: [{ key: 'rules.form.severityMissing' }],
        'node:r.1.0': [{ key: 'rules.problem.unknown-field', params: { field: 'nope.field' } }],
        'node:r.1.1': [{ key: 'rules.problem.expected-date', params: { value: '"31/12/1990"' } }],
      },
    });
  });

  it('finds an empty group through the whole tree, at the group', () => {
    const root = parseRows([
      { path: 'r', kind: 'all' },
      { path: 'r.0', kind: 'condition', field: 'traveller.bagCount', op: '=', value: '2' },
      { path: 'r.1', kind: 'any', not: 'on' },
    ]).root;
    const result = validateRuleForm(input(root));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      'node:r.1': [{ key: 'rules.problem.empty-group', params: { group: 'any', value: '[]' } }],
    });
  });

  it('gives the criteria and the compiled rule of a good form', () => {
    const result = validateRuleForm(input(fromCriteria(CRITERIA)));
    expect(result.ok && result.criteria).toEqual(CRITERIA);
    expect(result.ok && result.rule.scopes).toEqual({ document: true, leg: false });
  });
});

describe('the catalogue of the rules pages', () => {
  it('labels every field of the engine', () => {
    const missing = [...FIELD_CATALOGUE.keys()].filter(
      (name) => !en.messages[`rules.field.${name}`],
    );
    expect(missing).toEqual([]);
  });
});
