import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { WatchlistKind } from '../../screening/watchlists/watchlist-entry';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';

/** The kinds a State may load, in the order the lists page shows them. */
export const LIST_KINDS: readonly WatchlistKind[] = ['un', 'csv', 'documents', 'ofac'];

/**
 * A watchlist of one State: its UN Consolidated List, its national lists, its lost/stolen
 * document lists, OFAC's SDN list when it uses it. Every State keeps its own lists and versions,
 * the UN's and OFAC's included: its uploads never touch another State's screening. The version
 * the State screens against is `currentVersionId` (the last one it loaded).
 */
@Entity('watchlist')
@Index(['stateId', 'name'], { unique: true })
export class Watchlist {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: WatchlistKind;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy!: User;

  @Column({ type: 'int' })
  createdById!: number;

  @Column({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  /** The version screened against; null until a first version is loaded. */
  @Column({ type: 'int', nullable: true })
  currentVersionId!: number | null;
}
