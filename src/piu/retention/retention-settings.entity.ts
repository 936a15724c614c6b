import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A State's retention periods (set by a supervisor of its PIU within RETENTION_LIMITS), and
 * when the daily run last went through its data. A State without a row keeps the defaults; the
 * daily run adds the row when it first claims the State's day.
 */
@Entity('screening_retention_settings')
export class RetentionSettings {
  @PrimaryColumn({ type: 'int' })
  stateId!: number;

  /** Travellers of flights older than this are depersonalised (names, documents, contacts masked). */
  @Column({ type: 'int' })
  depersonaliseAfterDays!: number;

  /** Travellers, hits and messages of flights older than this are deleted. */
  @Column({ type: 'int' })
  deleteAfterDays!: number;

  /**
   * Travellers with a confirmed or escalated hit are kept whole (neither depersonalised nor
   * deleted) until their flight is older than this, then follow the two periods above.
   */
  @Column({ type: 'int' })
  confirmedHitDays!: number;

  /** The supervisor who last changed the periods, and when (null: the defaults). */
  @Column({ type: 'int', nullable: true })
  changedById!: number | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  changedAt!: Date | null;

  /** The start of the last daily run for the State (one run per UTC day, whichever instance). */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastRunAt!: Date | null;

  /** What that run did: RetentionCounts as JSON (counts, never data). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastRunSummary!: string | null;
}
