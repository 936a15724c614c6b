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
  private readonly stateKeys = new Map<string, Buffer>();

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
    return createHmac('sha256', this.stateKey('message-content/v1', stateId))
      .update(bytes)
      .digest('hex');
  }

  /**
   * A traveller's identifying value (a document, a name with its date of birth) in one State's
   * workspace: equal values join messages and find a person again, and nothing can be read
   * back. Kept when a record is depersonalised, so a supervisor can re-identify it.
   */
  identity(stateId: number, value: string): string {
    return createHmac('sha256', this.stateKey('traveller-identity/v1', stateId))
      .update(value, 'utf8')
      .digest('hex');
  }

  private stateKey(purpose: string, stateId: number): Buffer {
    const name = `${purpose}/state:${stateId}`;
    let key = this.stateKeys.get(name);
    if (!key) {
      key = this.derive(name);
      this.stateKeys.set(name, key);
    }
    return key;
  }

  private derive(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.master, 'cttp-platform', purpose, 32));
  }
}
