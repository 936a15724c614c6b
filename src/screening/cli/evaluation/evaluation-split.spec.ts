import { createHash } from 'node:crypto';
import { evaluationPart, inPart, rowIdentity } from './evaluation-split';

describe('the evaluation split', () => {
  it('holds a row out when the first 32 bits of SHA-256 of its identity are divisible by 5', () => {
    // sha256("a") starts ca978112 = 3398926610 = 5 × 679785322; sha256("b") starts 3e23e816.
    expect(createHash('sha256').update('a').digest('hex').slice(0, 8)).toBe('ca978112');
    expect(evaluationPart('a')).toBe('held-out');
    expect(evaluationPart('b')).toBe('development');
    expect(evaluationPart('f')).toBe('held-out');
    expect(
      evaluationPart(rowIdentity(['nk_checks', 'Person', 'Olaf Scholze', 'Olaf Scholz'])),
    ).toBe('development');
  });

  it('holds out about one row in five', () => {
    const rows = Array.from({ length: 20000 }, (_, i) => `row ${i}`);
    const heldOut = rows.filter((row) => evaluationPart(row) === 'held-out').length;
    expect(heldOut / rows.length).toBeGreaterThan(0.19);
    expect(heldOut / rows.length).toBeLessThan(0.21);
  });

  it('splits items by the identities given beside them, every item in exactly one part', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const identities = items;
    expect(inPart(items, identities, 'held-out')).toEqual(['a', 'f']);
    expect(inPart(items, identities, 'development')).toEqual(['b', 'c', 'd', 'e', 'g']);
    expect(() => inPart(items, identities.slice(1), 'development')).toThrow(/7 items but 6/);
  });
});
