import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One session (session-middleware.ts), stored in the database so a restart logs nobody out. */
@Entity('session')
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  /** Set once the person has logged in: lets us list and end a user's sessions. */
  @Index()
  @Column({ type: 'int', nullable: true })
  userId!: number | null;

  @Column({ type: 'text' })
  data!: string;

  @Index()
  @Column({ type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent!: string | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  lastSeenAt!: Date;
}
