import type { WatchlistEntry, WatchlistVersion } from '../watchlists/watchlist-entry';
import { DEFAULT_ALERT_THRESHOLD } from './match-thresholds';
import { WatchlistIndex } from './watchlist-index';

function person(id: string, names: string[], extra: Partial<WatchlistEntry> = {}): WatchlistEntry {
  return {
    id: `csv:${id}`,
    list: 'csv',
    sourceId: id,
    kind: 'individual',
    names: names.map((full, index) => ({ full, quality: index === 0 ? 'primary' : 'good' })),
    datesOfBirth: [],
    nationalities: [],
    documents: [],
    programmes: [],
    ...extra,
  };
}

function version(entries: WatchlistEntry[]): WatchlistVersion {
  return { kind: 'csv', source: 'fixture', entries, counts: { aliases: 0 }, skipped: [] };
}

const entries: WatchlistEntry[] = [
  person('1', ['Ivan Sergeyevich PETROV', 'Ivan Sergeevich PETROFF'], {
    datesOfBirth: [{ kind: 'exact', date: '1970-03-15' }],
    nationalities: ['RUS'],
    gender: 'M',
    documents: [{ number: '71 0I2345', issuingCountry: 'RUS', type: 'P' }],
  }),
  person('2', ['Abdul Rahman AL-HASHIMI'], { datesOfBirth: [{ kind: 'year', year: 1965 }] }),
  person('3', ['Maria Lopez Garcia'], {
    datesOfBirth: [{ kind: 'range', fromYear: 1980, toYear: 1984 }],
    gender: 'F',
  }),
  person('4', ['Joe'], {}),
  person('5', ['Zhou Peng'], {}),
  {
    ...person('6', ['Northern Shipping Company'], {}),
    kind: 'entity',
  },
  {
    ...person('SLTD-1', [], {}),
    list: 'documents',
    id: 'documents:SLTD-1',
    kind: 'document',
    documents: [{ number: 'X1234567', issuingCountry: 'FRA', type: 'P' }],
  },
];

const index = new WatchlistIndex([version(entries)]);

