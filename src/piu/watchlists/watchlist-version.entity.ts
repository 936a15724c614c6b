import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import { Watchlist } from './watchlist.entity';

/**
 * One loaded file of a list: who, when, which file (name and SHA-256), what the importer made of
 * it (entries, records read and skipped) and how it differs from the version before (added,
 * removed, changed entries: the rows themselves in WatchlistChange, computed at import).
 * `stateId` repeats the list's State so every read checks it without a join.
 */
@Entity('watchlist_version')
@Index(['watchlistId', 'number'], { unique: true })
export class WatchlistVersionRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Watchlist, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'watchlist_id' })
  watchlist!: Watchlist;

  @Column({ type: 'int' })
  watchlistId!: number;

  @Column({ type: 'int' })
  stateId!: number;

  /** 1 for the first version of the list, then 2, 3, … */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'int', nullable: true })
  previousVersionId!: number | null;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'loaded_by_id' })
  loadedBy!: User;

  @Column({ type: 'int' })
  loadedById!: number;

  @Column({ type: 'datetime', precision: 6 })
  loadedAt!: Date;

  /** The uploaded file's name (several, comma-separated, for OFAC's set of files). */
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  /** SHA-256 of the file (of the files, in order, for OFAC's set). */
  @Column({ type: 'varchar', length: 64 })
  fileSha256!: string;

  @Column({ type: 'int' })
  fileSize!: number;

  /** The list's own date when it carries one (UN dateGenerated). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  generatedAt!: string | null;

  @Column({ type: 'int' })
  entryCount!: number;

  /** Records the importer read: the entries it made plus the records it skipped. */
  @Column({ type: 'int' })
  rowsRead!: number;

  @Column({ type: 'int' })
  skippedCount!: number;

  @Column({ type: 'int' })
  addedCount!: number;

  @Column({ type: 'int' })
  removedCount!: number;

  @Column({ type: 'int' })
  changedCount!: number;
}
