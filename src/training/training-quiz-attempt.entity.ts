import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrainingEnrolment } from './training-enrolment.entity';

/** One submitted quiz, kept: the answers as chosen (JSON), the mark, and whether it passed. */
@Entity('training_quiz_attempt')
@Index(['enrolmentId', 'quizKey'])
export class TrainingQuizAttempt {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => TrainingEnrolment, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment!: TrainingEnrolment;

  @Column({ type: 'int' })
  enrolmentId!: number;

  /** The version the quiz was taken on (its feedback is shown from that version). */
  @Column({ type: 'int' })
  versionId!: number;

  /** A module's quiz (1-based number) or `final`, in that version. */
  @Column({ type: 'varchar', length: 8 })
  quiz!: string;

  @Column({ type: 'varchar', length: 16 })
  quizKey!: string;

  @Column({ type: 'text' })
  answers!: string;

  @Column({ type: 'int' })
  correct!: number;

  @Column({ type: 'int' })
  total!: number;

  @Column({ type: 'int' })
  percent!: number;

  @Column({ type: 'boolean' })
  passed!: boolean;

  @Column({ type: 'datetime', precision: 3 })
  submittedAt!: Date;
}
