import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Assessment } from './assessment.entity';

/** The State's focal point's comment on one indicator (`indicatorId`) or on the whole (null). */
@Entity('assessment_comment')
@Index(['assessmentId', 'id'])
export class AssessmentComment {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Assessment, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment!: Assessment;

  @Column({ type: 'int' })
  assessmentId!: number;

  @Column({ type: 'int', nullable: true })
  indicatorId!: number | null;

  @Column({ type: 'int', nullable: true })
  authorId!: number | null;

  @Column({ type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}
