import type { OrganisationKind } from '../common/identity/role';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { IwgRegion } from './iwg-region.entity';

/** Every user belongs to exactly one organisation: a Member State, the programme, or a partner. */

/**
 * Where a Member State stands in the programme (set by staff and admins, in this order; the
 * history is ProgrammeStatusChange). `joined` was called `beneficiary` before the history
 * table: the migration that made it renamed the stored values.
 */
export const PROGRAMME_STATUSES = [
  'interested',
  'joined',
  'assessed',
  'implementing',
  'graduated',
] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

@Entity('organisation')
export class Organisation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: OrganisationKind;

  /** ISO 3166-1 alpha-3 for States, the agency's acronym otherwise (UNOCT, CTED, …). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 2, nullable: true })
  alpha2!: string | null;

  /** UN geoscheme (M49) region and sub-region; States only. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  unRegion!: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  unSubregion!: string | null;

  /** The Informal Working Group region a State takes part in, if any. */
  @ManyToOne(() => IwgRegion, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'iwg_region_id' })
  iwgRegion!: IwgRegion | null;

  @Column({ type: 'int', nullable: true })
  iwgRegionId!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  programmeStatus!: ProgrammeStatus | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;

  /**
   * Goes up by one on every TypeORM update or save: the signed-in copy of a member (which
   * carries the organisation's name, kind and IWG region) is compared against it.
   */
  @VersionColumn({ default: 1 })
  version!: number;
}
