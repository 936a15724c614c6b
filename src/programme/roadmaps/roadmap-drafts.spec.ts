import { addMonths } from './roadmap-drafts.service';

describe('addMonths (a drafted step is due six months after it starts)', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2026-06-15', 6)).toBe('2026-12-15');
    expect(addMonths('2026-09-01', 6)).toBe('2027-03-01');
  });

  it('takes the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
