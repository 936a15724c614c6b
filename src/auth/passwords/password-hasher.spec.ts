import * as argon2 from 'argon2';
import {
  DEFAULT_ARGON2_PARAMETERS,
  OWASP_MINIMUM_ARGON2_PARAMETERS,
  PasswordHasher,
} from './password-hasher';

// Wrap the real argon2.verify so the tests can see which hashes the hasher verified against.
jest.mock('argon2', () => {
  const actual = jest.requireActual<typeof import('argon2')>('argon2');
  return { ...actual, verify: jest.fn(actual.verify) };
});
const verifySpy = argon2.verify as jest.MockedFunction<typeof argon2.verify>;

/** The cost parameters a PHC string records (`m=…,p=…,t=…`, in whatever order). */
function parametersOf(phc: string): Record<string, number> {
  const field = phc.split('$')[3];
  return Object.fromEntries(
    field.split(',').map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])]),
  );
}

// The OWASP minimum keeps most tests fast; one test checks the production default.
const hasher = new PasswordHasher(OWASP_MINIMUM_ARGON2_PARAMETERS);

describe('PasswordHasher', () => {
  beforeEach(() => verifySpy.mockClear());

  it('hashes with argon2id and the default parameters (64 MiB, t=2, p=1)', async () => {
    const hash = await new PasswordHasher().hash('a long enough passphrase');
    expect(hash).toMatch(/^\$argon2id\$v=19\$[mpt=0-9,]+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(parametersOf(hash)).toEqual({ m: 65536, t: 2, p: 1 });
    expect(DEFAULT_ARGON2_PARAMETERS.memoryCost).toBeGreaterThanOrEqual(19 * 1024);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hasher.hash('correct horse battery staple');
    await expect(hasher.verify(hash, 'correct horse battery staple')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'correct horse battery stapLe')).resolves.toBe(false);
    await expect(hasher.verify(hash, '')).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hasher.hash('same password'), hasher.hash('same password')]);
    expect(a).not.toBe(b);
  });

  it('treats canonically equivalent Unicode input as the same password', async () => {
    const composed = 'Café au lait à Genève'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const hash = await hasher.hash(composed);
    await expect(hasher.verify(hash, decomposed)).resolves.toBe(true);
  });

  it('refuses to treat a non-argon2 stored hash as a wrong password', async () => {
    await expect(hasher.verify('$2b$10$abcdefghijklmnopqrstuv', 'x')).rejects.toThrow(/argon2/);
  });

  it('answers an over-long password with false after the same argon2 work', async () => {
    const hash = await hasher.hash('short password here');
    await expect(hasher.verify(hash, 'x'.repeat(5000))).resolves.toBe(false);
    expect(verifySpy).toHaveBeenCalledTimes(1);
  });

  it('does one argon2 verification with the current parameters for an unknown user', async () => {
    await expect(hasher.verifyUnknownUser('whatever was typed')).resolves.toBe(false);
    await expect(hasher.verifyUnknownUser('another guess')).resolves.toBe(false);
    expect(verifySpy).toHaveBeenCalledTimes(2);
    for (const [digest] of verifySpy.mock.calls) {
      expect(digest).toMatch(/^\$argon2id\$/);
      expect(parametersOf(digest)).toEqual({ m: 19456, t: 2, p: 1 });
    }
    // The same dummy hash is reused: it is made once, not on every login.
    expect(verifySpy.mock.calls[0][0]).toBe(verifySpy.mock.calls[1][0]);
  });

  it('asks for a rehash when parameters or variant differ from the current ones', async () => {
    const weak = await hasher.hash('an old password');
    expect(hasher.needsRehash(weak)).toBe(false);
    expect(new PasswordHasher().needsRehash(weak)).toBe(true);
    const argon2i = await argon2.hash('an old password', {
      type: argon2.argon2i,
      ...OWASP_MINIMUM_ARGON2_PARAMETERS,
    });
    expect(hasher.needsRehash(argon2i)).toBe(true);
    expect(hasher.needsRehash('$2b$10$notargon')).toBe(true);
  });
});
