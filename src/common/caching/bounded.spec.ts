import { BoundedMap, BoundedSet } from './bounded';

describe('BoundedMap', () => {
  it('empties itself when a new key would take it past its bound', () => {
    const map = new BoundedMap<string, number>(3);
    for (const [key, value] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      map.set(key, value);
    map.set('d', 4);
    expect([...map]).toEqual([['d', 4]]);
  });

  it('keeps its entries when a key it holds is set again', () => {
    const map = new BoundedMap<string, number>(2).set('a', 1).set('b', 2);
    map.set('a', 10);
    expect([...map]).toEqual([
      ['a', 10],
      ['b', 2],
    ]);
  });
});

describe('BoundedSet', () => {
  it('empties itself when a new value would take it past its bound, not for one it holds', () => {
    const set = new BoundedSet<string>(2).add('a').add('b');
    set.add('b');
    expect([...set]).toEqual(['a', 'b']);
    set.add('c');
    expect([...set]).toEqual(['c']);
  });
});
