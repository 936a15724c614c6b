import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Engagement } from './engagement.entity';

export const FEEDBACK_SIDES = ['state', 'expert'] as const;
export type FeedbackSide = (typeof FEEDBACK_SIDES)[number];

/**
 * One side's feedback on a closed engagement, once per side. The State rates the expert on four
 * competencies (1–5) and says whether it would engage them again; the expert rates the
 * engagement (`rating`) and may reply to the State's feedback (`reply`, on the State's row).
 * `commentWithheld`: the State asked that its free text not be shown to the expert.
 */
@Entity('expert_feedback')
@Index(['engagementId', 'side'], { unique: true })
export class EngagementFeedback {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Engagement, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement!: Engagement;

  @Column({ type: 'int' })
  engagementId!: number;

  @Column({ type: 'varchar', length: 8 })
  side!: FeedbackSide;

  @Column({ type: 'int', nullable: true })
  knowledge!: number | null;

  @Column({ type: 'int', nullable: true })
  communication!: number | null;

  @Column({ type: 'int', nullable: true })
  responsiveness!: number | null;

  @Column({ type: 'int', nullable: true })
  fit!: number | null;

  @Column({ type: 'boolean', nullable: true })
  wouldEngageAgain!: boolean | null;

  /** The expert's rating of the engagement (1–5). */
  @Column({ type: 'int', nullable: true })
  rating!: number | null;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ type: 'boolean', default: false })
  commentWithheld!: boolean;

  @Column({ type: 'text', nullable: true })
  reply!: string | null;

  @Column({ type: 'int' })
  authorId!: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}
