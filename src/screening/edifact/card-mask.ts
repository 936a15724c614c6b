/**
 * Card numbers never leave the tokeniser in clear: FOP card components are masked with
 * `maskCardNumber`, free texts (SSR, IFT, LTS, diagnostics) with `maskCardNumbersInText`.
 */

/** Keeps the last four digits; every other digit becomes `X` (non-digits are kept as given). */
export function maskCardNumber(value: string): string {
  let digitsSeen = 0;
  let total = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) total++;
  }
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digitsSeen++;
      out += digitsSeen > total - 4 ? value[i] : 'X';
    } else {
      out += value[i];
    }
  }
  return out;
}

/** The last four digits of a card number (already masked or not). */
export function cardLastFour(value: string): string | undefined {
  const match = /(\d)\D*(\d)\D*(\d)\D*(\d)\D*$/.exec(value);
  return match ? `${match[1]}${match[2]}${match[3]}${match[4]}` : undefined;
}

/** Luhn check on a run of digits: how card numbers are told apart from other long numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

// 13 to 19 digits, optionally grouped by single spaces or dashes (4-4-4-4 and the like).
const CARD_LIKE = /\d(?:[ -]?\d){12,18}/g;

/**
 * Masks every card-number-like run in a free text: 13–19 digits (optionally grouped) that pass
 * the Luhn check. Ticket numbers and phone numbers mostly fail Luhn and are kept; when one passes
 * by chance it is masked too, which errs on the safe side.
 */
export function maskCardNumbersInText(text: string): string {
  if (text.length < 13) return text;
  return text.replace(CARD_LIKE, (run) => {
    const digits = run.replace(/[ -]/g, '');
    return passesLuhn(digits) ? maskCardNumber(run) : run;
  });
}
