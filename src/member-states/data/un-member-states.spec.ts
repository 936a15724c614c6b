import * as countries from 'i18n-iso-countries';
import {
  findMemberState,
  m49SubRegionOf,
  UN_MEMBER_STATES,
  UN_REGIONS,
  UN_SUB_REGIONS,
} from './un-member-states';

describe('UN Member States', () => {
  it('lists exactly 193 States with unique names and codes', () => {
    expect(UN_MEMBER_STATES).toHaveLength(193);
    expect(new Set(UN_MEMBER_STATES.map((s) => s.alpha3)).size).toBe(193);
    expect(new Set(UN_MEMBER_STATES.map((s) => s.alpha2)).size).toBe(193);
    expect(new Set(UN_MEMBER_STATES.map((s) => s.name)).size).toBe(193);
  });

  it('uses ISO 3166-1 codes that agree with each other', () => {
    for (const state of UN_MEMBER_STATES) {
      expect(state.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(state.alpha2).toMatch(/^[A-Z]{2}$/);
      expect({ state: state.name, known: countries.isValid(state.alpha3) }).toEqual({
        state: state.name,
        known: true,
      });
      expect({ state: state.name, alpha2: countries.alpha3ToAlpha2(state.alpha3) }).toEqual({
        state: state.name,
        alpha2: state.alpha2,
      });
    }
  });

  it('puts every State in one of the five regions and a sub-region of that region', () => {
    for (const state of UN_MEMBER_STATES) {
      expect(UN_REGIONS).toContain(state.region);
      expect(UN_SUB_REGIONS[state.region]).toContain(state.subRegion);
    }
  });

  it('has the number of States per region the UN geoscheme gives', () => {
    const perRegion = Object.fromEntries(
      UN_REGIONS.map((r) => [r, UN_MEMBER_STATES.filter((s) => s.region === r).length]),
    );
    expect(perRegion).toEqual({ Africa: 54, Americas: 35, Asia: 47, Europe: 43, Oceania: 14 });
    // Every listed sub-region holds at least one State.
    for (const region of UN_REGIONS) {
      for (const subRegion of UN_SUB_REGIONS[region]) {
        expect(UN_MEMBER_STATES.some((s) => s.subRegion === subRegion)).toBe(true);
      }
    }
  });

  it('leaves out observers and territories that are not Member States', () => {
    for (const code of ['VAT', 'PSE', 'XKX', 'TWN', 'ESH', 'HKG', 'PRI', 'GRL', 'COK', 'NIU']) {
      expect(findMemberState(code)).toBeUndefined();
    }
  });

  it('places a few well-known States where M49 does', () => {
    expect(findMemberState('sdn')).toMatchObject({ region: 'Africa', subRegion: 'Northern Africa' });
    expect(findMemberState('KEN')).toMatchObject({ region: 'Africa', subRegion: 'Eastern Africa' });
    expect(findMemberState('JAM')).toMatchObject({ region: 'Americas', subRegion: 'Caribbean' });
    expect(findMemberState('MEX')).toMatchObject({ subRegion: 'Central America' });
    expect(findMemberState('TUR')).toMatchObject({ name: 'Türkiye', subRegion: 'Western Asia' });
    expect(findMemberState('CYP')).toMatchObject({ region: 'Asia', subRegion: 'Western Asia' });
    expect(findMemberState('GBR')).toMatchObject({ region: 'Europe', subRegion: 'Northern Europe' });
    expect(findMemberState('FSM')).toMatchObject({ region: 'Oceania', subRegion: 'Micronesia' });
  });

  it('maps intermediate regions to their M49 sub-region', () => {
    expect(m49SubRegionOf('Western Africa')).toBe('Sub-Saharan Africa');
    expect(m49SubRegionOf('South America')).toBe('Latin America and the Caribbean');
    expect(m49SubRegionOf('Northern Africa')).toBe('Northern Africa');
    expect(m49SubRegionOf('Western Asia')).toBe('Western Asia');
  });

  it('is sorted by name', () => {
    const names = UN_MEMBER_STATES.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names[0]).toBe('Afghanistan');
    expect(names[192]).toBe('Zimbabwe');
  });
});
