import { fieldChanges, parseChanges, type StepSnapshot } from './step-changes';

const base: StepSnapshot = {
  pillar: 'piu',
  title: 'Set up the PIU',
  description: '',
  owner: null,
  startOn: '2026-01-01',
  dueOn: '2026-06-30',
  status: 'not-started',
  blockedReason: null,
  weight: 2,
  dependencies: [],
};

describe('fieldChanges', () => {
  it('lists each changed field with its value before and after, in the fields’ order', () => {
    expect(
      fieldChanges(base, {
        ...base,
        dueOn: '2026-09-30',
        title: 'Set up the 24/7 PIU',
        owner: 'Amina Otieno',
        weight: 3,
        dependencies: ['Adopt the PNR law', 'Budget'],
      }),
    ).toEqual([
      { field: 'title', from: 'Set up the PIU', to: 'Set up the 24/7 PIU' },
      { field: 'owner', from: null, to: 'Amina Otieno' },
      { field: 'dueOn', from: '2026-06-30', to: '2026-09-30' },
      { field: 'weight', from: '2', to: '3' },
      { field: 'dependencies', from: null, to: 'Adopt the PNR law; Budget' },
    ]);
  });

  it('answers nothing when nothing changed', () => {
    expect(fieldChanges(base, { ...base, dependencies: [] })).toEqual([]);
  });

  it('lists every field with a value for a new step', () => {
    expect(fieldChanges(null, base).map((change) => change.field)).toEqual([
      'pillar',
      'title',
      'startOn',
      'dueOn',
      'status',
      'weight',
    ]);
  });

  it('reads its rows back, and nothing from a damaged row', () => {
    const changes = fieldChanges(base, { ...base, status: 'blocked', blockedReason: 'No budget' });
    expect(parseChanges(JSON.stringify(changes))).toEqual(changes);
    expect(parseChanges('{oops')).toEqual([]);
    expect(parseChanges('{}')).toEqual([]);
  });
});
