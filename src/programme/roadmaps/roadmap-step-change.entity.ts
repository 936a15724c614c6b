import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RoadmapStep } from './roadmap-step.entity';

/**
 * One change to a step, as its history shows it: who, when, and each field's value before and
 * after (`changes`: JSON of StepFieldChange[]). Written in the transaction of the change;
 * never updated. `authorName` is kept as it was, so the history reads the same after the
 * account is gone.
 */
@Entity('roadmap_step_change')
@Index(['stepId', 'id'])
export class RoadmapStepChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => RoadmapStep, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id' })
  step!: RoadmapStep;

  @Column({ type: 'int' })
  stepId!: number;

  /** `created`, `drafted`, `edited`, `status`, `linked`, `unlinked`, `completed` (RoadmapStepPort). */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'int', nullable: true })
  authorId!: number | null;

  @Column({ type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ type: 'text' })
  changes!: string;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  at!: Date;
}
