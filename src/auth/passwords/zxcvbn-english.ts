import type { translations } from '@zxcvbn-ts/language-en';

/**
 * zxcvbn-ts's English warnings and suggestions, read from the package's translations file
 * alone: its index also loads every English dictionary, which the password policy loads only
 * when it first scores a password.
 */
export const englishAdvice =
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the file has no import path of its own
  require('@zxcvbn-ts/language-en/dist/translations.cjs') as typeof translations;
