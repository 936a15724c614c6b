import type { NameToken } from './name-normaliser';
import { DEFAULT_TOKEN_WEIGHTS, type TokenWeights } from './token-weights';

/**
 * Token weights learnt from the lists: a name word carried by many listed names (Muhammad, Ali)
 * says less about identity than a rare one, so its weight is scaled by its inverse document
 * frequency relative to the typical word's, within [MIN_SCALE, MAX_SCALE].
 */
export class IdfTokenWeights implements TokenWeights {
  static readonly MIN_SCALE = 0.45;
  static readonly MAX_SCALE = 1.3;

  private readonly documentFrequency = new Map<string, number>();
  private names = 0;
  private reference = 1;
  private readonly scales = new Map<string, number>();

  /** Counts the distinct word texts of one listed name. */
  addName(tokens: readonly NameToken[]): void {
    this.names += 1;
    const seen = new Set<string>();
    for (const token of tokens) {
      if (token.kind !== 'name' || seen.has(token.text)) continue;
      seen.add(token.text);
      this.documentFrequency.set(token.text, (this.documentFrequency.get(token.text) ?? 0) + 1);
    }
  }

  /** Fixes the reference IDF (the median over words) once every name is counted. */
  finish(): void {
    const values = [...this.documentFrequency.values()]
      .map((count) => this.idf(count))
      .sort((first, second) => first - second);
    this.reference = values.length > 0 ? values[Math.floor(values.length / 2)] : 1;
  }

  frequency(text: string): number {
    return this.documentFrequency.get(text) ?? 0;
  }

  weight(token: NameToken): number {
    const base = DEFAULT_TOKEN_WEIGHTS.weight(token);
    if (token.kind !== 'name') return base;
    const scale = this.idf(this.documentFrequency.get(token.text) ?? 0) / this.reference;
    return base * Math.min(IdfTokenWeights.MAX_SCALE, Math.max(IdfTokenWeights.MIN_SCALE, scale));
  }

  private idf(count: number): number {
    return Math.log((this.names + 1) / (count + 1)) + 1;
  }
}
