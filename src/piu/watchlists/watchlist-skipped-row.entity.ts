import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WatchlistVersionRecord } from './watchlist-version.entity';

/** A record the importer skipped: its row (CSV) or position (XML) and the importer's reason. */
@Entity('watchlist_skipped_row')
@Index(['versionId', 'row'])
export class WatchlistSkippedRow {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => WatchlistVersionRecord, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version!: WatchlistVersionRecord;

  @Column({ type: 'int' })
  versionId!: number;

  @Column({ type: 'int' })
  row!: number;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;
}
