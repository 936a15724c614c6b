import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrainingCourse } from './training-course.entity';

/**
 * A published version of a course: its title, summary and source as they were, never changed
 * afterwards (a certificate names the version its holder completed).
 */
@Entity('training_course_version')
@Index(['courseId', 'number'], { unique: true })
export class TrainingCourseVersion {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => TrainingCourse, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course!: TrainingCourse;

  @Column({ type: 'int' })
  courseId!: number;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  summary!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'int' })
  publishedById!: number;

  @Column({ type: 'datetime', precision: 3 })
  publishedAt!: Date;
}
