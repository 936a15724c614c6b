import type { WatchlistEntry } from '../watchlists/watchlist-entry';
import { normaliseDocumentNumber } from './document-number';
import { INDEX_TUNING } from './index-tuning';
import type { MatchResult } from './match-result';
import type { ScreeningSubject } from './screening-subject';

interface DocumentPosting {
  entry: WatchlistEntry;
  issuingCountry?: string;
  /** The number as the list writes it (for the explanation). */
  number: string;
}

/**
 * Listed travel documents by normalised number: a traveller's document equal to a listed one
 * (and not issued by another country) is a hit whatever the names say.
 */
export class DocumentIndex {
  private readonly documents = new Map<string, DocumentPosting[]>();

  add(entry: WatchlistEntry): void {
    for (const document of entry.documents) {
      const number = normaliseDocumentNumber(document.number);
      if (number.length < INDEX_TUNING.minDocumentNumber) continue;
      const posting: DocumentPosting = { entry, number: document.number };
      if (document.issuingCountry) posting.issuingCountry = document.issuingCountry;
      const list = this.documents.get(number);
      if (list) list.push(posting);
      else this.documents.set(number, [posting]);
    }
  }

  /** Every listed document the subject carries, explained. */
  match(subject: ScreeningSubject, threshold: number): MatchResult[] {
    const results: MatchResult[] = [];
    for (const document of subject.documents ?? []) {
      const number = normaliseDocumentNumber(document.number);
      for (const posting of this.documents.get(number) ?? []) {
        const country = document.issuingCountry?.toUpperCase();
        if (country && posting.issuingCountry && country !== posting.issuingCountry) continue;
        const decisive = Boolean(country && posting.issuingCountry);
        const score = decisive
          ? INDEX_TUNING.documentSameIssuerScore
          : INDEX_TUNING.documentIssuerUnknownScore;
        const reason = decisive
          ? `document ${posting.number} issued by ${posting.issuingCountry} is listed`
          : `document number ${posting.number} is listed (issuing country not stated on both sides)`;
        results.push({
          entry: posting.entry,
          kind: 'document',
          score,
          alert: score >= threshold,
          explanation: {
            nameScore: 0,
            tokens: [],
            qualifiers: [{ qualifier: 'document', effect: score, reason }],
            summary: reason,
          },
        });
      }
    }
    return results;
  }
}
