import { checkRetention, DEFAULT_RETENTION } from './retention-limits';

const typed = (n: string, m: string, p: string) =>
  checkRetention({ depersonaliseAfterDays: n, deleteAfterDays: m, confirmedHitDays: p });

describe('checkRetention', () => {
  it('takes the defaults and the bounds themselves', () => {
    expect(typed('180', '1826', '1826')).toEqual({ periods: DEFAULT_RETENTION });
    expect(typed('1', '2', '1')).toEqual({
      periods: { depersonaliseAfterDays: 1, deleteAfterDays: 2, confirmedHitDays: 1 },
    });
    expect(typed(' 365 ', '3653', '3653')).toEqual({
      periods: { depersonaliseAfterDays: 365, deleteAfterDays: 3653, confirmedHitDays: 3653 },
    });
  });

  it('refuses what is no whole number of days, or outside the bounds, field by field', () => {
    const result = typed('0', '3654', '12.5');
    expect(result).toEqual({
      errors: {
        depersonaliseAfterDays: [
          { key: 'retention.form.outOfBounds', params: { min: 1, max: 365 } },
        ],
        deleteAfterDays: [{ key: 'retention.form.outOfBounds', params: { min: 2, max: 3653 } }],
        confirmedHitDays: [{ key: 'retention.form.notDays', params: { min: 1, max: 3653 } }],
      },
    });
    expect('errors' in typed('', '-5', 'ten')).toBe(true);
    expect('errors' in typed('366', '400', '400')).toBe(true);
  });

  it('deletes only after depersonalising, and keeps a confirmed hit at least as long', () => {
    expect(typed('180', '180', '179')).toEqual({
      errors: {
        deleteAfterDays: [
          { key: 'retention.form.deleteAfterDepersonalise', params: { days: 180 } },
        ],
        confirmedHitDays: [{ key: 'retention.form.confirmedAtLeast', params: { days: 180 } }],
      },
    });
    // A confirmed hit's records may be kept whole no longer than the others are: no hold.
    expect(typed('30', '1826', '30')).toEqual({
      periods: { depersonaliseAfterDays: 30, deleteAfterDays: 1826, confirmedHitDays: 30 },
    });
  });
});
