import { createHmac } from 'node:crypto';
import { RecoveryCodes } from './recovery-codes';

const key = RecoveryCodes.deriveKey('a master secret for the test installation');
const recovery = new RecoveryCodes(key);

describe('RecoveryCodes', () => {
  it('generates 10 distinct codes shaped xxxx-xxxx-xx from the unambiguous alphabet', () => {
    const { codes, hashes } = recovery.generate();
    expect(codes).toHaveLength(10);
    expect(hashes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{2}$/);
    }
  });

  it('carries 50 bits per code (32 symbols × 10 positions) and uses every symbol', () => {
    // 32 = 2^5 symbols: 10 positions give 2^50 codes. Over 200 codes (2000 symbols) every
    // symbol shows up, so the alphabet is not accidentally smaller.
    const symbols = new Set<string>();
    for (let i = 0; i < 20; i++) {
      for (const code of recovery.generate().codes)
        for (const c of code.replace(/-/g, '')) symbols.add(c);
    }
    expect(symbols.size).toBe(32);
    for (const ambiguous of ['i', 'l', 'o', 'u']) expect(symbols.has(ambiguous)).toBe(false);
  });

  it('stores keyed hashes, never the codes', () => {
    const { codes, hashes } = recovery.generate();
    for (const [i, hash] of hashes.entries()) {
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).not.toContain(codes[i].replace(/-/g, ''));
      const plain = createHmac('sha256', key).update(codes[i].replace(/-/g, '')).digest('hex');
      expect(hash).toBe(plain);
    }
    // Another installation's key gives other hashes: a stolen table is useless without the key.
    const other = new RecoveryCodes(RecoveryCodes.deriveKey('another installation'));
    expect(other.use(codes[0], hashes)).toEqual({ matched: false });
  });

  it('accepts each code once and returns the hashes that remain', () => {
    const { codes, hashes } = recovery.generate();
    const first = recovery.use(codes[3], hashes);
    expect(first).toEqual({ matched: true, index: 3, remaining: hashes.filter((_, i) => i !== 3) });
    const remaining = first.matched ? first.remaining : [];
    expect(remaining).toHaveLength(9);
    expect(recovery.use(codes[3], remaining)).toEqual({ matched: false });
    expect(recovery.use(codes[4], remaining).matched).toBe(true);
  });

  it('forgives case, spaces, missing hyphens and look-alike letters', () => {
    const { codes, hashes } = recovery.generate();
    const code = codes[0];
    expect(recovery.use(code.toUpperCase(), hashes).matched).toBe(true);
    expect(recovery.use(` ${code.replace(/-/g, ' ')} `, hashes).matched).toBe(true);
    expect(recovery.use(code.replace(/-/g, ''), hashes).matched).toBe(true);
    const lookAlike = code.replace(/0/g, 'O').replace(/1/g, 'l');
    expect(recovery.use(lookAlike, hashes).matched).toBe(true);
  });

  it('refuses wrong and malformed codes', () => {
    const { hashes } = recovery.generate();
    expect(recovery.use('', hashes)).toEqual({ matched: false });
    expect(recovery.use('abcd-efgh-jk-extra', hashes)).toEqual({ matched: false });
    expect(recovery.use('abcd-efgh-u!', hashes)).toEqual({ matched: false });
    expect(recovery.use('abcd-efgh-jk', hashes)).toEqual({ matched: false });
    expect(recovery.use('abcd-efgh-jk', [])).toEqual({ matched: false });
    // A corrupt stored value does not throw; it just never matches.
    expect(recovery.use('abcd-efgh-jk', ['zz', ''])).toEqual({ matched: false });
  });

  it('insists on a key of at least 32 bytes and derives a stable one', () => {
    expect(() => new RecoveryCodes(Buffer.alloc(16))).toThrow(/32 bytes/);
    expect(RecoveryCodes.deriveKey('s')).toEqual(RecoveryCodes.deriveKey('s'));
    expect(RecoveryCodes.deriveKey('s')).not.toEqual(RecoveryCodes.deriveKey('t'));
    expect(RecoveryCodes.deriveKey('s')).toHaveLength(32);
  });
});
