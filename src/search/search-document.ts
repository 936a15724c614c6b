import type { VisibilityScope } from '../common/visibility/visibility-level';
import type { SearchKind } from './search-kind';

/**
 * What a module hands to SearchIndex.put for one of its rows. Text is plain (strip Markdown or
 * HTML first); the index folds case, accents and Arabic forms itself.
 */
export interface SearchDocument {
  kind: SearchKind;
  /** The source row's id. (kind, refId) is unique: putting it again replaces the entry. */
  refId: number;
  title: string;
  /** The text searched and cut into snippets (summary, post body, extracted file text …). */
  body?: string;
  tags?: readonly string[];
  /** ISO 639 code (`ar`, `zh`, `fr` …). */
  language?: string | null;
  /** Pillar codes (`legislative`, `piu`, `carrier-engagement`, `technology`, `maritime`). */
  pillars?: readonly string[];
  iwgId?: number | null;
  /** The page the hit leads to (a path of the portal, such as `/library/12`). */
  url?: string | null;
  /** Published, posted, held or joined. */
  date: Date;
  /** The source row's visibility, exactly as the policy reads it for the row itself. */
  visibility: VisibilityScope;
  /** Words found but never shown (another spelling of a name, a code). */
  keywords?: readonly string[];
}
