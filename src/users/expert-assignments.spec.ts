import { assignmentsAt } from './expert-assignments';

describe('assignmentsAt', () => {
  const windows = [
    { stateId: 7, startsOn: '2026-03-02', endsOn: '2026-03-06' },
    { stateId: 9, startsOn: '2026-04-01', endsOn: '2026-04-02' },
  ];

  it('is empty before, names the State during, and empty again after the dates', () => {
    const before = assignmentsAt(windows, Date.UTC(2026, 2, 1, 23, 59));
    expect(before).toEqual({ stateIds: [], refreshAt: Date.UTC(2026, 2, 2) });
    const during = assignmentsAt(windows, Date.UTC(2026, 2, 6, 23, 59));
    expect(during).toEqual({ stateIds: [7], refreshAt: Date.UTC(2026, 2, 7) });
    const after = assignmentsAt(windows, Date.UTC(2026, 2, 7));
    expect(after).toEqual({ stateIds: [], refreshAt: Date.UTC(2026, 3, 1) });
    expect(assignmentsAt(windows, Date.UTC(2026, 5, 1))).toEqual({ stateIds: [], refreshAt: null });
  });
});
