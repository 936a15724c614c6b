import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** running → done (counted), or failed (an error). */
export type TrialStatus = 'running' | 'done' | 'failed';

/** An example hit of a trial: the least that lets an analyst judge the rule. */
export interface TrialExample {
  initials: string;
  flight: string;
  /** The flight's date, `YYYY-MM-DD`, when the message says. */
  date: string | null;
}

/**
 * A try of one version of a rule over the State's last days of messages: how many hits it
 * would have made, with a few examples (initials, flight, date: no more personal data than
 * that). `criteriaHash` ties it to the exact criteria tried, since a draft's version 1 is
 * rewritten by each save.
 */
@Entity('screening_rule_trial')
@Index(['ruleId', 'id'])
export class ScreeningRuleTrial {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  ruleId!: number;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'int' })
  versionNumber!: number;

  @Column({ type: 'varchar', length: 64 })
  criteriaHash!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: TrialStatus;

  /** The start of the window tried (its end is requestedAt). */
  @Column({ type: 'datetime', precision: 3 })
  since!: Date;

  @Column({ type: 'int' })
  requestedById!: number;

  @Column({ type: 'datetime', precision: 3 })
  requestedAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  messages!: number;

  @Column({ type: 'int', default: 0 })
  travellers!: number;

  @Column({ type: 'int', default: 0 })
  hits!: number;

  /** True when the time or message limit stopped the count before the window's end. */
  @Column({ type: 'boolean', default: false })
  partial!: boolean;

  /** TrialExample[] as JSON. */
  @Column({ type: 'text' })
  examples!: string;
}
