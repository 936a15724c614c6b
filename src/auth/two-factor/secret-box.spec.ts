import { SecretBox } from './secret-box';
import { TotpAuthenticator } from './totp-authenticator';

const box = new SecretBox(SecretBox.deriveKey('master secret of the test installation'));
const secret = new TotpAuthenticator().generateSecret();

describe('SecretBox', () => {
  it('seals and opens a TOTP secret for its context', () => {
    const sealed = box.seal(secret, 'totp:42');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(secret);
    expect(SecretBox.isSealed(sealed)).toBe(true);
    expect(SecretBox.isSealed(secret)).toBe(false);
    expect(box.open(sealed, 'totp:42')).toBe(secret);
  });

  it('uses a fresh nonce every time', () => {
    expect(box.seal(secret, 'totp:42')).not.toBe(box.seal(secret, 'totp:42'));
  });

  it("refuses a value moved to another user's row", () => {
    const sealed = box.seal(secret, 'totp:42');
    expect(() => box.open(sealed, 'totp:43')).toThrow(/failed authentication/);
  });

  it('refuses another key and any altered byte', () => {
    const sealed = box.seal(secret, 'totp:42');
    const other = new SecretBox(SecretBox.deriveKey('another installation'));
    expect(() => other.open(sealed, 'totp:42')).toThrow(/failed authentication/);
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    for (const at of [0, 12, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[at] ^= 0x01;
      expect(() => box.open(`v1.${altered.toString('base64url')}`, 'totp:42')).toThrow();
    }
    expect(() => box.open('v1.AAAA', 'totp:42')).toThrow(/truncated/);
    expect(() => box.open(secret, 'totp:42')).toThrow(/Not a sealed value/);
  });

  it('insists on a 32-byte key and derives distinct keys per purpose', () => {
    expect(() => new SecretBox(Buffer.alloc(16))).toThrow(/32 bytes/);
    expect(SecretBox.deriveKey('m')).toHaveLength(32);
    expect(SecretBox.deriveKey('m')).toEqual(SecretBox.deriveKey('m'));
    expect(SecretBox.deriveKey('m', 'a')).not.toEqual(SecretBox.deriveKey('m', 'b'));
  });
});
