import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WatchlistVersionRecord } from './watchlist-version.entity';

/**
 * One entry of one version, as the engine's importer normalised it (`WatchlistEntry` as JSON):
 * the index of a State is built from these rows, never from files. `reference` is the entry's
 * id in its list (`un:QDi.006`, `csv:NAT-0001`); `fingerprint` the SHA-256 of its canonical
 * JSON, so the next version's diff compares fingerprints and opens only the entries that changed.
 */
@Entity('watchlist_entry')
@Index(['versionId', 'reference'], { unique: true })
export class WatchlistEntryRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => WatchlistVersionRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version!: WatchlistVersionRecord;

  @Column({ type: 'int' })
  versionId!: number;

  @Column({ type: 'varchar', length: 191 })
  reference!: string;

  @Column({ type: 'varchar', length: 64 })
  fingerprint!: string;

  @Column({ type: 'text' })
  data!: string;
}
