import {
  dateOfBirthQualifier,
  genderQualifier,
  nationalityQualifier,
  parsePartialDate,
  QUALIFIER_EFFECTS,
} from './qualifiers';

describe('qualifiers', () => {
  it('reads partial dates', () => {
    expect(parsePartialDate('1970')).toEqual({ year: 1970 });
    expect(parsePartialDate('1970-03')).toEqual({ year: 1970, month: 3 });
    expect(parsePartialDate('1970-03-15')).toEqual({ year: 1970, month: 3, day: 15 });
    expect(parsePartialDate('15/03/1970')).toBeUndefined();
  });

  it('scores exact, year, range, swapped and different dates of birth', () => {
    const exact = [{ kind: 'exact' as const, date: '1970-03-04' }];
    expect(dateOfBirthQualifier('1970-03-04', exact)?.effect).toBe(QUALIFIER_EFFECTS.dobExact);
    expect(dateOfBirthQualifier('1970', exact)?.effect).toBe(QUALIFIER_EFFECTS.dobYear);
    expect(dateOfBirthQualifier('1970-04-03', exact)?.reason).toContain('swapped');
    expect(dateOfBirthQualifier('1971-03-04', exact)?.effect).toBe(QUALIFIER_EFFECTS.dobNearYear);
    expect(dateOfBirthQualifier('1990-03-04', exact)?.effect).toBe(QUALIFIER_EFFECTS.dobMismatch);
    const range = [{ kind: 'range' as const, fromYear: 1960, toYear: 1962 }];
    expect(dateOfBirthQualifier('1961-07-01', range)?.effect).toBe(QUALIFIER_EFFECTS.dobRange);
    // The best of several listed dates counts.
    const several = [{ kind: 'year' as const, year: 1950 }, ...exact];
    expect(dateOfBirthQualifier('1970-03-04', several)?.effect).toBe(QUALIFIER_EFFECTS.dobExact);
    expect(dateOfBirthQualifier(undefined, exact)).toBeUndefined();
    expect(dateOfBirthQualifier('1970', [])).toBeUndefined();
  });

  it('compares nationality and gender', () => {
    expect(nationalityQualifier('rus', ['RUS', 'UKR'])?.effect).toBe(
      QUALIFIER_EFFECTS.nationalityMatch,
    );
    expect(nationalityQualifier('FRA', ['RUS'])?.effect).toBe(
      QUALIFIER_EFFECTS.nationalityMismatch,
    );
    expect(nationalityQualifier('FRA', [])).toBeUndefined();
    expect(genderQualifier('M', 'F')?.effect).toBe(QUALIFIER_EFFECTS.genderMismatch);
    expect(genderQualifier('F', 'F')?.effect).toBe(0);
    expect(genderQualifier(undefined, 'F')).toBeUndefined();
  });
});
