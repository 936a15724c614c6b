import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WatchlistVersionRecord } from './watchlist-version.entity';

export const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * One line of a version's diff against the version before: an entry added, removed, or changed
 * (with its fields, before and after, as JSON `FieldChange[]`). Computed once at import.
 */
@Entity('watchlist_change')
@Index(['versionId', 'change'])
export class WatchlistChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => WatchlistVersionRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version!: WatchlistVersionRecord;

  @Column({ type: 'int' })
  versionId!: number;

  @Column({ type: 'varchar', length: 8 })
  change!: ChangeKind;

  @Column({ type: 'varchar', length: 191 })
  reference!: string;

  /** The entry's primary name (or document number), to show without opening the entry. */
  @Column({ type: 'varchar', length: 255 })
  label!: string;

  /** Changed entries: `FieldChange[]` as JSON; null for added and removed ones. */
  @Column({ type: 'text', nullable: true })
  fields!: string | null;
}
