import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import type { SearchKind } from './search-kind';

/**
 * The inverted index of the search, the same table on SQLite and MariaDB: one row per index
 * word of an entry (`search_entry.terms`), with what a search filters and ranks on copied from
 * the entry (kind, date, visibility, IWG, language, pillars) and the word's own rank in it.
 *
 * The primary key (term, kind, score, date, entryId) is the order a search reads in: the
 * entries of a word and kind, best first (a WITHOUT ROWID table on SQLite and InnoDB's
 * clustered index on MariaDB, so the filter columns are read from the same page). A one-word
 * search reads its first page straight off the key and stops; a count stops at its cap.
 * (entryId, term) finds whether an entry holds another word of the query, and the rows to
 * delete when an entry goes. SearchIndex writes these rows with the entry, in its transaction.
 */
@Entity('search_term', { withoutRowid: true })
@Index('UQ_search_term_entry_term', ['entryId', 'term'], { unique: true })
export class SearchTerm {
  /** The index word (text/index-term.ts): ASCII, at most 80 characters. */
  @PrimaryColumn({ type: 'varchar', length: 84 })
  term!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: SearchKind;

  /**
   * The rank of this word alone: TITLE_WEIGHT when the title holds it, plus how often the lead
   * of the text holds it (at most TF_CAP), exactly as SearchIndex ranks a phrase in SQL.
   */
  @PrimaryColumn({ type: 'smallint' })
  score!: number;

  @PrimaryColumn({ type: 'datetime', precision: 3 })
  date!: Date;

  @PrimaryColumn({ type: 'int' })
  entryId!: number;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @Column({ type: 'int', nullable: true })
  iwgId!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  language!: string | null;

  /** As in the entry: pillar codes between commas. */
  @Column({ type: 'varchar', length: 200, default: '' })
  pillars!: string;
}
