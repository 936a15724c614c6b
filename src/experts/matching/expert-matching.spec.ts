import {
  matchExperts,
  pillarMask,
  backgroundMask,
  regionMask,
  type PoolExpert,
} from './expert-matching';
import { dayNumber } from './plain-date';

const day = (text: string) => dayNumber(text)!;

function expert(overrides: Partial<PoolExpert> & { name: string }): PoolExpert {
  return {
    id: Math.floor(Math.random() * 1e9),
    status: 'active',
    consent: true,
    backgrounds: backgroundMask(['detection']),
    pillars: pillarMask(['piu']),
    regions: regionMask(['Africa']),
    languages: ['en', 'fr'],
    available: [],
    unavailable: [],
    engaged: [],
    feedback: null,
    load: 0,
    ...overrides,
  };
}

const REQUEST = {
  pillar: 'piu',
  language: 'fr',
  region: 'Africa',
  from: day('2026-03-02'),
  to: day('2026-03-06'),
};

describe('matchExperts', () => {
  it('ranks pillar, background, language, region, availability, feedback and load, with reasons', () => {
    const best = expert({
      name: 'Best',
      available: [{ from: day('2026-01-01'), to: day('2026-06-30') }],
      feedback: 5,
    });
    const noRegion = expert({ name: 'Elsewhere', regions: regionMask(['Asia']) });
    const busy = expert({ name: 'Busy', load: 2 });
    const legal = expert({
      name: 'Lawyer',
      pillars: pillarMask(['legislative']),
      backgrounds: backgroundMask(['policy']),
    });
    const { ranked } = matchExperts(REQUEST, [legal, busy, noRegion, best]);
    expect(ranked.map((r) => r.expert.name)).toEqual(['Best', 'Busy', 'Elsewhere', 'Lawyer']);
    const top = ranked[0];
    expect(top.score).toBe(100);
    expect(top.reasons.map((r) => r.code)).toEqual([
      'pillar',
      'background',
      'language',
      'region',
      'availabilityCovered',
      'feedback',
      'load',
    ]);
    expect(ranked[2].reasons.find((r) => r.code === 'regionNone')?.points).toBe(0);
    expect(ranked[1].reasons.find((r) => r.code === 'load')).toEqual({
      code: 'load',
      points: 0,
      params: { count: 2 },
    });
    // A policy background fits a PIU request, so the lawyer stays in the list, last.
    expect(ranked[3].reasons[0].code).toBe('pillarBackgroundOnly');
  });

  it('says why each absent expert is absent', () => {
    const pool = [
      expert({ name: 'Pending', status: 'pending' }),
      expert({ name: 'Retired', status: 'inactive' }),
      expert({ name: 'Unlisted', consent: false }),
      expert({ name: 'Anglophone', languages: ['en'] }),
      expert({
        name: 'Engineer',
        pillars: pillarMask(['technology']),
        backgrounds: backgroundMask(['technical']),
      }),
      expert({
        name: 'On leave',
        unavailable: [{ from: day('2026-03-06'), to: day('2026-03-20') }],
      }),
      expert({ name: 'Engaged', engaged: [{ from: day('2026-02-20'), to: day('2026-03-02') }] }),
      expert({ name: 'Free', unavailable: [{ from: day('2026-03-07'), to: day('2026-03-20') }] }),
    ];
    const { ranked, absent } = matchExperts(REQUEST, pool);
    expect(ranked.map((r) => r.expert.name)).toEqual(['Free']);
    expect(Object.fromEntries(absent.map((a) => [a.expert.name, a.reasons]))).toEqual({
      Pending: ['pending'],
      Retired: ['inactive'],
      Unlisted: ['noConsent'],
      Anglophone: ['noLanguage'],
      Engineer: ['otherPillar'],
      'On leave': ['unavailable'],
      Engaged: ['engaged'],
    });
  });

  it('scores availability: covered, partial, outside, undeclared', () => {
    const window = (from: string, to: string) => [{ from: day(from), to: day(to) }];
    const pool = [
      expert({ name: 'a', available: window('2026-03-01', '2026-03-31') }),
      expert({ name: 'b', available: window('2026-03-04', '2026-03-31') }),
      expert({ name: 'c', available: window('2026-04-01', '2026-04-30') }),
      expert({ name: 'd' }),
    ];
    const codes = matchExperts(REQUEST, pool).ranked.map(
      (r) => `${r.expert.name}:${r.reasons[4].code}`,
    );
    expect(codes.sort()).toEqual([
      'a:availabilityCovered',
      'b:availabilityPartial',
      'c:availabilityOutside',
      'd:availabilityUndeclared',
    ]);
  });
});

describe('dayNumber', () => {
  it('reads real dates only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('26-1-1')).toBeNull();
  });
});
