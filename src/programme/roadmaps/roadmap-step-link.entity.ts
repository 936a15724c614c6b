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

/** The kinds of things roadmaps links to itself; other modules show theirs through StepLinkSources. */
export const STEP_LINK_KINDS = ['resource', 'thread'] as const;
export type StepLinkKind = (typeof STEP_LINK_KINDS)[number];

/**
 * A library resource or an IWG thread that belongs with a step (the SOP it produces, the thread
 * where it is discussed). The target is checked when the link is made (same State, the State's
 * IWG) and again, through the visibility policy, whenever it is shown.
 */
@Entity('roadmap_step_link')
@Index(['stepId', 'kind', 'targetId'], { unique: true })
@Index(['kind', 'targetId'])
export class RoadmapStepLink {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => RoadmapStep, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id' })
  step!: RoadmapStep;

  @Column({ type: 'int' })
  stepId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: StepLinkKind;

  @Column({ type: 'int' })
  targetId!: number;

  @Column({ type: 'int', nullable: true })
  createdById!: number | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}
