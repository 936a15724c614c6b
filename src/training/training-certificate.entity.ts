import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrainingEnrolment } from './training-enrolment.entity';

/**
 * The certificate of a completed course: what it says is stored as issued (the holder's name,
 * the course and its version, the date), so the PDF and its verification agree even after a
 * rename. `code` is random (about 99 bits), unique, and what staff check at /training/verify/:code.
 */
@Entity('training_certificate')
@Index(['enrolmentId'], { unique: true })
@Index(['code'], { unique: true })
export class TrainingCertificate {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => TrainingEnrolment, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id' })
  enrolment!: TrainingEnrolment;

  @Column({ type: 'int' })
  enrolmentId!: number;

  @Column({ type: 'int' })
  userId!: number;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  holderName!: string;

  @Column({ type: 'varchar', length: 200 })
  holderOrganisation!: string;

  @Column({ type: 'varchar', length: 200 })
  courseTitle!: string;

  @Column({ type: 'int' })
  versionNumber!: number;

  @Column({ type: 'datetime', precision: 3 })
  issuedAt!: Date;
}
