import { curatedVariants, scoreNames } from './name-matcher';
import { NAME_SCORE_PARAMETERS } from './name-scorer';

const variants = curatedVariants();
const score = (first: string, second: string) => scoreNames(first, second, variants).score;

describe('scoreNames', () => {
  it('ignores token order, case and punctuation', () => {
    expect(score('PUTIN, Vladimir', 'vladimir putin')).toBe(1);
    expect(score('Ivan Petrov Sidorov', 'Sidorov Ivan Petrov')).toBe(1);
  });

  it('keeps a high score when the other name only adds middle names', () => {
    const contained = score('Vladimir Putin', 'Vladimir Vladimirovich Putin');
    expect(contained).toBeGreaterThan(0.85);
    expect(contained).toBeLessThan(1);
  });

  it('drops when a name part is replaced by another', () => {
    expect(score('Ivan Petrov Kozlov', 'Ivan Petrov Morozov')).toBeLessThan(0.7);
    expect(score('Anna Schmidt', 'Maria Schmidt')).toBeLessThan(0.6);
  });

  it('tolerates typos and spelling variants', () => {
    expect(score('Mohamed Hussein Ali', 'Muhammad Husayn Aly')).toBeGreaterThan(0.9);
    expect(score('Jonathan Smiht', 'Jonathan Smith')).toBeGreaterThanOrEqual(0.85);
  });

  it('aligns a word with adjacent words written apart', () => {
    expect(score('Jan Daniel Bothma', 'JanDaniel Bothma')).toBeGreaterThan(0.95);
    expect(score('van der bilt corp', 'vanderbilt corp')).toBeGreaterThan(0.95);
    expect(
      scoreNames('Xi Jinping', 'Xi Jin Ping', variants).pairs.map((pair) => pair.method),
    ).toContain('joined');
  });

  it('matches across scripts', () => {
    expect(score('Владимир Путин', 'Vladimir Putin')).toBe(1);
    expect(score('أحمد حسن', 'Ahmed Hassan')).toBeGreaterThan(0.8);
    expect(score('김정은', 'Kim Jong Un')).toBeGreaterThan(0.9);
  });

  it('treats legal forms as weak and numbers as equal or not', () => {
    expect(score('Acme Trading LLC', 'Acme Trading')).toBeGreaterThan(0.95);
    expect(score('Acme Trading Ltd', 'Acme Trading Limited')).toBe(1);
    expect(score('Brigade 44', 'Brigade 44')).toBe(1);
    expect(score('Acme Solutions 44', 'Acme Solutions 45')).toBeLessThan(
      score('Acme Solutions 44', 'Acme Solutions 44'),
    );
    expect(score('Falcon Brigade 12', 'Tiger Brigade 12')).toBeLessThan(0.7);
  });

  it('tells "X bin Y" from "Y bin X"', () => {
    expect(score('Salman bin Muhammad Rashid', 'Muhammad bin Salman Rashid')).toBeLessThan(0.75);
    expect(score('Salman bin Muhammad Rashid', 'Salman bin Muhammad Rashid')).toBe(1);
  });

  it('needs a name word, not only particles or legal forms, to score', () => {
    expect(score('al bin', 'al bin')).toBe(0);
    expect(score('Alpha LLC', 'Beta LLC')).toBe(0);
  });

  it('explains each aligned and unmatched token with its weight', () => {
    const { pairs } = scoreNames('Olaf Scholz', 'Olaf Schulze Martin', variants);
    expect(pairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ query: 'olaf', entry: 'olaf', similarity: 1, method: 'equal' }),
        expect.objectContaining({ query: 'scholz', entry: 'schulze', method: 'phonetic' }),
        expect.objectContaining({ entry: 'martin', similarity: 0, method: 'none' }),
      ]),
    );
    expect(NAME_SCORE_PARAMETERS.longSidePenalty).toBeLessThan(
      NAME_SCORE_PARAMETERS.shortSidePenalty,
    );
  });
});
