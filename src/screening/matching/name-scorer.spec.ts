import { curatedVariants, scoreNames } from './name-matcher';
import { NAME_SCORE_PARAMETERS } from './name-scorer';

const variants = curatedVariants();
const score = (first: string, second: string) => scoreNames(first, second, variants).score;

describe('scoreNames', () => {
  it('ignores token order, case and punctuation', () => {
    expect(score('TELNOV, Boris', 'boris telnov')).toBe(1);
    expect(score('Ivan Lebedev Sidorov', 'Sidorov Ivan Lebedev')).toBe(1);
  });

  it('keeps a high score when the other name only adds middle names', () => {
    const contained = score('Boris Telnov', 'Boris Andreyevich Telnov');
    expect(contained).toBeGreaterThan(0.85);
    expect(contained).toBeLessThan(1);
  });

  it('drops when a name part is replaced by another', () => {
    expect(score('Ivan Lebedev Kozlov', 'Ivan Lebedev Morozov')).toBeLessThan(0.7);
    expect(score('Anna Schmidt', 'Maria Schmidt')).toBeLessThan(0.6);
  });

  it('tolerates typos and spelling variants', () => {
    expect(score('Mohamed Hussein Qadri', 'Muhammad Husayn Qadri')).toBeGreaterThan(0.9);
    expect(score('Jonathan Smiht', 'Jonathan Smith')).toBeGreaterThanOrEqual(0.85);
  });

  it('aligns a word with adjacent words written apart', () => {
    expect(score('Ana Maria Velasco', 'AnaMaria Velasco')).toBeGreaterThan(0.95);
    expect(score('van der hoek trading', 'vanderhoek trading')).toBeGreaterThan(0.95);
    expect(
      scoreNames('Chen Jianguo', 'Chen Jian Guo', variants).pairs.map((pair) => pair.method),
    ).toContain('joined');
  });

  it('matches across scripts', () => {
    expect(score('Борис Тельнов', 'Boris Telnov')).toBe(1);
    expect(score('كريم منصور', 'Karim Mansour')).toBeGreaterThan(0.8);
    expect(score('김철수', 'Kim Chol Su')).toBeGreaterThan(0.9);
  });

  it('treats legal forms as weak and numbers as equal or not', () => {
    expect(score('Acme Trading LLC', 'Acme Trading')).toBeGreaterThan(0.95);
    expect(score('Acme Trading Ltd', 'Acme Trading Limited')).toBe(1);
    expect(score('Squadron 17', 'Squadron 17')).toBe(1);
    expect(score('Acme Solutions 44', 'Acme Solutions 45')).toBeLessThan(
      score('Acme Solutions 44', 'Acme Solutions 44'),
    );
    expect(score('Falcon Brigade 12', 'Tiger Brigade 12')).toBeLessThan(0.7);
  });

  it('tells "X bin Y" from "Y bin X"', () => {
    expect(score('Tariq bin Yusuf Haddad', 'Yusuf bin Tariq Haddad')).toBeLessThan(0.75);
    expect(score('Tariq bin Yusuf Haddad', 'Tariq bin Yusuf Haddad')).toBe(1);
  });

  it('needs a name word, not only particles or legal forms, to score', () => {
    expect(score('al bin', 'al bin')).toBe(0);
    expect(score('Alpha LLC', 'Beta LLC')).toBe(0);
  });

  it('explains each aligned and unmatched token with its weight', () => {
    const { pairs } = scoreNames('Dieter Brandt', 'Dieter Brant Keller', variants);
    expect(pairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          query: 'dieter',
          entry: 'dieter',
          similarity: 1,
          method: 'equal',
        }),
        expect.objectContaining({ query: 'brandt', entry: 'brant', method: 'phonetic' }),
        expect.objectContaining({ entry: 'keller', similarity: 0, method: 'none' }),
      ]),
    );
    expect(NAME_SCORE_PARAMETERS.longSidePenalty).toBeLessThan(
      NAME_SCORE_PARAMETERS.shortSidePenalty,
    );
  });
});
