import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12; // the GCM nonce size NIST SP 800-38D recommends
const TAG_BYTES = 16;

/**
 * Authenticated encryption (AES-256-GCM) for small secrets the server must read back, such as
 * TOTP secrets: unlike passwords they cannot be hashed, because verifying a code needs the
 * secret itself. Sealing them means a copy of the database alone does not let anyone generate
 * a user's codes; the key stays outside the database.
 *
 * Each value is bound to a context (for example `totp:42`, the user id) as GCM additional data,
 * so a sealed secret copied into another user's row fails to open instead of working there.
 * Format: `v1.<base64url(iv ‖ ciphertext ‖ tag)>`: a fresh random 96-bit nonce per value.
 */
export class SecretBox {
  private readonly key: Buffer;

  /** `key`: exactly 32 bytes, the same for the life of the installation. */
  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('SecretBox key must be 32 bytes');
    this.key = Buffer.from(key);
  }

  /** A dedicated 32-byte key derived (HKDF-SHA-256) from the installation's master secret. */
  static deriveKey(masterSecret: string | Buffer, purpose = 'totp-secrets/v1'): Buffer {
    return Buffer.from(hkdfSync('sha256', masterSecret, 'cttp-platform', purpose, 32));
  }

  /** True for a value this class produced (lets a migration tell sealed from plain rows). */
  static isSealed(value: string): boolean {
    return value.startsWith(`${VERSION}.`);
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  }

  /** The plaintext; throws when the value was altered, sealed for another context or key. */
  open(sealed: string, context: string): string {
    if (!SecretBox.isSealed(sealed)) throw new Error('Not a sealed value');
    const bytes = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('Sealed value is truncated');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const body = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
    try {
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('Sealed value failed authentication (wrong key or context, or altered)');
    }
  }
}
