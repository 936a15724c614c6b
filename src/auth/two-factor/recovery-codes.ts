import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Crockford's base32 alphabet: digits and lower-case letters without i, l, o and u. 32 symbols,
 * so each carries exactly 5 bits; what people misread is folded back on input (o → 0,
 * i and l → 1), as Crockford's decoding rules say.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CODE_LENGTH = 10; // 10 × 5 = 50 bits of entropy
const GROUPS = [4, 4, 2]; // shown as xxxx-xxxx-xx

export interface GeneratedRecoveryCodes {
  /** Shown to the user once, never stored. */
  readonly codes: readonly string[];
  /** What the account stores, one per code, in the same order. */
  readonly hashes: readonly string[];
}

export type RecoveryCodeUse =
  | { readonly matched: true; readonly index: number; readonly remaining: readonly string[] }
  | { readonly matched: false };

/**
 * One-time recovery codes for two-factor accounts: 10 codes of 50 random bits each.
 *
 * Stored as HMAC-SHA-256 under a server key, not with a password hash such as argon2. A slow
 * hash exists to protect low-entropy secrets people choose; these codes are random with 2^50
 * possibilities, and the online attacker is capped by the login lockout. What remains is a
 * stolen database: with a key that lives outside the database (derived from the server's
 * secret), the stored values alone cannot be tested offline at all, where plain SHA-256 of a
 * 50-bit code could be brute-forced on GPUs in days. Verification also has to try every stored
 * code on every attempt, which ten argon2 runs (~1 s) would make too slow.
 */
export class RecoveryCodes {
  static readonly COUNT = 10;
  private readonly key: Buffer;

  /** `key`: at least 32 bytes that stay the same for the life of the installation. */
  constructor(key: Buffer) {
    if (key.length < 32) throw new Error('Recovery code key must be at least 32 bytes');
    this.key = Buffer.from(key);
  }

  /**
   * A dedicated key derived (HKDF-SHA-256) from the installation's master secret, so the codes
   * do not share a key with sessions or anything else derived from it.
   */
  static deriveKey(masterSecret: string | Buffer): Buffer {
    return Buffer.from(hkdfSync('sha256', masterSecret, 'cttp-platform', 'recovery-codes/v1', 32));
  }

  /** A fresh set: replaces any earlier set on the account (the old hashes are discarded). */
  generate(count = RecoveryCodes.COUNT): GeneratedRecoveryCodes {
    const codes = new Set<string>();
    while (codes.size < count) codes.add(format(randomCode()));
    return {
      codes: [...codes],
      hashes: [...codes].map((code) => this.hashCanonical(canonical(code)!)),
    };
  }

  /**
   * Checks a code the user typed against the account's remaining hashes. Every stored hash is
   * compared, in constant time, whether or not an earlier one matched, so timing does not tell
   * which (or how many) codes remain. On a match the caller stores `remaining`: the used code
   * is gone, so it works once. Store it in the same transaction that completes the login.
   */
  use(typed: string, storedHashes: readonly string[]): RecoveryCodeUse {
    const code = canonical(typed);
    // A malformed entry is refused before hashing: its shape is public, so skipping the
    // comparisons reveals nothing about the stored codes.
    if (code === null) return { matched: false };
    const candidate = Buffer.from(this.hashCanonical(code), 'hex');
    let index = -1;
    storedHashes.forEach((stored, i) => {
      const storedBytes = Buffer.from(stored, 'hex');
      const equal =
        storedBytes.length === candidate.length && timingSafeEqual(storedBytes, candidate);
      if (equal && index === -1) index = i;
    });
    if (index === -1) return { matched: false };
    return { matched: true, index, remaining: storedHashes.filter((_, i) => i !== index) };
  }

  private hashCanonical(code: string): string {
    return createHmac('sha256', this.key).update(code).digest('hex');
  }
}

function randomCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

function format(code: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const length of GROUPS) {
    parts.push(code.slice(at, at + length));
    at += length;
  }
  return parts.join('-');
}

/**
 * What the user typed, as the 10 symbols that were generated: case, spaces and hyphens are
 * ignored and Crockford's look-alikes folded. Null when it cannot be a recovery code.
 */
function canonical(typed: string): string | null {
  const folded = typed.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
  if (folded.length !== CODE_LENGTH) return null;
  for (const char of folded) if (!ALPHABET.includes(char)) return null;
  return folded;
}
