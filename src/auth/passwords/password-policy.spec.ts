import { PasswordPolicy } from './password-policy';

// One instance for the suite, as in the app: the dictionaries are ranked once.
const policy = new PasswordPolicy();
const owner = { email: 'amina.diallo@interieur.gouv.sn', name: 'Amina Diallo' };

describe('PasswordPolicy', () => {
  it('accepts a long passphrase of uncommon words', () => {
    const check = policy.check('velvet quarry lantern oboe', owner);
    expect(check).toMatchObject({ accepted: true, refusal: null, reason: null, messages: [] });
    expect(check.score).toBeGreaterThanOrEqual(3);
  });

  it('accepts a random password', () => {
    expect(policy.check('xK9#mQ2$vL7pW4nZ', owner).accepted).toBe(true);
  });

  it('refuses fewer than 12 characters without scoring', () => {
    expect(policy.check('Zq8!vB3#kL0', owner)).toEqual({
      accepted: false,
      refusal: 'too-short',
      reason: { key: 'password.tooShort', params: { min: 12 } },
      score: null,
      messages: ['Use at least 12 characters.'],
      warning: null,
      suggestions: [],
    });
  });

  it('counts characters, not UTF-16 units, after normalisation', () => {
    // 11 emoji are 22 UTF-16 code units but 11 characters.
    expect(policy.check('🦊🐙🦉🐝🦔🐢🦑🐧🦎🐌🦀').refusal).toBe('too-short');
    // 12 accented letters typed decomposed (24 code points) normalise to 12 characters.
    const decomposed = 'éàüöñçêîôûëï'.normalize('NFD');
    expect(decomposed.length).toBe(24);
    expect(policy.check(decomposed).refusal).not.toBe('too-short');
  });

  it('refuses more than 128 characters', () => {
    const check = policy.check('Zq8!vB3#kL0p'.repeat(11), owner);
    expect(check).toMatchObject({ accepted: false, refusal: 'too-long' });
    expect(check.messages).toEqual(['Use at most 128 characters.']);
    expect(check.reason).toEqual({ key: 'password.tooLong', params: { max: 128 } });
    expect(policy.check('Zq8!vB3#kL0p'.repeat(10) + 'Zq8!vB3#', owner).refusal).not.toBe(
      'too-long',
    );
  });

  it('refuses a common password with the estimator feedback', () => {
    const check = policy.check('Password1234!', owner);
    expect(check.accepted).toBe(false);
    expect(check.refusal).toBe('too-weak');
    expect(check.score).toBeLessThan(3);
    expect(check.messages[0]).toBe('This password is too easy to guess.');
    expect(check.reason).toEqual({
      key: 'password.tooWeak',
      params: { score: check.score, minScore: 3 },
    });
    expect(check.warning).toMatch(/common/i);
    expect(check.messages).toContain(check.warning);
    expect(check.messages.length).toBeGreaterThan(1);
  });

  it("refuses the user's own e-mail and name, whole or run together", () => {
    for (const password of [
      'amina.diallo@interieur.gouv.sn',
      'AminaDiallo2024',
      'aminadiallo!!!!',
    ]) {
      const check = policy.check(password, owner);
      expect({ password, accepted: check.accepted }).toEqual({ password, accepted: false });
    }
    // The same password is fine for someone else: it is the owner's words that make it weak.
    expect(
      policy.check('AminaDiallo2024', { email: 'x@example.org', name: 'Jo Smith' }).score,
    ).toBeGreaterThan(policy.check('AminaDiallo2024', owner).score!);
  });

  it('refuses words about the platform itself', () => {
    expect(policy.check('Unoct12345678', owner).accepted).toBe(false);
    // Same shape, unknown words: scored higher.
    expect(policy.check('unoctcttp2025', owner).score).toBeLessThan(
      policy.check('qzvkwqzvk2025', owner).score!,
    );
  });

  it('still sees through l33t substitutions', () => {
    for (const password of ['P@$$w0rd1234!', 'Adm1n1str4t0r2024', 'p4$$w0rd!p4$$w0rd!']) {
      const check = policy.check(password, owner);
      expect({ password, accepted: check.accepted }).toEqual({ password, accepted: false });
    }
  });

  it('refuses keyboard walks and repeats', () => {
    expect(policy.check('qwertyuiop123', owner).accepted).toBe(false);
    expect(policy.check('aaaaaaaaaaaaaaaa', owner).accepted).toBe(false);
  });

  it('takes a stricter rule when configured', () => {
    const strict = new PasswordPolicy({ minLength: 16, minScore: 4 });
    expect(strict.check('Zq8!vB3#kL0pW2').refusal).toBe('too-short');
    expect(strict.minScore).toBe(4);
  });
});

describe('PasswordPolicy loading', () => {
  it('loads the word lists at the first scored check, not when built or refusing by length', () => {
    const loaded: string[] = [];
    jest.isolateModules(() => {
      for (const name of ['@zxcvbn-ts/language-common', '@zxcvbn-ts/language-en']) {
        jest.doMock(name, () => {
          loaded.push(name);
          return jest.requireActual<object>(name);
        });
      }
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module registry
      const isolated = require('./password-policy') as typeof import('./password-policy');
      const fresh = new isolated.PasswordPolicy();
      expect(loaded).toEqual([]);
      expect(fresh.check('short').refusal).toBe('too-short');
      expect(loaded).toEqual([]);
      expect(fresh.check('velvet quarry lantern oboe').accepted).toBe(true);
      expect(loaded.sort()).toEqual(['@zxcvbn-ts/language-common', '@zxcvbn-ts/language-en']);
    });
  });
});
