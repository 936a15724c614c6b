import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * `new` → `in-review` (an analyst took it) → `cleared` (a false match) or `proposed` (one
 * analyst proposes to confirm) → `confirmed` (a second analyst agrees: four eyes) →
 * `escalated` (handed to another authority).
 */
export const HIT_STATUSES = [
  'new',
  'in-review',
  'proposed',
  'cleared',
  'confirmed',
  'escalated',
] as const;
export type HitStatus = (typeof HIT_STATUSES)[number];

/** Statuses an analyst still has to act on. */
export const OPEN_HIT_STATUSES: readonly HitStatus[] = ['new', 'in-review', 'proposed'];

/**
 * A reason for an analyst to look at a traveller: a list entry or a rule matched. Names the
 * list version or the rule version that made it. The engine's explanation (which quotes the
 * traveller's names) is sealed in `detail`; the plain columns order and filter the vetting
 * list. One hit per traveller and subject (`dedupeKey`: the entry and its fingerprint, or the
 * rule), so screening again — a retried job, a new list version — never doubles a hit.
 */
@Entity('screening_hit')
@Index(['travellerId', 'dedupeKey'], { unique: true })
@Index(['stateId', 'status', 'severityRank', 'departureAt'])
@Index(['flightId'])
export class ScreeningHit {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'int' })
  flightId!: number;

  @Column({ type: 'int' })
  travellerId!: number;

  /** The message whose screening raised it. */
  @Column({ type: 'int' })
  messageId!: number;

  /** name, document or rule. */
  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ type: 'varchar', length: 10 })
  severity!: string;

  /** 0 (low) … 3 (critical): the vetting list's order. */
  @Column({ type: 'int' })
  severityRank!: number;

  @Column({ type: 'float' })
  score!: number;

  @Column({ type: 'varchar', length: 191 })
  dedupeKey!: string;

  /** List hits: the list, the version screened against, the entry and its fingerprint. */
  @Column({ type: 'int', nullable: true })
  listId!: number | null;

  @Column({ type: 'int', nullable: true })
  listVersionId!: number | null;

  @Column({ type: 'varchar', length: 191, nullable: true })
  entryReference!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entryFingerprint!: string | null;

  /** Rule hits: the rule and the version that held. */
  @Column({ type: 'int', nullable: true })
  ruleId!: number | null;

  @Column({ type: 'int', nullable: true })
  ruleVersion!: number | null;

  /** HitDetail as sealed JSON: the engine's explanation, match parts or rule conditions. */
  @Column({ type: 'text' })
  detail!: string;

  @Column({ type: 'varchar', length: 12, default: 'new' })
  status!: HitStatus;

  @Column({ type: 'int', nullable: true })
  assigneeId!: number | null;

  /** The flight's departure, copied for the vetting list's order. */
  @Column({ type: 'datetime', nullable: true })
  departureAt!: Date | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt!: Date;

  /** Bumped by every change of status: two analysts acting at once, one wins. */
  @Column({ type: 'int', default: 1 })
  revision!: number;
}
