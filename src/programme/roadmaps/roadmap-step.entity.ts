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
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';
import type { StepStatus } from './step-status';

/**
 * One step of a State's roadmap. The roadmap is the set of its State's steps: `state` content
 * of `stateId` (its people, staff and admins, the experts assigned to it). Dates are calendar
 * dates (`YYYY-MM-DD`, compared as text), the due date inclusive. An owner of null is "the
 * State" itself. A step drafted from an assessment keeps the recommendation it came from, so
 * drafting twice adds nothing twice.
 */
@Entity('roadmap_step')
@Index(['stateId', 'pillar'])
@Index(['status', 'dueOn'])
@Index(['stateId', 'sourceAssessmentId', 'sourceIndicatorId'])
export class RoadmapStep {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;

  /** A pillar code (`legislative`, `piu`, `carrier-engagement`, `technology`, `maritime`). */
  @Column({ type: 'varchar', length: 32 })
  pillar!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner!: User | null;

  @Column({ type: 'int', nullable: true })
  ownerId!: number | null;

  @Column({ type: 'varchar', length: 10 })
  startOn!: string;

  @Column({ type: 'varchar', length: 10 })
  dueOn!: string;

  @Column({ type: 'varchar', length: 16, default: 'not-started' })
  status!: StepStatus;

  /** Why a blocked step is blocked (null for any other status; the history keeps old reasons). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  blockedReason!: string | null;

  @Column({ type: 'int', default: 1 })
  weight!: number;

  @Column({ type: 'int', nullable: true })
  sourceAssessmentId!: number | null;

  @Column({ type: 'int', nullable: true })
  sourceIndicatorId!: number | null;

  @Column({ type: 'int', nullable: true })
  createdById!: number | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;

  /** Guards against two people saving the same step at once (the second is told to reload). */
  @VersionColumn({ default: 1 })
  version!: number;
}
