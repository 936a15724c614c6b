import type { TravellerRecord } from '../pipeline/traveller-record';
import { rankTravellers, type SearchableTraveller } from './traveller-name-search';

const record = (surname: string, givenNames: string, extra: Partial<TravellerRecord> = {}) => ({
  surname,
  givenNames,
  documents: [],
  contacts: [],
  pnrLocators: [],
  ...extra,
});

const TRAVELLERS: SearchableTraveller[] = [
  {
    id: 1,
    record: record('PETROVA', 'LUDMILA', { dateOfBirth: '1984-03-09', nationality: 'UKR' }),
  },
  { id: 2, record: record('PETROV', 'IVAN', { dateOfBirth: '1979-11-02' }) },
  { id: 3, record: record('ALHASSAN', 'MOHAMMED', { dateOfBirth: '1990-01-15' }) },
  { id: 4, record: record('HALVORSEN', 'TOBIAS') },
  { id: 5, record: record('OKONKWO', 'AMARA') },
  { id: 6, record: record('PETROVA', 'LUDMILA', { dateOfBirth: '1961-07-30' }) },
];

const ids = (name: string, born?: string) =>
  rankTravellers(TRAVELLERS, { name, born }).map((ranked) => ranked.id);

describe('rankTravellers', () => {
  it('finds a name written in another script, misspelt, or surname first', () => {
    expect(ids('Людмила Петрова').slice(0, 2).sort()).toEqual([1, 6]);
    expect(ids('Ludmilla Petrowa').slice(0, 2).sort()).toEqual([1, 6]);
    expect(ids('PETROVA, Ludmila').slice(0, 2).sort()).toEqual([1, 6]);
    expect(ids('Muhammad Al-Hasan')[0]).toBe(3);
  });

  it('ranks by the engine’s score, moved by a date of birth when given', () => {
    const ranked = rankTravellers(TRAVELLERS, { name: 'Ludmila Petrova', born: '1961-07-30' });
    expect(ranked[0].id).toBe(6);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
    expect(ranked[0].tokens.length).toBeGreaterThan(0);
    for (const [i, result] of ranked.entries()) {
      if (i > 0) expect(result.score).toBeLessThanOrEqual(ranked[i - 1].score);
    }
  });

  it('finds every traveller of a common name, up to the limit, not only the index’s first few', () => {
    const many: SearchableTraveller[] = [];
    for (let id = 0; id < 2000; id++) {
      const petrova = id % 50 === 0;
      many.push({
        id,
        record: record(
          petrova ? 'PETROVA' : `PETROV${'ABCDEFGHIJ'[id % 10]}${id}`,
          petrova ? 'LUDMILA' : 'LUDMILA',
        ),
      });
    }
    // 40 LUDMILA PETROVA among 2,000 LUDMILAs whose surnames all start like hers.
    const ranked = rankTravellers(many, { name: 'Ludmila Petrova' });
    expect(ranked.filter((result) => result.score === 1).map((result) => result.id)).toEqual(
      many.filter((traveller) => traveller.id % 50 === 0).map((traveller) => traveller.id),
    );
    expect(ranked).toHaveLength(50);
  });

  it('shows nobody for a name no traveller has, and nothing from no travellers', () => {
    expect(ids('Zebulon Quaxworth')).toEqual([]);
    expect(rankTravellers([], { name: 'Ivan Petrov' })).toEqual([]);
  });
});
