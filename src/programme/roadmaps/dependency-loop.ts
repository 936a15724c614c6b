/**
 * Finds the loop that giving `stepId` the dependencies `dependsOn` would close, among the
 * roadmap's other dependencies (`edges`: step → the steps it depends on; the step's own
 * current edges are ignored, since the new list replaces them).
 *
 * Answers the loop as step ids from `stepId` back to itself ([A, B, C, A]: A depends on B, B
 * on C, C on A), the shortest one found breadth first, or null when there is none. Linear in
 * the edges, so a roadmap of hundreds of steps is checked on every save.
 */
export function dependencyLoop(
  stepId: number,
  dependsOn: readonly number[],
  edges: ReadonlyMap<number, readonly number[]>,
): number[] | null {
  if (dependsOn.includes(stepId)) return [stepId, stepId];
  const cameFrom = new Map<number, number>();
  const queue: number[] = [];
  for (const first of dependsOn) {
    if (cameFrom.has(first)) continue;
    cameFrom.set(first, stepId);
    queue.push(first);
  }
  for (let index = 0; index < queue.length; index++) {
    const current = queue[index];
    for (const next of current === stepId ? [] : (edges.get(current) ?? [])) {
      if (next === stepId) return pathBack(current, cameFrom, stepId);
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, current);
      queue.push(next);
    }
  }
  return null;
}

/** stepId → … → last → stepId, read back through the breadth-first search's parents. */
function pathBack(last: number, cameFrom: ReadonlyMap<number, number>, stepId: number): number[] {
  const path = [last];
  let current = last;
  while (cameFrom.get(current) !== stepId) {
    current = cameFrom.get(current)!;
    path.push(current);
  }
  return [stepId, ...path.reverse(), stepId];
}
