import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ExpertProfile } from './expert-profile.entity';
import { AssistanceRequest } from './assistance-request.entity';
import type { EngagementStatus } from './expert-vocabulary';

/**
 * One expert on one request, for dates (plain, both included). While `active` and today is
 * within the dates, the expert is assigned to the State (`expertUserId`, `stateId`, the dates
 * and the status are read by UsersService for AuthenticatedUser.assignedStateIds).
 */
@Entity('expert_engagement')
@Index(['expertUserId', 'status', 'startsOn'])
@Index(['stateId', 'status'])
@Index(['requestId'])
export class Engagement {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => AssistanceRequest, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request!: AssistanceRequest;

  @Column({ type: 'int' })
  requestId!: number;

  @ManyToOne(() => ExpertProfile, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id' })
  expert!: ExpertProfile;

  @Index()
  @Column({ type: 'int' })
  expertId!: number;

  @Column({ type: 'int' })
  expertUserId!: number;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'varchar', length: 10 })
  startsOn!: string;

  @Column({ type: 'varchar', length: 10 })
  endsOn!: string;

  @Column({ type: 'varchar', length: 16, default: 'proposed' })
  status!: EngagementStatus;

  /** Why staff engaged the expert outside their declared availability (warned, allowed). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  outsideAvailabilityReason!: string | null;

  @Column({ type: 'int' })
  proposedById!: number;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  confirmedById!: number | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
