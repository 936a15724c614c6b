import { nestingDepth } from './body-limits';

describe('nestingDepth', () => {
  it('counts objects and arrays, not scalars', () => {
    expect(nestingDepth('text', 32)).toBe(0);
    expect(nestingDepth({ a: 1 }, 32)).toBe(1);
    expect(nestingDepth({ a: [{ b: 1 }] }, 32)).toBe(3);
  });

  it('stops soon past the limit, without recursion, on a very deep value', () => {
    const deep = JSON.parse('['.repeat(49_000) + ']'.repeat(49_000)) as unknown;
    expect(nestingDepth(deep, 32)).toBe(33);
  });
});
