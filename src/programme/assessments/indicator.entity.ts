import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One question of the assessment questionnaire: under a pillar (or maritime), a code staff
 * refer to (`LEG-1`), the text, guidance for the assessor, and whether new assessments ask
 * it. An indicator is never deleted once answered: it is made inactive, and finalised
 * assessments keep their answers to it.
 */
@Entity('assessment_indicator')
@Index(['pillar', 'position'])
export class AssessmentIndicator {
  @PrimaryGeneratedColumn()
  id!: number;

  /** A pillar code (PILLARS), maritime included. */
  @Column({ type: 'varchar', length: 32 })
  pillar!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Column({ type: 'text', nullable: true })
  guidance!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'int', default: 0 })
  position!: number;
}
