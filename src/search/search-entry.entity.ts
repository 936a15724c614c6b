import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import type { SearchKind } from './search-kind';

/**
 * One searchable document: a resource, thread, post, meeting or member, kept by the module that
 * owns it through SearchIndex.put/remove. It carries its source row's visibility columns, so
 * the one VisibilityPolicy condition filters hits inside the search query.
 *
 * `terms`, `titleTerms` and `leadTerms` hold the text as index words (see text/index-term.ts).
 * SearchIndex writes the words of `terms` to `search_term` (SearchTerm) with the entry, in the
 * same transaction: that table is the full-text index, the same on SQLite and MariaDB.
 */
@Entity('search_entry')
@Index('UQ_search_entry_kind_ref', ['kind', 'refId'], { unique: true })
export class SearchEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: SearchKind;

  /** The id of the source row in its own table. */
  @Column({ type: 'int' })
  refId!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** Plain text (no markup) the snippet is cut from. */
  @Column({ type: 'text' })
  body!: string;

  /** Free tags, comma-separated, as shown. */
  @Column({ type: 'varchar', length: 500, default: '' })
  tags!: string;

  /** ISO 639 code of the document's language; null when it has none (a member). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  language!: string | null;

  /** Pillar codes between commas (`,legislative,piu,`), empty when none. */
  @Column({ type: 'varchar', length: 200, default: '' })
  pillars!: string;

  @Column({ type: 'int', nullable: true })
  iwgId!: number | null;

  /** Where the hit leads; null when the document has no page of its own (a member). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  url!: string | null;

  /** The document's own date (published, posted, held, joined): filters and breaks rank ties. */
  @Column({ type: 'datetime', precision: 3 })
  date!: Date;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @Column({ type: 'text' })
  titleTerms!: string;

  /**
   * The first index words of the tags and the text (at most 600 characters): the rank counts
   * occurrences here, which costs the same for every row however long its text.
   */
  @Column({ type: 'varchar', length: 600 })
  leadTerms!: string;

  @Column({ type: 'text' })
  terms!: string;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
