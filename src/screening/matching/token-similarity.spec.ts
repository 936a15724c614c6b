import { normaliseName } from './name-normaliser';
import { curatedVariants } from './name-matcher';
import { editDistance, editSimilarity, tokenSimilarity } from './token-similarity';

const variants = curatedVariants();
const token = (raw: string) => normaliseName(raw)[0];
const similarity = (first: string, second: string) =>
  tokenSimilarity(token(first), token(second), variants);

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('kinsgley', 'kingsley')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editSimilarity('abcd', 'abcd')).toBe(1);
  });
});

describe('tokenSimilarity', () => {
  it('scores equal tokens 1 and curated variants near 1', () => {
    expect(similarity('Telnov', 'Telnov')).toEqual({ similarity: 1, method: 'equal' });
    expect(similarity('Mohammed', 'Muhammad')).toEqual({ similarity: 0.95, method: 'variant' });
    expect(similarity('Aleksandr', 'Alexander').method).toBe('variant');
  });

  it('meets an abjad word and its romanisation by skeleton', () => {
    const result = similarity('منصور', 'Mansour');
    expect(result.method).toBe('skeleton');
    expect(result.similarity).toBeGreaterThanOrEqual(0.85);
  });

  it('gives typos partial credit and different names little', () => {
    expect(similarity('Papadakos', 'Papadakis').similarity).toBeGreaterThanOrEqual(0.88);
    expect(similarity('Kerem', 'Keramat').similarity).toBeLessThan(0.7);
    // One edit in a short word is more often another name.
    expect(similarity('Lian', 'Liang').similarity).toBeLessThan(0.75);
  });

  it('compares two words of one non-Latin script in that script', () => {
    const first = normaliseName('王市 明')[0];
    const second = normaliseName('王石 明')[0];
    expect(tokenSimilarity(first, second, variants).similarity).toBe(0);
    expect(similarity('Марић', 'Манић').similarity).toBeCloseTo(0.8);
  });

  it('reads doubled letters and a dropped "Abdul" as variants', () => {
    expect(similarity('Haddad', 'Hadad')).toEqual({ similarity: 0.92, method: 'phonetic' });
    const karim = similarity('Abdul Karim', 'Karim');
    expect(karim.method).toBe('variant');
    expect(karim.similarity).toBeCloseTo(0.8);
  });

  it('lets an initial agree partially and numbers only when equal', () => {
    expect(similarity('A', 'Ali')).toEqual({ similarity: 0.6, method: 'initial' });
    expect(similarity('B', 'Ali').similarity).toBe(0);
    expect(similarity('II', 'III').similarity).toBe(0);
  });
});
