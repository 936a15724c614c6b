import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Assessment } from './assessment.entity';
import { AssessmentIndicator } from './indicator.entity';

/** Maturity levels: 0 nothing in place … 4 fully in place and reviewed. */
export const MATURITY_LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * The answer to one indicator in one assessment. Made for every active indicator when the
 * assessment is started, so the questionnaire is fixed then (an indicator added later is not
 * asked in a running assessment); unanswered while `level` is null.
 */
@Entity('assessment_answer')
@Index(['assessmentId', 'indicatorId'], { unique: true })
export class AssessmentAnswer {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Assessment, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment!: Assessment;

  @Column({ type: 'int' })
  assessmentId!: number;

  @ManyToOne(() => AssessmentIndicator, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator!: AssessmentIndicator;

  @Column({ type: 'int' })
  indicatorId!: number;

  @Column({ type: 'int', nullable: true })
  level!: number | null;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ type: 'text', nullable: true })
  findings!: string | null;

  @Column({ type: 'text', nullable: true })
  recommendations!: string | null;

  @Column({ type: 'int', nullable: true })
  updatedById!: number | null;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
