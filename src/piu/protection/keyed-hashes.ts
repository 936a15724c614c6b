import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Keyed hashes (HMAC-SHA-256) under HASHING_KEY, for values that must be compared but never
 * read back: carriers' API keys (random, high-entropy: an HMAC is the right store for them,
 * a slow password hash would add nothing) and the content hashes of messages, keyed per State
 * so that equal hashes in two States' rows reveal nothing about their content.
 */
export class KeyedHashes {
  private readonly apiKeyKey: Buffer;
  private readonly master: string;
  private readonly stateKeys = new Map<number, Buffer>();

  constructor(hashingKey: string) {
    this.master = hashingKey;
    this.apiKeyKey = this.derive('carrier-api-keys/v1');
  }

  /** The stored form of a carrier's API key (hex, 64 characters). */
  apiKey(key: string): string {
    return createHmac('sha256', this.apiKeyKey).update(key, 'utf8').digest('hex');
  }

  /** The content hash of a message's bytes in one State's workspace (hex, 64 characters). */
  content(stateId: number, bytes: Uint8Array): string {
    let key = this.stateKeys.get(stateId);
    if (!key) {
      key = this.derive(`message-content/v1/state:${stateId}`);
      this.stateKeys.set(stateId, key);
    }
    return createHmac('sha256', key).update(bytes).digest('hex');
  }

  private derive(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.master, 'cttp-platform', purpose, 32));
  }
}
