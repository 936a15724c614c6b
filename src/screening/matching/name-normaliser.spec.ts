import { normaliseName, normaliseToken } from './name-normaliser';
import { transliterate } from './transliterate';

const texts = (raw: string) => normaliseName(raw).map((token) => token.text);
const kinds = (raw: string) => normaliseName(raw).map((token) => `${token.text}:${token.kind}`);

describe('transliterate', () => {
  it('folds case and diacritics and keeps Latin words', () => {
    expect(transliterate('Dragan ŠĆEPANOVIĆ').map((word) => word.text)).toEqual([
      'dragan',
      'scepanovic',
    ]);
    expect(transliterate('Straße Øre').map((word) => word.text)).toEqual(['strasse', 'ore']);
  });

  it('romanises Cyrillic and Greek and keeps the original word', () => {
    const [first, second] = transliterate('Борис Тельнов');
    expect([first.text, second.text]).toEqual(['boris', 'telnov']);
    expect(first.source).toBe('борис');
    expect(transliterate('Σπύρος')[0]).toMatchObject({ text: 'spyros', source: 'σπυρος' });
  });

  it('flags abjad words and splits the joined Arabic article', () => {
    const words = transliterate('عبد الكريم الزيدي');
    expect(words.map((word) => word.text)).toEqual(['bd', 'l', 'krym', 'l', 'zydy']);
    expect(words.every((word) => word.abjad)).toBe(true);
    expect(transliterate('יוסף')[0]).toMatchObject({ text: 'yvsf', abjad: true });
  });

  it('groups Han syllables per word and splits a one-word name after the family name', () => {
    expect(transliterate('陈建国').map((word) => word.text)).toEqual(['chen', 'jianguo']);
    expect(transliterate('志强 刘').map((word) => word.text)).toEqual(['zhiqiang', 'liu']);
    expect(transliterate('최민수').map((word) => word.text)).toEqual(['choe', 'minsu']);
    // Hangul in the McCune-Reischauer vowels that lists use: 김철수 → gim cholsu (Kim Chol Su).
    expect(transliterate('김철수').map((word) => word.text)).toEqual(['gim', 'cholsu']);
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
    expect(kinds('Mr. Tariq bin Zayed')).toEqual(['tariq:name', 'bin:particle', 'zayed:name']);
    expect(kinds('Ludwig van Beethoven')).toEqual([
      'ludwig:name',
      'van:particle',
      'beethoven:name',
    ]);
  });

  it('maps Arabic-script particles to their Latin form', () => {
    expect(kinds('خالد بن سعيد')).toEqual(['khld:name', 'bin:particle', 'syd:name']);
  });

  it('writes every spelling of "abd" the same way', () => {
    expect(texts('Abd al-Rahman')).toEqual(['abdrahman']);
    expect(texts('Abdul Rahman')).toEqual(['abdrahman']);
    expect(texts('Abdurrahman')).toEqual(['abdrahman']);
    expect(texts('Abdel Rahman')).toEqual(['abdrahman']);
    expect(normaliseToken('Abdullah')).toBe(normaliseToken('Abdallah'));
  });

  it('turns legal forms, written out or abbreviated, into one code', () => {
    expect(kinds('Nordlicht Gesellschaft mit beschränkter Haftung')).toEqual([
      'nordlicht:name',
      'gmbh:legal',
    ]);
    expect(kinds('Bluefin Corporation')).toEqual(['bluefin:name', 'corp:legal']);
    expect(texts('ООО "Ромашка"')).toEqual(['ooo', 'romashka']);
    expect(texts('Coastal Pumps Corporation Joint Stock Company')).toEqual([
      'coastal',
      'pumps',
      'corp',
      'jsc',
    ]);
  });

  it('classifies numbers, roman numerals and initials, and drops stop words', () => {
    expect(kinds('Xi Wenbo')).toEqual(['xi:name', 'wenbo:name']);
    expect(kinds('The Harbor Solutions II')).toEqual([
      'harbor:name',
      'solutions:name',
      'ii:number',
    ]);
    expect(kinds('A. Rostami')).toEqual(['a:initial', 'rostami:name']);
    expect(kinds('AYAS 2000')).toEqual(['ayas:name', '2000:number']);
  });

  it('reads look-alike digits inside words as letters', () => {
    expect(texts('Ol3g Vor0nin')).toEqual(['oleg', 'voronin']);
    expect(kinds('Trust 2004')).toEqual(['trust:name', '2004:number']);
  });

  it('keeps a title that is the whole name', () => {
    expect(texts('President')).toEqual(['president']);
  });
});
