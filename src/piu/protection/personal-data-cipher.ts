import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT = 0x02;
const KEY_ID_BYTES = 8;
const IV_BYTES = 12; // the GCM nonce size NIST SP 800-38D recommends
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES;
const TEXT_PREFIX = 'v2.';

/** One encryption key: a 32-byte AES key derived from a configured secret, and its id. */
interface RingKey {
  readonly id: string;
  readonly key: Buffer;
}

function ringKey(secret: string): RingKey {
  const key = Buffer.from(hkdfSync('sha256', secret, 'cttp-platform', 'personal-data/v1', 32));
  // The id is a fingerprint of the derived key: it names the key without revealing it.
  const id = createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES).toString('hex');
  return { id, key };
}

/**
 * Authenticated encryption (AES-256-GCM) of personal data at rest — raw messages today, and
 * any personal field that needs reading back — under a key ring: values are sealed with the
 * current key (ENCRYPTION_KEY) and carry that key's id, so values sealed under an earlier key
 * (ENCRYPTION_KEYS_PREVIOUS) are still opened, and `screening:reencrypt` seals them again
 * under the current one. The generalisation of the TOTP SecretBox (src/auth/two-factor).
 *
 * Each value is bound to a context (`raw:<state>:<hash>`) as GCM additional data: a sealed
 * value copied into another row, or another State's, fails to open. Binary format:
 * `0x02 ‖ key id (8) ‖ iv (12) ‖ ciphertext ‖ tag (16)`; text format `v2.<base64url of that>`.
 */
export class PersonalDataCipher {
  private readonly current: RingKey;
  private readonly byId = new Map<string, RingKey>();

  /** `current`: the ENCRYPTION_KEY secret; `previous`: older secrets still to be read. */
  constructor(current: string, previous: readonly string[] = []) {
    this.current = ringKey(current);
    for (const secret of [current, ...previous]) {
      const key = ringKey(secret);
      if (!this.byId.has(key.id)) this.byId.set(key.id, key);
    }
  }

  /** The id of the key new values are sealed with. */
  get currentKeyId(): string {
    return this.current.id;
  }

  seal(plaintext: Uint8Array, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const header = Buffer.alloc(HEADER_BYTES);
    header[0] = FORMAT;
    Buffer.from(this.current.id, 'hex').copy(header, 1);
    return Buffer.concat([header, iv, body, cipher.getAuthTag()]);
  }

  /** The plaintext; throws when the value was altered, sealed for another context, or under a key no longer configured. */
  open(sealed: Uint8Array, context: string): Buffer {
    const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (bytes.length < HEADER_BYTES + IV_BYTES + TAG_BYTES || bytes[0] !== FORMAT)
      throw new Error('Not a sealed value');
    const keyId = PersonalDataCipher.keyIdOf(bytes);
    const ring = this.byId.get(keyId);
    if (!ring) {
      throw new Error(
        `Sealed under key ${keyId}, which is not configured: add its secret to ENCRYPTION_KEYS_PREVIOUS`,
      );
    }
    const iv = bytes.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', ring.key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(bytes.subarray(HEADER_BYTES + IV_BYTES, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new Error('Sealed value failed authentication (wrong key or context, or altered)');
    }
  }

  sealText(plaintext: string, context: string): string {
    return TEXT_PREFIX + this.seal(Buffer.from(plaintext, 'utf8'), context).toString('base64url');
  }

  openText(sealed: string, context: string): string {
    if (!sealed.startsWith(TEXT_PREFIX)) throw new Error('Not a sealed value');
    return this.open(Buffer.from(sealed.slice(TEXT_PREFIX.length), 'base64url'), context).toString(
      'utf8',
    );
  }

  /** The id of the key a sealed value was made with (hex). */
  static keyIdOf(sealed: Uint8Array): string {
    return Buffer.from(sealed.buffer, sealed.byteOffset + 1, KEY_ID_BYTES).toString('hex');
  }

  /** True when the value was sealed under a key other than the current one. */
  needsResealing(sealed: Uint8Array): boolean {
    return PersonalDataCipher.keyIdOf(sealed) !== this.current.id;
  }

  /** A sealText value under the current key: itself when it already is, else opened and sealed again. */
  resealText(sealed: string, context: string): string {
    if (!sealed.startsWith(TEXT_PREFIX)) throw new Error('Not a sealed value');
    if (!this.needsResealing(Buffer.from(sealed.slice(TEXT_PREFIX.length), 'base64url')))
      return sealed;
    return this.sealText(this.openText(sealed, context), context);
  }
}