describe('WatchlistIndex', () => {
  it('builds the same index a slice at a time, pausing between slices', async () => {
    let pauses = 0;
    const sliced = await WatchlistIndex.build(
      [version(entries)],
      {},
      async () => {
        pauses += 1;
        await Promise.resolve();
      },
      2,
    );
    // 7 entries in slices of 2: a pause after the 2nd, 4th and 6th.
    expect(pauses).toBe(3);
    expect([sliced.entryCount, sliced.nameCount]).toEqual([index.entryCount, index.nameCount]);
    for (const subject of [
      { fullName: 'Ivan PETROFF', dateOfBirth: '1970-03-15' },
      { fullName: 'Abdurrahman Al Hashimi' },
      { fullName: 'Someone', documents: [{ number: 'X1234567', issuingCountry: 'FRA' }] },
    ]) {
      expect(sliced.match(subject)).toEqual(index.match(subject));
    }
  });

  it('indexes the names of individuals only', () => {
    expect(index.entryCount).toBe(entries.length);
    // Petrov's two names, Al-Hashimi, Lopez Garcia, Joe, Zhou Peng.
    expect(index.nameCount).toBe(6);
    expect(index.threshold).toBe(DEFAULT_ALERT_THRESHOLD);
    expect(index.match({ fullName: 'Northern Shipping Company' })).toEqual([]);
  });

  it('finds a traveller despite order, spelling and a typo, and explains the score', () => {
    const [best] = index.match({ givenNames: 'Ivan', surname: 'Petorv' });
    expect(best.entry.id).toBe('csv:1');
    expect(best.kind).toBe('name');
    expect(best.alert).toBe(true);
    expect(best.explanation.queryName).toBe('Ivan Petorv');
    expect(best.explanation.tokens).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ query: 'ivan', entry: 'ivan', method: 'equal' }),
      ]),
    );
    expect(best.explanation.summary).toContain('Ivan Petorv');
  });

  it('raises the score for a matching date of birth, nationality and gender', () => {
    const bare = index.match({ fullName: 'Ivan Petrov' })[0];
    const qualified = index.match({
      fullName: 'Ivan Petrov',
      dateOfBirth: '1970-03-15',
      nationality: 'RUS',
      gender: 'M',
    })[0];
    expect(qualified.score).toBeGreaterThan(bare.score - 0.0001);
    expect(qualified.explanation.qualifiers.map((qualifier) => qualifier.qualifier)).toEqual([
      'dob',
      'nationality',
      'gender',
    ]);
    expect(qualified.explanation.qualifiers[0].effect).toBeGreaterThan(0);
  });

  it('lowers the score for a different date of birth or gender', () => {
    const bare = index.match({ fullName: 'Maria Lopez Garcia' })[0];
    const older = index.match({ fullName: 'Maria Lopez Garcia', dateOfBirth: '1950-01-01' })[0];
    const within = index.match({ fullName: 'Maria Lopez Garcia', dateOfBirth: '1982' })[0];
    const man = index.match({ fullName: 'Maria Lopez Garcia', gender: 'M' })[0];
    expect(older.score).toBeLessThan(bare.score);
    expect(older.explanation.qualifiers[0].effect).toBeLessThan(0);
    expect(within.explanation.qualifiers[0]).toMatchObject({ qualifier: 'dob' });
    expect(within.explanation.qualifiers[0].reason).toContain('within 1980-1984');
    expect(man.score).toBeLessThan(bare.score);
  });

  it('matches Abdul Rahman in any spelling, and Arabic script', () => {
    expect(index.match({ fullName: 'Abdelrahman Hashimi' })[0].entry.id).toBe('csv:2');
    expect(index.match({ fullName: 'عبد الرحمن الهاشمي' })[0].entry.id).toBe('csv:2');
  });

  it('does not compare a one-word alias with a longer traveller name', () => {
    const results = index.match({ fullName: 'Joe Miller' });
    expect(results.find((result) => result.entry.id === 'csv:4')).toBeUndefined();
    expect(index.match({ fullName: 'Joe' })[0].entry.id).toBe('csv:4');
  });

  it('treats an equal document number from the same issuer as decisive', () => {
    const [hit] = index.match({
      fullName: 'Somebody Else',
      documents: [{ number: '710 I2345', issuingCountry: 'RUS' }],
    });
    expect(hit).toMatchObject({ kind: 'document', score: 1, alert: true });
    expect(hit.entry.id).toBe('csv:1');
    const [lost] = index.match({ documents: [{ number: 'x123-4567', issuingCountry: 'FRA' }] });
    expect(lost.entry.id).toBe('documents:SLTD-1');
    expect(index.match({ documents: [{ number: 'X1234567', issuingCountry: 'DEU' }] })).toEqual([]);
  });

  it('returns the best candidate even below the threshold, and honours limit and threshold', () => {
    const [weak] = index.match({ fullName: 'Zhou Ping' }, { threshold: 0.99 });
    expect(weak.entry.id).toBe('csv:5');
    expect(weak.alert).toBe(false);
    expect(index.match({ fullName: 'Ivan Petrov' }, { limit: 1 })).toHaveLength(1);
  });

  it('returns only alerting results when asked (screen), the same ones as without the option', () => {
    expect(index.match({ fullName: 'Zhou Ping' }, { threshold: 0.99, alertsOnly: true })).toEqual(
      [],
    );
    const all = index.match({ fullName: 'Ivan Petrov' });
    const alerting = index.match({ fullName: 'Ivan Petrov' }, { alertsOnly: true });
    expect(alerting.length).toBeGreaterThan(0);
    expect(alerting).toEqual(all.filter((result) => result.alert));
  });

  it('leaves the explanation out on request, with the same score', () => {
    const explained = index.match({ fullName: 'Ivan Petrov', dateOfBirth: '1970' })[0];
    const bare = index.match(
      { fullName: 'Ivan Petrov', dateOfBirth: '1970' },
      { explain: false },
    )[0];
    expect(bare.score).toBe(explained.score);
    expect(bare.explanation).toEqual({
      nameScore: explained.explanation.nameScore,
      tokens: [],
      qualifiers: [],
      summary: '',
    });
  });

  it('returns nothing when no listed name shares a token', () => {
    expect(index.match({ fullName: 'Zygmunt Kowalczyk' })).toEqual([]);
  });

  it('learns spelling variants from a primary name and its alias', () => {
    expect(index.variants.same('petrov', 'petroff')).toBe(true);
  });
});
