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

// 14 or more digits, optionally grouped by single spaces or dashes (4-4-4-4 and the like).
const CARD_LIKE = /\d(?:[ -]?\d){13,}/g;

/**
 * Masks every card number inside one run of digits (possibly grouped, possibly glued to other
 * digits): every 14–19 digit window that starts with 2–6 (the first digit of every current card
 * scheme) and passes Luhn. Windows may overlap, so a card glued to other digits is still found.
 */
function maskRun(run: string): string {
  const positions: number[] = [];
  let digits = '';
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      positions.push(i);
      digits += run[i];
    }
  }
  const hidden = new Set<number>();
  for (let start = 0; start + 14 <= digits.length; start++) {
    const first = digits.charCodeAt(start);
    if (first < 50 || first > 54) continue;
    for (let length = 14; length <= 19 && start + length <= digits.length; length++) {
      if (!passesLuhn(digits.slice(start, start + length))) continue;
      for (let k = start; k < start + length - 4; k++) hidden.add(positions[k]);
    }
  }
  if (hidden.size === 0) return run;
  let out = '';
  for (let i = 0; i < run.length; i++) out += hidden.has(i) ? 'X' : run[i];
  return out;
}

/** True when a value holds at least 14 digits: the cheap test before the masker runs. */
export function mayHoldCardNumber(value: string): boolean {
  if (value.length < 14) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits >= 14) return true;
  }
  return false;
}

/**
 * Masks every card number in a free text: 14–19 digits (optionally grouped by spaces or dashes,
 * or glued to other digits) that start with 2–6 and pass the Luhn check. Phone numbers, ticket
 * and frequent-flyer numbers mostly fail one of the tests and are kept; when one passes by
 * chance it is masked too, which errs on the safe side.
 */
export function maskCardNumbersInText(text: string): string {
  if (!mayHoldCardNumber(text)) return text;
  return text.replace(CARD_LIKE, maskRun);
}
