import type { OptionsType, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { englishAdvice } from './zxcvbn-english';

/** Why a password was refused; the caller may translate by code instead of using `messages`. */
export type PasswordRefusal = 'too-short' | 'too-long' | 'too-weak';

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/**
 * The refusal as a translation-catalogue key and its parameters, for a page that translates
 * rather than showing the English `messages[0]`. English texts: "Use at least {min}
 * characters.", "Use at most {max} characters.", "This password is too easy to guess."
 */
export interface PasswordRefusalMessage {
  readonly key: 'password.tooShort' | 'password.tooLong' | 'password.tooWeak';
  readonly params: Readonly<Record<string, number>>;
}

export interface PasswordCheck {
  readonly accepted: boolean;
  readonly refusal: PasswordRefusal | null;
  readonly reason: PasswordRefusalMessage | null;
  /** zxcvbn's estimate: 0 (guessable in seconds) … 4 (very unguessable). Null when not scored. */
  readonly score: PasswordScore | null;
  /**
   * What to show next to the password field, most important first: the reason, then the
   * estimator's warning, then its suggestions. Empty when accepted.
   */
  readonly messages: readonly string[];
  readonly warning: string | null;
  readonly suggestions: readonly string[];
}

/** Who the password is for: the estimator treats these words as the first an attacker tries. */
export interface PasswordOwner {
  readonly email?: string | null;
  readonly name?: string | null;
}

export interface PasswordPolicyOptions {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minScore?: PasswordScore;
  /** zxcvbn feedback catalogue (@zxcvbn-ts/language-xx `translations`); English by default. */
  readonly translations?: OptionsType['translations'];
}

/** Words about this platform that belong in nobody's password. */
const SITE_WORDS = [
  'cttp',
  'unoct',
  'countering',
  'terrorist',
  'travel',
  'programme',
  'platform',
  'united nations',
];

/**
 * The password rule: 12 to 128 characters, and a zxcvbn-ts score of at least 3 ("safely
 * unguessable: moderate protection from offline slow-hash scenario") with the user's own e-mail
 * and name counted as known words. Length is counted in code points after NFKC normalisation,
 * the same form the hasher stores.
 *
 * Build one instance and share it. The estimator and its word lists are loaded on the first
 * check, not before: the language packages decompress and rank their dictionaries as they load,
 * about 30 MB of heap that every full garbage collection of the portal would walk, while most
 * processes serve pages and never see a password form. That first check then takes ~300 ms
 * (loading and ranking); each check afterwards 5-20 ms for ordinary passwords and ~50 ms for
 * the slowest 60-128-character ones (measured on 2 shared cores).
 */
export class PasswordPolicy {
  readonly minLength: number;
  readonly maxLength: number;
  readonly minScore: PasswordScore;
  private readonly translations: OptionsType['translations'];
  private estimator: ZxcvbnFactory | undefined;

  constructor(options: PasswordPolicyOptions = {}) {
    this.minLength = options.minLength ?? 12;
    this.maxLength = options.maxLength ?? 128;
    this.minScore = options.minScore ?? 3;
    this.translations = options.translations ?? englishAdvice;
  }

  check(password: string, owner: PasswordOwner = {}): PasswordCheck {
    const length = [...password.normalize('NFKC')].length;
    if (length < this.minLength) {
      return refused('too-short', `Use at least ${this.minLength} characters.`, {
        key: 'password.tooShort',
        params: { min: this.minLength },
      });
    }
    if (length > this.maxLength) {
      return refused('too-long', `Use at most ${this.maxLength} characters.`, {
        key: 'password.tooLong',
        params: { max: this.maxLength },
      });
    }
    this.estimator ??= loadEstimator(this.translations, this.maxLength);
    const result = this.estimator.check(password, ownerWords(owner));
    const score: PasswordScore = result.score;
    const warning = result.feedback.warning || null;
    const suggestions = result.feedback.suggestions;
    if (score >= this.minScore) {
      return {
        accepted: true,
        refusal: null,
        reason: null,
        score,
        messages: [],
        warning,
        suggestions,
      };
    }
    return {
      accepted: false,
      refusal: 'too-weak',
      reason: { key: 'password.tooWeak', params: { score, minScore: this.minScore } },
      score,
      messages: [
        'This password is too easy to guess.',
        ...(warning ? [warning] : []),
        ...(suggestions.length
          ? suggestions
          : ['Add another word or two. Uncommon words are better.']),
      ],
      warning,
      suggestions,
    };
  }
}

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, see PasswordPolicy */
function loadEstimator(
  translations: OptionsType['translations'],
  maxLength: number,
): ZxcvbnFactory {
  const core = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const common =
    require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const english = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
  return new core.ZxcvbnFactory({
    translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
    // The l33t matcher tries every combination of up to this many substitutions. With the
    // default (100) a 61-character sentence took ~350 ms and a 128-character password ~400 ms
    // on this machine; at 8 they take ~45-60 ms. On a corpus of l33t passwords (P@$$w0rd1234!,
    // Adm1n1str4t0r2024, p4$$w0rd!p4$$w0rd!, W3lc0m3@2024!!, …) every score is the same as
    // with 100: a password needing more than 8 substitutions to reach a word is strong anyway.
    l33tMaxSubstitutions: 8,
    maxLength,
  });
}
/* eslint-enable @typescript-eslint/no-require-imports */

function refused(
  refusal: PasswordRefusal,
  message: string,
  reason: PasswordRefusalMessage,
): PasswordCheck {
  return {
    accepted: false,
    refusal,
    reason,
    score: null,
    messages: [message],
    warning: null,
    suggestions: [],
  };
}

/**
 * The owner's e-mail and name as zxcvbn user inputs, whole and in pieces: zxcvbn matches a
 * user input only as a whole dictionary word, so "jane.doe@un.org" alone would not catch
 * "JaneDoe2024!". Lower-cased; the estimator compares case-insensitively and scores
 * capitalisation separately.
 */
function ownerWords(owner: PasswordOwner): string[] {
  // zxcvbn ranks user inputs by position (rank 1 is the first guess), so the owner's own words
  // come first and the platform's words after them.
  const words = new Set<string>();
  const add = (word: string) => {
    const trimmed = word.trim().toLowerCase();
    if (trimmed.length >= 2) words.add(trimmed);
  };
  const email = owner.email?.trim() ?? '';
  if (email) {
    add(email);
    const [local = '', domain = ''] = email.split('@');
    add(local);
    const localParts = local.split(/[._+-]+/);
    localParts.forEach(add);
    add(localParts.join(''));
    // The organisation's domain labels ("unodc" in "x@unodc.org"); the top-level domain is noise.
    domain.split('.').slice(0, -1).forEach(add);
  }
  const name = owner.name?.trim() ?? '';
  if (name) {
    add(name);
    const nameParts = name.split(/[\s'’-]+/u);
    nameParts.forEach(add);
    add(nameParts.join(''));
  }
  SITE_WORDS.forEach(add);
  return [...words];
}
