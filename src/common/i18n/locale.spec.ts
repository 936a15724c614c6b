import { resolveLocale } from './translator';
import { supportLocale } from './locale';

describe('resolveLocale', () => {
  beforeAll(() => supportLocale('fr'));

  it('is English without a header or with no language it has', () => {
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale('de-DE, ja;q=0.5')).toBe('en');
    expect(resolveLocale('*')).toBe('en');
  });

  it('takes the language of highest quality, then the earliest', () => {
    expect(resolveLocale('en;q=0.4, fr;q=0.9')).toBe('fr');
    expect(resolveLocale('fr, en')).toBe('fr');
    expect(resolveLocale('en, fr')).toBe('en');
    expect(resolveLocale('de;q=1, fr;q=0.2, en;q=0.1')).toBe('fr');
  });

  it('never picks a language the header refuses (q=0)', () => {
    expect(resolveLocale('fr;q=0, en;q=0.1')).toBe('en');
  });

  it('falls back from a region to its language, and matches tags whatever their case', () => {
    expect(resolveLocale('fr-CA')).toBe('fr');
    expect(resolveLocale('de-CH, en-GB;q=0.8')).toBe('en');
    expect(resolveLocale('EN-xa')).toBe('en-XA');
  });

  it('selects the pseudo-locale by its own tag only: other English stays English', () => {
    expect(resolveLocale('en-XA')).toBe('en-XA');
    expect(resolveLocale('en-US')).toBe('en');
  });

  it("puts the member's own choice first, when it has a catalogue", () => {
    expect(resolveLocale('en', 'fr')).toBe('fr');
    expect(resolveLocale('fr', 'tlh')).toBe('fr');
    expect(resolveLocale('fr', null)).toBe('fr');
  });
});
