import { NON_STATE_ORGANISATIONS, PARTNER_AGENCIES, PROGRAMME_ORGANISATION } from './partner-agencies';
import { UN_MEMBER_STATES } from './un-member-states';

describe('programme and partner agencies', () => {
  it('lists the five partner agencies with their full names', () => {
    expect(PARTNER_AGENCIES.map((a) => [a.code, a.name])).toEqual([
      ['CTED', 'Counter-Terrorism Committee Executive Directorate'],
      ['UNODC', 'United Nations Office on Drugs and Crime'],
      ['ICAO', 'International Civil Aviation Organization'],
      ['UNOICT', 'United Nations Office of Information and Communications Technology'],
      ['INTERPOL', 'International Criminal Police Organization'],
    ]);
    expect(PARTNER_AGENCIES.every((a) => a.kind === 'partner')).toBe(true);
  });

  it('names the programme organisation', () => {
    expect(PROGRAMME_ORGANISATION).toMatchObject({ code: 'UNOCT', kind: 'programme' });
    expect(PROGRAMME_ORGANISATION.name).toContain('Countering Terrorist Travel Programme');
  });

  it('uses codes that fit the organisation code column and clash with no State code', () => {
    const stateCodes = new Set(UN_MEMBER_STATES.map((s) => s.alpha3));
    const codes = NON_STATE_ORGANISATIONS.map((o) => o.code);
    expect(new Set(codes).size).toBe(6);
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z]{2,16}$/);
      expect(stateCodes.has(code)).toBe(false);
    }
    for (const org of NON_STATE_ORGANISATIONS) expect(org.name.length).toBeLessThanOrEqual(200);
  });
});
