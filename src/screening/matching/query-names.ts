import { normaliseName, type NameToken } from './name-normaliser';
import type { ScreeningSubject } from './screening-subject';

/** One way of writing the traveller's name, tokenised for the index. */
export interface QueryName {
  text: string;
  tokens: NameToken[];
}

function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s,.]+/g, ' ')
    .trim();
}

/** Names of the subject worth querying: the parts joined, and the full name when different. */
export function queryNames(subject: ScreeningSubject): QueryName[] {
  const texts: string[] = [];
  const parts = [subject.givenNames, subject.surname].filter(Boolean).join(' ').trim();
  if (parts) texts.push(parts);
  const full = subject.fullName?.trim();
  // The full name is queried too unless it is the parts written out again.
  if (full && simplify(full) !== simplify(parts)) {
    texts.push(full);
    // "LAST, First": also query it in the written order "First LAST".
    const parts = full.split(',');
    if (parts.length === 2 && parts[0].trim() && parts[1].trim()) {
      texts.push(`${parts[1].trim()} ${parts[0].trim()}`);
    }
  }
  const out: QueryName[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const tokens = normaliseName(text);
    const signature = tokens
      .map((token) => token.text)
      .sort()
      .join(' ');
    if (tokens.length === 0 || seen.has(signature)) continue;
    seen.add(signature);
    out.push({ text, tokens });
  }
  return out;
}
