import { PersonalDataCipher } from './personal-data-cipher';
import { KeyedHashes } from './keyed-hashes';

const OLD = 'an-old-encryption-secret-of-more-than-32-chars';
const NEW = 'the-new-encryption-secret-of-more-than-32-chars';

describe('PersonalDataCipher', () => {
  it('seals and opens bytes bound to their context, never leaving the plaintext visible', () => {
    const cipher = new PersonalDataCipher(NEW);
    const plain = Buffer.from("NAD+FL+++ZABROWSKI:ALINTA'", 'utf8');
    const sealed = cipher.seal(plain, 'raw:1:abc');
    expect(sealed.includes(Buffer.from('ZABROWSKI'))).toBe(false);
    expect(cipher.open(sealed, 'raw:1:abc').equals(plain)).toBe(true);
    expect(() => cipher.open(sealed, 'raw:2:abc')).toThrow(/authentication/);
    const altered = Buffer.from(sealed);
    altered[altered.length - 20] ^= 1;
    expect(() => cipher.open(altered, 'raw:1:abc')).toThrow(/authentication/);
  });

  it('uses a fresh nonce for every value', () => {
    const cipher = new PersonalDataCipher(NEW);
    expect(
      cipher.seal(Buffer.from('same'), 'c').equals(cipher.seal(Buffer.from('same'), 'c')),
    ).toBe(false);
  });

  it('names the key in each value: old values open after a rotation and are told apart', () => {
    const before = new PersonalDataCipher(OLD);
    const sealed = before.seal(Buffer.from('traveller'), 'ctx');
    const after = new PersonalDataCipher(NEW, [OLD]);
    expect(PersonalDataCipher.keyIdOf(sealed)).toBe(before.currentKeyId);
    expect(after.currentKeyId).not.toBe(before.currentKeyId);
    expect(after.open(sealed, 'ctx').toString()).toBe('traveller');
    expect(after.needsResealing(sealed)).toBe(true);
    const resealed = after.seal(after.open(sealed, 'ctx'), 'ctx');
    expect(after.needsResealing(resealed)).toBe(false);
    expect(new PersonalDataCipher(NEW).open(resealed, 'ctx').toString()).toBe('traveller');
  });

  it('says which key is missing when an old key was dropped from the configuration', () => {
    const sealed = new PersonalDataCipher(OLD).seal(Buffer.from('x'), 'ctx');
    expect(() => new PersonalDataCipher(NEW).open(sealed, 'ctx')).toThrow(
      /ENCRYPTION_KEYS_PREVIOUS/,
    );
  });

  it('has a text form for columns of text', () => {
    const cipher = new PersonalDataCipher(NEW);
    const sealed = cipher.sealText('ΠΑΠΑΔΟΠΟΥΛΟΣ', 'name:1');
    expect(sealed.startsWith('v2.')).toBe(true);
    expect(cipher.openText(sealed, 'name:1')).toBe('ΠΑΠΑΔΟΠΟΥΛΟΣ');
    expect(() => cipher.openText('v1.abc', 'name:1')).toThrow(/Not a sealed value/);
  });
});

describe('KeyedHashes', () => {
  const hashes = new KeyedHashes('a-hashing-key-of-more-than-thirty-two-chars');

  it('hashes the same content differently in two States, and the same in one', () => {
    const bytes = Buffer.from("UNB+UNOA:4+X+Y+260301:1200+1'");
    expect(hashes.content(1, bytes)).toBe(hashes.content(1, Buffer.from(bytes)));
    expect(hashes.content(1, bytes)).not.toBe(hashes.content(2, bytes));
    expect(hashes.content(1, bytes)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes API keys under a key of their own', () => {
    expect(hashes.apiKey('cttp_abc')).toBe(hashes.apiKey('cttp_abc'));
    expect(hashes.apiKey('cttp_abc')).not.toBe(hashes.apiKey('cttp_abd'));
    expect(hashes.apiKey('x')).not.toBe(
      new KeyedHashes('another-hashing-key-of-more-than-32-chars').apiKey('x'),
    );
  });
});
