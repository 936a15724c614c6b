import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { VisibilityColumns } from '../common/visibility/visibility-columns';

/**
 * A course as staff author it: a title, a summary and its draft source (course-source.ts).
 * Learners see only published versions. `staff` visibility until the first version is
 * published, `programme` from then on (every member may take it; PIU analysts above all).
 * `revision` goes up with every saved draft: two staff editing the same draft, the second is
 * told rather than overwriting the first.
 */
@Entity('training_course')
export class TrainingCourse {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  summary!: string;

  @Column({ type: 'text' })
  source!: string;

  @Column({ type: 'int', nullable: true })
  currentVersionId!: number | null;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @Column({ type: 'int' })
  createdById!: number;

  @VersionColumn({ default: 1 })
  revision!: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
