import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';

/** Where the State's passenger-data system stands. */
export const DEPLOYMENT_STATUSES = [
  'none',
  'planned',
  'installed',
  'live-api',
  'live-pnr',
] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/**
 * What the programme keeps about one Member State beyond its reference data: the deployment
 * of the passenger-data system, whether the maritime component applies, and a note for staff.
 * One row per State, made on the first edit (a State without one reads as the defaults). The
 * programme status stays on the organisation (lists filter on it) and its history is
 * ProgrammeStatusChange.
 */
@Entity('state_record')
export class StateRecord {
  @PrimaryColumn({ type: 'int' })
  stateId!: number;

  @OneToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'varchar', length: 16, default: 'none' })
  deploymentStatus!: DeploymentStatus;

  @Column({ type: 'boolean', default: false })
  maritimeApplies!: boolean;

  /** Staff and admins only: never shown to the State, experts or partners. */
  @Column({ type: 'text', nullable: true })
  contextNote!: string | null;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
