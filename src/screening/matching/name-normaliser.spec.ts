import { normaliseName, normaliseToken } from './name-normaliser';
import { transliterate } from './transliterate';

const texts = (raw: string) => normaliseName(raw).map((token) => token.text);
const kinds = (raw: string) => normaliseName(raw).map((token) => `${token.text}:${token.kind}`);

describe('transliterate', () => {
  it('folds case and diacritics and keeps Latin words', () => {
    expect(transliterate('Aleksandar VUČIĆ').map((word) => word.text)).toEqual([
      'aleksandar',
      'vucic',
    ]);
    expect(transliterate('Straße Øre').map((word) => word.text)).toEqual(['strasse', 'ore']);
  });

  it('romanises Cyrillic and Greek and keeps the original word', () => {
    const [first, second] = transliterate('Владимир Путин');
    expect([first.text, second.text]).toEqual(['vladimir', 'putin']);
    expect(first.source).toBe('владимир');
    expect(transliterate('Νικόλαος')[0]).toMatchObject({ text: 'nikolaos', source: 'νικολαος' });
  });

  it('flags abjad words and splits the joined Arabic article', () => {
    const words = transliterate('عبد الفتاح السيسي');
    expect(words.map((word) => word.text)).toEqual(['bd', 'l', 'fth', 'l', 'sysy']);
    expect(words.every((word) => word.abjad)).toBe(true);
    expect(transliterate('משה')[0]).toMatchObject({ text: 'msh', abjad: true });
  });

  it('groups Han syllables per word and splits a one-word name after the family name', () => {
    expect(transliterate('习近平').map((word) => word.text)).toEqual(['xi', 'jinping']);
    expect(transliterate('建宏 張').map((word) => word.text)).toEqual(['jianhong', 'zhang']);
    expect(transliterate('이민호').map((word) => word.text)).toEqual(['i', 'minho']);
    // Hangul in the McCune-Reischauer vowels that lists use: 김정은 → gim jongun (Kim Jong Un).
    expect(transliterate('김정은').map((word) => word.text)).toEqual(['gim', 'jongun']);
  });

  it('joins dotted abbreviations and apostrophes', () => {
    expect(transliterate('S.R.L. O’Brien Int’l').map((word) => word.text)).toEqual([
      'srl',
      'obrien',
      'intl',
    ]);
  });
});

describe('normaliseName', () => {
  it('drops titles and marks particles', () => {
    expect(kinds('Mr. Osama bin Laden')).toEqual(['osama:name', 'bin:particle', 'laden:name']);
    expect(kinds('Ludwig van Beethoven')).toEqual([
      'ludwig:name',
      'van:particle',
      'beethoven:name',
    ]);
  });

  it('maps Arabic-script particles to their Latin form', () => {
    expect(kinds('محمد بن سلمان')).toEqual(['mhmd:name', 'bin:particle', 'slmn:name']);
  });

  it('writes every spelling of "abd" the same way', () => {
    expect(texts('Abd al-Rahman')).toEqual(['abdrahman']);
    expect(texts('Abdul Rahman')).toEqual(['abdrahman']);
    expect(texts('Abdurrahman')).toEqual(['abdrahman']);
    expect(texts('Abdel Rahman')).toEqual(['abdrahman']);
    expect(normaliseToken('Abdullah')).toBe(normaliseToken('Abdallah'));
  });

  it('turns legal forms, written out or abbreviated, into one code', () => {
    expect(kinds('Volkswagen Gesellschaft mit beschränkter Haftung')).toEqual([
      'volkswagen:name',
      'gmbh:legal',
    ]);
    expect(kinds('Microsoft Corporation')).toEqual(['microsoft:name', 'corp:legal']);
    expect(texts('ООО "Ромашка"')).toEqual(['ooo', 'romashka']);
    expect(texts('Tactical Missiles Corporation Joint Stock Company')).toEqual([
      'tactical',
      'missiles',
      'corp',
      'jsc',
    ]);
  });

  it('classifies numbers, roman numerals and initials, and drops stop words', () => {
    expect(kinds('Xi Jinping')).toEqual(['xi:name', 'jinping:name']);
    expect(kinds('The Bowne Solutions II')).toEqual(['bowne:name', 'solutions:name', 'ii:number']);
    expect(kinds('A. Khamenei')).toEqual(['a:initial', 'khamenei:name']);
    expect(kinds('AYAS 2000')).toEqual(['ayas:name', '2000:number']);
  });

  it('reads look-alike digits inside words as letters', () => {
    expect(texts('Ig0r Sech1n')).toEqual(['igor', 'sechin']);
    expect(kinds('Trust 2004')).toEqual(['trust:name', '2004:number']);
  });

  it('keeps a title that is the whole name', () => {
    expect(texts('President')).toEqual(['president']);
  });
});
