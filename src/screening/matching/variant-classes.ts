/**
 * Equivalence classes of spelling variants of single name tokens (Muhammad / Mohammed / Mohamed).
 * A union-find over normalised tokens: the curated table seeds it and the lists' own aliases
 * extend it at index time (a primary name and its alias that differ by one word's spelling).
 */
export class VariantClasses {
  private readonly parent = new Map<string, string>();

  /** Puts every token of `tokens` in one class. */
  addClass(tokens: readonly string[]): void {
    for (let index = 1; index < tokens.length; index += 1) this.union(tokens[0], tokens[index]);
  }

  union(first: string, second: string): void {
    if (first === second) return;
    const rootFirst = this.find(first);
    const rootSecond = this.find(second);
    if (rootFirst !== rootSecond) this.parent.set(rootSecond, rootFirst);
  }

  /** True when both tokens are known spellings of one name. */
  same(first: string, second: string): boolean {
    if (!this.parent.has(first) || !this.parent.has(second)) return false;
    return this.find(first) === this.find(second);
  }

  /** The class representative of a token (the token itself when it has no known variants). */
  canonical(token: string): string {
    return this.parent.has(token) ? this.find(token) : token;
  }

  get size(): number {
    return this.parent.size;
  }

  private find(token: string): string {
    let root = token;
    let next = this.parent.get(root);
    if (next === undefined) {
      this.parent.set(token, token);
      return token;
    }
    while (next !== root) {
      root = next;
      next = this.parent.get(root) ?? root;
    }
    // Path compression keeps later look-ups flat.
    let node = token;
    while (node !== root) {
      const up = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = up;
    }
    return root;
  }
}
