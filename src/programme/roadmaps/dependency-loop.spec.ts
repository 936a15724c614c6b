import { dependencyLoop } from './dependency-loop';

const graph = (pairs: Record<number, number[]>) =>
  new Map(Object.entries(pairs).map(([from, to]) => [Number(from), to]));

describe('dependencyLoop', () => {
  it('accepts dependencies that close no loop', () => {
    expect(dependencyLoop(1, [2, 3], graph({ 2: [3], 3: [4], 4: [] }))).toBeNull();
    expect(dependencyLoop(1, [], graph({ 2: [1] }))).toBeNull();
  });

  it('refuses a step that depends on itself', () => {
    expect(dependencyLoop(1, [1], graph({}))).toEqual([1, 1]);
  });

  it('names a loop of two steps', () => {
    expect(dependencyLoop(1, [2], graph({ 2: [1] }))).toEqual([1, 2, 1]);
  });

  it('names the whole loop, from the step back to it, in dependency order', () => {
    // A(1) → B(2) → C(3) → A(1): 1 depends on 2, 2 on 3, 3 on 1.
    expect(dependencyLoop(1, [2], graph({ 2: [3], 3: [1] }))).toEqual([1, 2, 3, 1]);
  });

  it('answers the shortest loop when there are several', () => {
    const edges = graph({ 2: [3, 5], 3: [4], 4: [1], 5: [1] });
    expect(dependencyLoop(1, [2], edges)).toEqual([1, 2, 5, 1]);
  });

  it("ignores the step's own current dependencies: the new list replaces them", () => {
    // 1 depended on 2 and 2 depends on nothing; 3 depends on 1: 1 may now depend on 2 only.
    expect(dependencyLoop(1, [2], graph({ 1: [3], 2: [], 3: [1] }))).toBeNull();
    expect(dependencyLoop(1, [3], graph({ 1: [2], 3: [1] }))).toEqual([1, 3, 1]);
  });

  it('finds no loop through a diamond', () => {
    expect(dependencyLoop(1, [2, 3], graph({ 2: [4], 3: [4], 4: [] }))).toBeNull();
  });

  it('checks a long chain of 500 steps quickly and finds its loop', () => {
    const edges = new Map<number, number[]>();
    for (let id = 2; id < 500; id++) edges.set(id, [id + 1]);
    edges.set(500, [1]);
    const loop = dependencyLoop(1, [2], edges);
    expect(loop).toHaveLength(501);
    expect(loop?.[0]).toBe(1);
    expect(loop?.at(-1)).toBe(1);
  });
});
