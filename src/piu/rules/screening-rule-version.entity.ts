import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One version of a rule: what it said and who saved it when. A draft that was never switched
 * on has one version, rewritten by each save; once a rule has been on, every saved change adds
 * a version, so a hit can name the version that made it.
 */
@Entity('screening_rule_version')
@Index(['ruleId', 'number'], { unique: true })
export class ScreeningRuleVersion {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  ruleId!: number;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 10 })
  severity!: string;

  @Column({ type: 'text' })
  criteria!: string;

  @Column({ type: 'int' })
  savedById!: number;

  @Column({ type: 'datetime', precision: 3 })
  savedAt!: Date;
}
