import { daysBetween, parseDayMonthName, parseDmy, parseDtm, parseYmd } from './dates';

const reference = new Date('2026-03-01T00:00:00Z');

describe('two-digit years', () => {
  it('never puts a date of birth in the future', () => {
    expect(parseYmd('260228', 'birth', reference)).toBe('2026-02-28');
    expect(parseYmd('260302', 'birth', reference)).toBe('1926-03-02');
    expect(parseYmd('541016', 'birth', reference)).toBe('1954-10-16');
    expect(parseDayMonthName('20SEP12', 'birth', reference)).toBe('2012-09-20');
    expect(parseDayMonthName('30MAY76', 'birth', reference)).toBe('1976-05-30');
  });

  it('puts every other date in this century', () => {
    expect(parseYmd('610218', 'other', reference)).toBe('2061-02-18');
    expect(parseDayMonthName('23AUG19', 'other', reference)).toBe('2019-08-23');
    expect(parseDmy('270513', 'other', reference)).toBe('2013-05-27');
  });

  it('reads four-digit years as given', () => {
    expect(parseYmd('19751231', 'birth', reference)).toBe('1975-12-31');
    expect(parseDayMonthName('01JAN2030', 'other', reference)).toBe('2030-01-01');
  });
});

describe('parseDtm', () => {
  it('reads the formats PAXLST uses, by code or by length', () => {
    expect(parseDtm('0702191540', '201', 'other', reference)).toBe('2007-02-19T15:40');
    expect(parseDtm('202603011200', '203', 'other', reference)).toBe('2026-03-01T12:00');
    expect(parseDtm('720907', '', 'birth', reference)).toBe('1972-09-07');
    expect(parseDtm('20300101', '102', 'other', reference)).toBe('2030-01-01');
  });

  it('refuses impossible dates and non-digits', () => {
    expect(parseDtm('230230', '', 'other', reference)).toBeUndefined();
    expect(parseDtm('231301', '', 'other', reference)).toBeUndefined();
    expect(parseDtm('0702192540', '201', 'other', reference)).toBeUndefined();
    expect(parseDtm('12AB56', '', 'other', reference)).toBeUndefined();
    expect(parseDayMonthName('31FEB20', 'other', reference)).toBeUndefined();
  });
});

it('counts whole days between dates', () => {
  expect(daysBetween('2026-02-15T10:15', '2026-03-01T12:00')).toBe(14);
  expect(daysBetween('2026-03-01', '2026-03-01T23:00')).toBe(0);
});
