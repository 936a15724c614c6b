import { syntheticMessage } from '../../../test/support/synthetic-messages';
import { screen } from '../../screening/engine/screen';
import { WatchlistIndex } from '../../screening/matching/watchlist-index';
import { compileRules } from '../../screening/rules/rule-loader';
import type { WatchlistEntry } from '../../screening/watchlists/watchlist-entry';
import { screenInSlices } from './sliced-screening';

const listed = (id: string, given: string, surname: string): WatchlistEntry => ({
  id: `csv:${id}`,
  list: 'csv',
  sourceId: id,
  kind: 'individual',
  names: [{ full: `${given} ${surname}`, quality: 'primary' }],
  datesOfBirth: [],
  nationalities: [],
  documents: [],
  programmes: [],
});

describe('screenInSlices', () => {
  const index = new WatchlistIndex([
    {
      kind: 'csv',
      source: 'test',
      entries: [listed('A', 'Orvald', 'Trenchmoor'), listed('B', 'Selka', 'Varanović')],
      counts: { aliases: 0 },
      skipped: [],
    },
  ]);
  const travellers = Array.from({ length: 200 }, (_, i) => ({
    given: `Person${String.fromCharCode(65 + (i % 26))}`,
    surname: `Traveller${i}`,
  }));
  travellers[3] = { given: 'ORVALD', surname: 'TRENCHMOOR' };
  travellers[150] = { given: 'SELKA', surname: 'VARANOVIC' };
  const message = syntheticMessage(
    { carrier: 'KQ', number: '7', from: 'LHR', to: 'NBO', date: '2026-03-01' },
    travellers,
  );
  const rules = compileRules([
    {
      id: 'everyone',
      name: 'Everyone on KQ7',
      description: 'all',
      severity: 'low',
      maxHitsPerMessage: 3,
      criteria: { field: 'flight.number', op: '=', value: 'KQ7' },
    },
  ]).rules;

  it('finds what the engine finds in one go, at the same travellers, rule caps kept', async () => {
    const whole = screen(message, index, rules).hits;
    const sliced = await screenInSlices(message, index, rules);
    const key = (hit: (typeof whole)[number]) =>
      `${hit.kind}|${hit.traveller.index}|${hit.entry?.id ?? hit.rule?.id}`;
    expect(sliced.map(key)).toEqual(whole.map(key));
    expect(sliced.filter((hit) => hit.entry).map((hit) => hit.traveller.index)).toEqual([3, 150]);
    expect(sliced.filter((hit) => hit.rule)).toHaveLength(3);
  });
});

describe('screenInSlices with onlyEntries', () => {
  it('looks only at the entries asked for (a re-screening after a list version)', async () => {
    const index = new WatchlistIndex([
      {
        kind: 'csv',
        source: 'test',
        entries: [listed('OLD', 'Orvald', 'Trenchmoor'), listed('NEW', 'Orvald', 'Trenchmore')],
        counts: { aliases: 0 },
        skipped: [],
      },
    ]);
    const message = syntheticMessage(
      { carrier: 'KQ', number: '8', from: 'LHR', to: 'NBO', date: '2026-03-01' },
      [{ given: 'ORVALD', surname: 'TRENCHMOOR' }],
    );
    const all = await screenInSlices(message, index, []);
    expect(all.map((hit) => hit.entry?.id).sort()).toEqual(['csv:NEW', 'csv:OLD']);
    const only = await screenInSlices(message, index, [], { onlyEntries: new Set(['csv:NEW']) });
    expect(only.map((hit) => hit.entry?.id)).toEqual(['csv:NEW']);
  });
});
