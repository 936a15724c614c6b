import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrainingEnrolment } from './training-enrolment.entity';

/** A lesson a learner marked as read (by the lesson's content key: see course-source.ts). */
@Entity('training_lesson_progress')
@Index(['enrolmentId', 'lessonKey'], { unique: true })
export class TrainingLessonProgress {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => TrainingEnrolment, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment!: TrainingEnrolment;

  @Column({ type: 'int' })
  enrolmentId!: number;

  @Column({ type: 'varchar', length: 16 })
  lessonKey!: string;

  @Column({ type: 'datetime', precision: 3 })
  doneAt!: Date;
}
