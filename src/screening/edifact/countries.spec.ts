import { countryOfLocode, toAlpha3 } from './countries';

describe('toAlpha3', () => {
  it('normalises alpha-2, alpha-3, ICAO D and English names', () => {
    expect(toAlpha3('GB')).toBe('GBR');
    expect(toAlpha3('gbr')).toBe('GBR');
    expect(toAlpha3('D')).toBe('DEU');
    expect(toAlpha3('Ireland')).toBe('IRL');
    expect(toAlpha3('United States of America')).toBe('USA');
  });

  it('keeps ICAO 9303 codes that are not ISO countries, and rejects the unknown', () => {
    expect(toAlpha3('XXA')).toBe('XXA');
    expect(toAlpha3('RKS')).toBe('RKS');
    expect(toAlpha3('ZZZ')).toBeUndefined();
    expect(toAlpha3('Atlantis')).toBeUndefined();
    expect(toAlpha3('')).toBeUndefined();
  });

  it('reads the country of a UN/LOCODE', () => {
    expect(countryOfLocode('GBSOU')).toBe('GBR');
    expect(countryOfLocode('JFK')).toBeUndefined();
  });
});
