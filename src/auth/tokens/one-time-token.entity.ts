import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A link that works once: an invitation, a password reset, the first-admin set-up link.
 * Only the SHA-256 of the token is stored, so a copy of the database yields no usable link.
 */
export type TokenPurpose = 'invitation' | 'password-reset' | 'setup';

@Entity('one_time_token')
export class OneTimeToken {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 20 })
  purpose!: TokenPurpose;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  /** Invitations: the invitee's address, role and organisation. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  role!: string | null;

  @Column({ type: 'int', nullable: true })
  organisationId!: number | null;

  /** Password resets: whose password. Invitations: the account created on acceptance. */
  @Index()
  @Column({ type: 'int', nullable: true })
  userId!: number | null;

  /** Who issued it (an admin, a focal point); null for e-mailed resets and the set-up link. */
  @Column({ type: 'int', nullable: true })
  issuedById!: number | null;

  @Column({ type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}
