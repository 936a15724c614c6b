import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';

/** Draft (assessors write), in review (staff review, the focal point comments), finalised. */
export const ASSESSMENT_STATUSES = ['draft', 'in-review', 'finalised'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/**
 * One assessment of one State: the questionnaire's answers (AssessmentAnswer), the fieldwork
 * dates, and where it stands. A finalised assessment is read-only; the next one of the same
 * State is compared with the last finalised one.
 */
@Entity('assessment')
@Index(['stateId', 'status', 'finalisedAt'])
export class Assessment {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: AssessmentStatus;

  /** The fieldwork (visit or remote sessions), `YYYY-MM-DD`. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  fieldworkFrom!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  fieldworkTo!: string | null;

  @Column({ type: 'int', nullable: true })
  createdById!: number | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  finalisedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  finalisedById!: number | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
