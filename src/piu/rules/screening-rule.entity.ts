import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where a rule stands: written but never switched on, screening, or switched off again. */
export const RULE_STATUSES = ['draft', 'on', 'off'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/**
 * A targeting rule of one State's PIU, as it is now: its latest version's name, description,
 * severity and criteria (the engine's JSON tree), and which version screens (`activeVersion`,
 * while the rule is on). The versions themselves are ScreeningRuleVersion rows.
 */
@Entity('screening_rule')
@Index(['stateId', 'status'])
export class ScreeningRule {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 10 })
  severity!: string;

  /** The latest version's criteria, as the engine's loader reads them (JSON). */
  @Column({ type: 'text' })
  criteria!: string;

  @Column({ type: 'varchar', length: 8, default: 'draft' })
  status!: RuleStatus;

  /** The latest version's number. */
  @Column({ type: 'int', default: 1 })
  currentVersion!: number;

  /** The version that screens while the rule is on; null while a draft or off. */
  @Column({ type: 'int', nullable: true })
  activeVersion!: number | null;

  @Column({ type: 'int' })
  createdById!: number;

  @Column({ type: 'int' })
  updatedById!: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
