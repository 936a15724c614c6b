import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { HitStatus } from '../pipeline/screening-hit.entity';

/** What happened to a hit: a change of hands or status, a note, an export. */
export const HIT_EVENT_KINDS = [
  'taken',
  'released',
  'cleared',
  'proposed',
  'confirmed',
  'sent-back',
  'escalated',
  'noted',
  'exported',
] as const;
export type HitEventKind = (typeof HIT_EVENT_KINDS)[number];

/** The sealing context of an event's free text (notes may name people): its State and hit. */
export const hitEventContext = (event: Pick<ScreeningHitEvent, 'stateId' | 'hitId'>) =>
  `hit-event:${event.stateId}:${event.hitId}`;

/**
 * One line of a hit's history, kept for good: who did what and when, the status before and
 * after, and what they gave as a reason (a cleared hit's reason code, a note, to whom a
 * confirmed hit was escalated, a lawful request's reference). Free text is sealed like the
 * traveller's record (PersonalDataCipher, bound to the State and hit).
 */
@Entity('screening_hit_event')
@Index(['hitId', 'id'])
export class ScreeningHitEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  hitId!: number;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'varchar', length: 12 })
  kind!: HitEventKind;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ type: 'int' })
  actorId!: number;

  /** Status changes: before and after (null for notes and exports). */
  @Column({ type: 'varchar', length: 12, nullable: true })
  fromStatus!: HitStatus | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  toStatus!: HitStatus | null;

  /** A cleared hit: the reason code (CLEAR_REASONS). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  reason!: string | null;

  /** A cleared list hit remembered as "this traveller is not that entry". */
  @Column({ type: 'boolean', default: false })
  remembered!: boolean;

  /** Sealed text: the analyst's note. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Sealed text: the authority a confirmed hit was escalated to. */
  @Column({ type: 'text', nullable: true })
  escalatedTo!: string | null;

  /** An export: the lawful request's reference and the format (json, pdf). */
  @Column({ type: 'varchar', length: 120, nullable: true })
  reference!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  format!: string | null;
}
