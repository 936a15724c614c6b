import { Secret } from 'otpauth';
import { TOTP_ISSUER, TotpAuthenticator, type TotpAlgorithm } from './totp-authenticator';

/** RFC 6238 Appendix B: seeds are the ASCII digits repeated to the hash's key length. */
const RFC_SEEDS: Record<TotpAlgorithm, string> = {
  SHA1: '12345678901234567890',
  SHA256: '12345678901234567890123456789012',
  SHA512: '1234567890123456789012345678901234567890123456789012345678901234',
};

const RFC_VECTORS: ReadonlyArray<readonly [number, TotpAlgorithm, string]> = [
  [59, 'SHA1', '94287082'],
  [59, 'SHA256', '46119246'],
  [59, 'SHA512', '90693936'],
  [1111111109, 'SHA1', '07081804'],
  [1111111109, 'SHA256', '68084774'],
  [1111111109, 'SHA512', '25091201'],
  [1111111111, 'SHA1', '14050471'],
  [1111111111, 'SHA256', '67062674'],
  [1111111111, 'SHA512', '99943326'],
  [1234567890, 'SHA1', '89005924'],
  [1234567890, 'SHA256', '91819424'],
  [1234567890, 'SHA512', '93441116'],
  [2000000000, 'SHA1', '69279037'],
  [2000000000, 'SHA256', '90698825'],
  [2000000000, 'SHA512', '38618901'],
  [20000000000, 'SHA1', '65353130'],
  [20000000000, 'SHA256', '77737706'],
  [20000000000, 'SHA512', '47863826'],
];

describe('TotpAuthenticator', () => {
  const totp = new TotpAuthenticator();
  const secret = totp.generateSecret();
  const now = Date.UTC(2026, 10, 23, 23, 30, 10);

  describe('RFC 6238 Appendix B test vectors', () => {
    it.each(RFC_VECTORS)('T=%i %s → %s', (seconds, algorithm, expected) => {
      const rfc = new TotpAuthenticator({ algorithm, digits: 8 });
      const seed = Secret.fromLatin1(RFC_SEEDS[algorithm]).base32;
      expect(rfc.codeAt(seed, seconds * 1000)).toBe(expected);
      expect(rfc.verify(seed, expected, { at: seconds * 1000 })).toEqual({
        valid: true,
        step: Math.floor(seconds / 30),
      });
    });
  });

  it('generates 160-bit base32 secrets, different every time', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(secret).bytes).toHaveLength(20);
    expect(totp.generateSecret()).not.toBe(secret);
  });

  it('builds the otpauth URI with the issuer and the account e-mail', () => {
    const uri = new URL(totp.keyUri(secret, 'amina.diallo@interieur.gouv.sn'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/CTTP Platform:amina.diallo@interieur.gouv.sn');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: TOTP_ISSUER,
      secret,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });

  it('shows the secret in groups of four for manual entry', () => {
    expect(totp.displaySecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
  });

  it('accepts the current code and the codes one step either side, returning their step', () => {
    const step = totp.stepAt(now);
    for (const delta of [-1, 0, 1]) {
      const code = totp.codeAt(secret, now + delta * 30_000);
      expect(totp.verify(secret, code, { at: now })).toEqual({ valid: true, step: step + delta });
    }
  });

  it('refuses codes two steps away, wrong codes and malformed input', () => {
    expect(totp.verify(secret, totp.codeAt(secret, now - 60_000), { at: now })).toEqual({
      valid: false,
      reason: 'invalid',
    });
    expect(totp.verify(secret, totp.codeAt(secret, now + 60_000), { at: now }).valid).toBe(false);
    const right = totp.codeAt(secret, now);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(totp.verify(secret, wrong, { at: now })).toEqual({ valid: false, reason: 'invalid' });
    for (const input of ['', '12345', '1234567', 'abcdef', '12345a']) {
      expect(totp.verify(secret, input, { at: now })).toEqual({
        valid: false,
        reason: 'malformed',
      });
    }
  });

  it('ignores spaces and hyphens people type', () => {
    const code = totp.codeAt(secret, now);
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    expect(totp.verify(secret, spaced, { at: now }).valid).toBe(true);
    expect(totp.verify(secret, `${code.slice(0, 3)}-${code.slice(3)}`, { at: now }).valid).toBe(
      true,
    );
  });

  it('refuses a replayed code and any code from the same or an earlier step', () => {
    const code = totp.codeAt(secret, now);
    const first = totp.verify(secret, code, { at: now, lastUsedStep: null });
    expect(first.valid).toBe(true);
    const lastUsedStep = first.valid ? first.step : -1;
    expect(totp.verify(secret, code, { at: now + 5_000, lastUsedStep })).toEqual({
      valid: false,
      reason: 'replayed',
    });
    const previous = totp.codeAt(secret, now - 30_000);
    expect(totp.verify(secret, previous, { at: now, lastUsedStep }).valid).toBe(false);
    // The next step's code is still good.
    const next = totp.codeAt(secret, now + 30_000);
    expect(totp.verify(secret, next, { at: now + 30_000, lastUsedStep })).toEqual({
      valid: true,
      step: lastUsedStep + 1,
    });
  });

  it('throws on a stored secret that is not base32', () => {
    expect(() => totp.codeAt('not-a-secret!', now)).toThrow(/base32/);
  });
});
