import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { User } from '../users/user.entity';
import { TrainingCourse } from './training-course.entity';

/**
 * A member on a course, on one version of it. The row carries the learner's State as its
 * visibility (`state`; `staff` for people of no State), so progress lists go through the
 * visibility policy like any content: a focal point's list holds their State's people only.
 */
@Entity('training_enrolment')
@Index(['courseId', 'userId'], { unique: true })
@Index(['userId'])
export class TrainingEnrolment {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => TrainingCourse, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course!: TrainingCourse;

  @Column({ type: 'int' })
  courseId!: number;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ type: 'int' })
  userId!: number;

  @Column({ type: 'int' })
  versionId!: number;

  /** Who enrolled them: themselves, their focal point, or staff. */
  @Column({ type: 'int' })
  enrolledById!: number;

  @Column({ type: 'datetime', precision: 3 })
  enrolledAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  completedAt!: Date | null;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;
}
