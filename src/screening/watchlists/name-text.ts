/**
 * Turning the free text the lists put in a name field into clean names. UN alias fields hold
 * several spellings separated by ';', original-script names in parentheses, notes such as
 * "(birth name)" or ", born 1 Jan. 1953 …", and quoted nicknames; OFAC writes individuals as
 * "LAST, First". Matching is only as good as these names, so the rules are spelled out here and
 * unit-tested on each shape.
 */

export interface NameText {
  text: string;
  /** True when the name is written in a non-Latin script (Arabic, Cyrillic, CJK, …). */
  originalScript: boolean;
}

const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const ANY_LETTER = /\p{L}/u;
/** Name suffixes that follow a comma without inverting the name ("SANTOS, III"). */
const SUFFIXES = new Set(['JR', 'SR', 'II', 'III', 'IV', 'V']);
/** A parenthesised acronym worth keeping as a name of its own: "(AQAP)", "(ISIL-WA)". */
const ACRONYM = /^[A-Z][A-Za-z0-9.\-/]{1,11}$/;
/** A UN reference number in parentheses ("(KPE.018)") points to another entry: not a name. */
const UN_REFERENCE = /^[A-Z]{2}[EI]\.\d{3}$/;

/** True when the text holds at least one letter outside the Latin script. */
export function hasNonLatinLetters(text: string): boolean {
  return NON_LATIN_LETTER.test(text);
}

/** Collapses white space, drops wrapping quotes and stray punctuation at either end. */
export function cleanName(raw: string): string {
  // Double quotes are never part of a name ("“General” Sidiki"); apostrophes are (Hay’at).
  return raw
    .replace(/["“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s‘’',.;:()\-–—]+/, '')
    .replace(/[\s‘’',.;:(\-–—]+$/, '')
    .trim();
}

/**
 * Splits "Top text (group) more (nested (group))" into the text outside parentheses and the
 * top-level groups, keeping nested parentheses inside their group. Unbalanced brackets are
 * treated as plain separators.
 */
function splitParentheses(text: string): { outside: string; groups: string[] } {
  let outside = '';
  const groups: string[] = [];
  let depth = 0;
  let group = '';
  for (const char of text) {
    if (char === '(') {
      if (depth > 0) group += char;
      depth += 1;
    } else if (char === ')') {
      if (depth === 0) {
        outside += ' ';
        continue;
      }
      depth -= 1;
      if (depth === 0) {
        groups.push(group);
        group = '';
        outside += ' ';
      } else group += char;
    } else if (depth > 0) group += char;
    else outside += char;
  }
  if (group !== '') outside += ` ${group}`;
  return { outside, groups };
}

/** "Agha Jan Alizai اغا جان عالیزی" → the Latin run and the Arabic run as two names. */
function splitByScript(text: string): string[] {
  if (!hasNonLatinLetters(text) || !LATIN_LETTER.test(text)) return [text];
  const runs: string[] = [];
  let current: string[] = [];
  let currentLatin: boolean | undefined;
  for (const word of text.split(' ')) {
    const latin = ANY_LETTER.test(word) ? !hasNonLatinLetters(word) : currentLatin;
    if (currentLatin !== undefined && latin !== currentLatin) {
      runs.push(current.join(' '));
      current = [];
    }
    current.push(word);
    currentLatin = latin;
  }
  runs.push(current.join(' '));
  return runs;
}

function addName(names: NameText[], seen: Set<string>, raw: string): void {
  const text = cleanName(raw);
  if (!ANY_LETTER.test(text)) return;
  const key = text.toLowerCase();
  if (seen.has(key)) return;
  seen.add(key);
  names.push({ text, originalScript: hasNonLatinLetters(text) });
}

function collect(raw: string, names: NameText[], seen: Set<string>): void {
  // Notes after the name: ", born 1 Jan. 1953 (Oman passport …)".
  // "… b) …" is a leftover list marker in a few UN fields: a separator, like ';'.
  const text = raw
    .replace(/\s+/g, ' ')
    .replace(/,?\s+born\b.*$/i, '')
    .replace(/\s[a-z]\)\s/g, ';');
  const { outside, groups } = splitParentheses(text);
  for (const piece of outside.split(';')) {
    for (const run of splitByScript(piece.trim())) addName(names, seen, run);
  }
  for (const group of groups) {
    const content = group.trim().replace(/^original script:\s*/i, '');
    if (content !== group.trim() || hasNonLatinLetters(content) || content.includes(';')) {
      collect(content, names, seen);
    } else if (
      ACRONYM.test(content) &&
      content === content.toUpperCase() &&
      !UN_REFERENCE.test(content)
    ) {
      addName(names, seen, content);
    }
    // Any other Latin parenthesis is a note ("birth name", "third", "previously listed as").
  }
}

/**
 * Every name in one source name field, in source order, cleaned and deduplicated
 * (case-insensitively). Notes are dropped; original-script names are flagged.
 */
export function splitNameField(raw: string): NameText[] {
  const names: NameText[] = [];
  collect(raw, names, new Set());
  return names;
}

/**
 * "LAST, First Middle" → family LAST, given [First, Middle]. Undefined when the text has no
 * comma, or when what follows the comma is a suffix ("SANTOS, III", "LAVILLA, JR").
 */
export function invertedName(text: string): { family: string; given: string[] } | undefined {
  const comma = text.indexOf(',');
  if (comma <= 0) return undefined;
  const family = text.slice(0, comma).trim();
  const rest = text
    .slice(comma + 1)
    .replace(/,/g, ' ')
    .trim();
  if (family === '' || rest === '') return undefined;
  const given = rest.split(/\s+/);
  if (given.every((part) => SUFFIXES.has(part.replace(/\.$/, '').toUpperCase()))) return undefined;
  return { family, given };
}
