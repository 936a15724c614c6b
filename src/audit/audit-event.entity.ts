import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One security or data event. Append-only: the app inserts rows and never updates or deletes
 * them (AuditService has no such method). Actor e-mail is copied in so the record stays
 * readable whatever happens to the account later.
 */
@Entity('audit_event')
@Index(['occurredAt'])
@Index(['action', 'occurredAt'])
export class AuditEvent {
  // int, not bigint: SQLite only auto-increments an INTEGER key, and 2^31 events is ample.
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'datetime', precision: 3 })
  occurredAt!: Date;

  @Index()
  @Column({ type: 'int', nullable: true })
  actorId!: number | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetId!: string | null;

  /** Why: required later for every read of passenger data. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  /** Small JSON object of details (never secrets, never passenger data). */
  @Column({ type: 'text', nullable: true })
  details!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  correlationId!: string | null;
}
