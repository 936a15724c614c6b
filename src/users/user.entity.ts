import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import type { Role } from '../common/identity/role';

@Entity('user')
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Stored lower-cased so the unique index is case-insensitive on both engines. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation!: Organisation;

  @Column({ type: 'int' })
  organisationId!: number;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Comma-separated ISO 639-1 codes of the languages the person speaks. */
  @Column({ type: 'varchar', length: 100, default: '' })
  languages!: string;

  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timeZone!: string;

  /**
   * A PIU analyst their State's focal point made a supervisor of the PIU: only supervisors set
   * retention, re-identify records, and manage carrier keys, watchlists and rules.
   */
  @Column({ type: 'boolean', default: false })
  piuSupervisor!: boolean;

  /** The portal language the person chose (a catalogue locale); null: the browser's language. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  locale!: string | null;

  /**
   * The TOTP secret sealed with AES-256-GCM (SecretBox, bound to this user's id); null until
   * enrolment is confirmed with a valid code. A copy of the database alone yields no codes.
   */
  @Column({ type: 'varchar', length: 160, nullable: true })
  totpSecret!: string | null;

  /** The last accepted TOTP time step: a code is never accepted twice. */
  @Column({ type: 'bigint', nullable: true })
  totpLastStep!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  totpEnabledAt!: Date | null;

  /** Version of the terms of use and privacy notice the person last accepted. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  termsVersion!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  termsAcceptedAt!: Date | null;

  /** Failed logins inside the current window (see LoginLockout). */
  @Column({ type: 'int', default: 0 })
  failedLogins!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  failedLoginWindowStart!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lockedUntil!: Date | null;

  /** How many lockouts in a row: each doubles the next lock, up to the configured maximum. */
  @Column({ type: 'int', default: 0 })
  lockouts!: number;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;

  /**
   * Goes up by one on every TypeORM update or save of the row (updatedAt alone has one-second
   * precision on SQLite). The signed-in copy kept with each session carries the version it was
   * read at, and the session read compares it, so a change made by any instance is seen on the
   * next request. A raw SQL UPDATE of what AuthenticatedUser carries must bump it too.
   */
  @VersionColumn({ default: 1 })
  version!: number;
}
