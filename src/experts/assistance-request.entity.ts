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
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { Organisation } from '../organisations/organisation.entity';
import { RoadmapStep } from '../programme/roadmaps/roadmap-step.entity';
import type { RequestFormat, RequestStatus } from './expert-vocabulary';

/**
 * A State asking the pool for help: its focal point (or staff on its behalf) names the pillar,
 * topic, language, format, dates and effort. State content (`state` visibility): the State's
 * members, staff and the experts assigned to it see it. `roadmapStepId` names the roadmap step
 * it serves (the roadmaps module owns steps; RoadmapStepCheck makes sure it is the State's).
 */
@Entity('expert_request')
@Index(['status', 'startsOn'])
@Index(['stateId', 'status'])
export class AssistanceRequest {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;

  /** Kept when the step goes: the request stands on its own. */
  @ManyToOne(() => RoadmapStep, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'roadmap_step_id' })
  roadmapStep!: RoadmapStep | null;

  @Index()
  @Column({ type: 'int', nullable: true })
  roadmapStepId!: number | null;

  @Column({ type: 'varchar', length: 32 })
  pillar!: string;

  @Column({ type: 'varchar', length: 200 })
  topic!: string;

  @Column({ type: 'text' })
  description!: string;

  /** ISO 639-1 code of the language the work is done in. */
  @Column({ type: 'varchar', length: 8 })
  language!: string;

  @Column({ type: 'varchar', length: 16 })
  format!: RequestFormat;

  @Column({ type: 'varchar', length: 10 })
  startsOn!: string;

  @Column({ type: 'varchar', length: 10 })
  endsOn!: string;

  /** Working days asked for. */
  @Column({ type: 'int' })
  effortDays!: number;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: RequestStatus;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @Column({ type: 'int' })
  createdById!: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
