import { changesBetween, criteriaView } from './rule-criteria-view';

const base = {
  name: 'Cash, late, one way',
  description: 'Booked late and paid cash',
  severity: 'medium',
  criteria: {
    all: [
      { field: 'booking.paymentType', op: '=', value: 'CA' },
      { field: 'booking.daysToDeparture', op: '<=', value: 2 },
    ],
  },
};

describe('versions of a rule', () => {
  it('has nothing to compare the first version with', () => {
    expect(changesBetween(undefined, base)).toEqual([]);
  });

  it('says what changed: name, description, severity, conditions added and removed', () => {
    const next = {
      name: 'Cash, late, one way, to DXB',
      description: 'Booked late, cash',
      severity: 'high',
      criteria: {
        all: [
          { field: 'booking.paymentType', op: '=', value: 'CA' },
          { field: 'booking.daysToDeparture', op: '<=', value: 3 },
          { not: { field: 'journey.oneWay', op: '=', value: false } },
        ],
      },
    };
    expect(changesBetween(base, next)).toEqual([
      { type: 'name', from: base.name, to: next.name },
      { type: 'description' },
      { type: 'severity', from: 'medium', to: 'high' },
      {
        type: 'removed',
        condition: {
          negated: false,
          field: 'booking.daysToDeparture',
          fieldKey: 'rules.field.booking.daysToDeparture',
          opKey: 'rules.op.le',
          value: '2',
        },
      },
      {
        type: 'added',
        condition: expect.objectContaining({ field: 'booking.daysToDeparture', value: '3' }),
      },
      {
        type: 'added',
        condition: expect.objectContaining({
          negated: true,
          field: 'journey.oneWay',
          opKey: 'rules.op.eq',
        }),
      },
    ]);
  });

  it('tells a regrouping of the same conditions from no change', () => {
    const regrouped = { ...base, criteria: { any: base.criteria.all } };
    expect(changesBetween(base, regrouped)).toEqual([{ type: 'grouping' }]);
    expect(changesBetween(base, { ...base })).toEqual([]);
  });

  it('renders criteria as a nested, labelled tree', () => {
    expect(
      criteriaView({
        not: {
          any: [
            { field: 'traveller.seat', op: 'exists', value: true },
            { field: 'x.y', op: 'in', value: ['A', 'B'] },
          ],
        },
      }),
    ).toEqual({
      group: {
        kindKey: 'rules.group.any',
        negated: true,
        children: [
          {
            condition: {
              negated: false,
              field: 'traveller.seat',
              fieldKey: 'rules.field.traveller.seat',
              opKey: 'rules.op.exists',
              value: '',
            },
          },
          {
            condition: {
              negated: false,
              field: 'x.y',
              fieldKey: undefined,
              opKey: 'rules.op.in',
              value: 'A, B',
            },
          },
        ],
      },
    });
  });
});
