import { englishAdvice as translations } from './zxcvbn-english';
import type { FormMessage } from '../../common/forms/form-error';
import type { PasswordCheck } from './password-policy';

const WARNING = 'password.warning.';
const SUGGESTION = 'password.suggestion.';

/** Our own advice when the estimator has none to give. */
const ADD_WORDS = 'password.addWords';

/**
 * The estimator's warnings and suggestions as catalogue entries: the English catalogue takes
 * zxcvbn-ts's own English texts, and another language's catalogue translates the same keys.
 */
export const passwordAdviceMessages: Record<string, string> = {
  [ADD_WORDS]: 'Add another word or two. Uncommon words are better.',
  ...Object.fromEntries(Object.entries(translations.warnings).map(([k, v]) => [WARNING + k, v])),
  ...Object.fromEntries(
    Object.entries(translations.suggestions).map(([k, v]) => [SUGGESTION + k, v]),
  ),
};

/** English text → key: the policy reports the estimator's advice in English (for the CLI). */
const keyOfText = new Map<string, string>();
for (const [key, text] of Object.entries(passwordAdviceMessages))
  if (!keyOfText.has(text)) keyOfText.set(text, key);

/** What to show after the reason for a weak password: the estimator's advice, as keys. */
export function passwordAdvice(check: PasswordCheck): FormMessage[] {
  if (check.refusal !== 'too-weak') return [];
  const texts = [
    ...(check.warning ? [check.warning] : []),
    ...(check.suggestions.length ? check.suggestions : [passwordAdviceMessages[ADD_WORDS]]),
  ];
  // An advice text this catalogue does not know (a newer estimator) is left out, not shown raw.
  return texts.flatMap((text) => {
    const key = keyOfText.get(text);
    return key ? [{ key }] : [];
  });
}
