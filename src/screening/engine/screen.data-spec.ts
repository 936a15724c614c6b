import { readdirSync, readFileSync } from 'node:fs';
import { sharedDataPath } from '../cli/evaluation/shared-data';
import { WatchlistIndex } from '../matching/watchlist-index';
import { parseMessage } from '../parse-message';
import { loadWatchlist } from '../watchlists/load-watchlist';
import type { WatchlistEntry } from '../watchlists/watchlist-entry';
import { screen } from './screen';

/**
 * screen() against the real UN and OFAC lists: the GTAS sample travellers (invented people)
 * raise no list hit, and a traveller who carries a listed person's name and date of birth
 * (taken from the list at run time, never written here) does, with the entry and why.
 */

const un = loadWatchlist(`un:${sharedDataPath('watchlists', 'un', 'consolidated.xml')}`);
const ofac = loadWatchlist(`ofac:${sharedDataPath('watchlists', 'ofac', '2021-07-07')}`);
const index = new WatchlistIndex([un, ofac]);

function yymmdd(date: string): string {
  return date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/** A one-passenger PAXLST for a listed individual's primary Latin name and exact birth date. */
function manifestFor(entry: WatchlistEntry): Buffer | undefined {
  const name = entry.names.find((n) => n.quality === 'primary' && !n.originalScript);
  const birth = entry.datesOfBirth.find((d) => d.kind === 'exact');
  if (!name?.family || !name.given?.length || birth?.kind !== 'exact') return undefined;
  const release = (text: string) => text.replace(/[?+:']/g, (c) => `?${c}`);
  const segments = [
    'UNH+1+PAXLST:D:05B:UN:IATA',
    'BGM+745',
    'TDT+20+XY1',
    'LOC+125+LHR',
    'DTM+189:2612010900:201',
    'LOC+87+DXB',
    `NAD+FL+++${release(name.family)}:${release(name.given.join(' '))}`,
    `DTM+329:${yymmdd(birth.date)}`,
    'CNT+42:1',
  ];
  segments.push(`UNT+${segments.length + 1}+1`);
  return Buffer.from(`UNB+UNOC:4+XY+PIU+261201:0800+1'${segments.join("'")}'UNZ+1+1'`);
}

describe('screen() against UN + OFAC', () => {
  it('raises no list hit on the 12 GTAS samples', () => {
    const dir = sharedDataPath('messages');
    const files = readdirSync(dir).filter((file) => file.startsWith('gtas_'));
    expect(files).toHaveLength(12);
    let travellers = 0;
    for (const file of files) {
      for (const message of parseMessage(readFileSync(`${dir}/${file}`)).messages) {
        const result = screen(message, index, undefined);
        travellers += result.travellersScreened;
        expect(result.hits.map((h) => `${file} ${h.traveller.name} ${h.entry?.id}`)).toEqual([]);
      }
    }
    expect(travellers).toBeGreaterThan(40);
  });

  it('hits a listed individual by name and date of birth, with the entry and the reasons', () => {
    const listed = un.entries.filter((e) => e.kind === 'individual');
    let checked = 0;
    for (const entry of listed) {
      const bytes = manifestFor(entry);
      if (!bytes) continue;
      const [message] = parseMessage(bytes).messages;
      const { hits } = screen(message, index, undefined);
      const hit = hits.find((h) => h.entry?.id === entry.id);
      expect(hit).toMatchObject({ kind: 'name', traveller: { id: 'T1' }, entry: { list: 'un' } });
      expect(hit?.score).toBeGreaterThanOrEqual(0.95);
      expect(hit?.severity).toBe('high');
      expect(hit?.explanation).toMatch(/date of birth/);
      checked += 1;
      if (checked === 20) break;
    }
    expect(checked).toBe(20);
  });
});
