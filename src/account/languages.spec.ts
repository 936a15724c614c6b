import {
  languageName,
  parseLanguageList,
  splitLanguages,
  storedLanguages,
  UN_LANGUAGES,
} from './languages';

describe('languages', () => {
  it('names the six UN languages', () => {
    expect(UN_LANGUAGES.map((code) => languageName(code))).toEqual([
      'Arabic',
      'Chinese',
      'English',
      'French',
      'Russian',
      'Spanish',
    ]);
  });

  it('knows other ISO 639-1 codes and refuses what is not one', () => {
    expect(languageName('sw')).toBe('Swahili');
    expect(languageName('pt')).toBe('Portuguese');
    expect(languageName('xx')).toBeNull();
    expect(languageName('qq')).toBeNull();
    expect(languageName('eng')).toBeNull();
    expect(languageName('EN')).toBeNull();
    expect(languageName('')).toBeNull();
  });

  it('parses a typed list: any separator, any case, no repeats, bad entries kept apart', () => {
    expect(parseLanguageList(' sw, PT;de  sw xx, english ')).toEqual({
      codes: ['sw', 'pt', 'de'],
      invalid: ['xx', 'english'],
    });
    expect(parseLanguageList('')).toEqual({ codes: [], invalid: [] });
  });

  it('reads the stored column and splits UN languages from the rest', () => {
    expect(storedLanguages('')).toEqual([]);
    expect(storedLanguages('en,sw,fr')).toEqual(['en', 'sw', 'fr']);
    expect(splitLanguages(['en', 'sw', 'fr', 'pt'])).toEqual({
      un: ['en', 'fr'],
      other: ['sw', 'pt'],
    });
  });
});
