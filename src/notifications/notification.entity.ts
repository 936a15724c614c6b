import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Where a notification's e-mail stands: `none` (in-app only), `pending` (mailed if still unread
 * at `mailDueAt`), `sent`, `held` (the thread was mailed within the hour: it waits for the
 * digest), `digest` (the member wants this type in the digest), `cancelled` (read in time, or
 * the preference changed), `withheld` (the recipient may no longer see the subject).
 */
export const MAIL_STATES = [
  'none',
  'pending',
  'sent',
  'held',
  'digest',
  'cancelled',
  'withheld',
] as const;
export type MailState = (typeof MAIL_STATES)[number];

/**
 * One notification for one member. It holds references, never content: the subject's title and
 * excerpt come from its source each time it is shown or mailed, for the member at that moment.
 * Only its recipient ever reads it (every query is by user id), so it carries no visibility
 * columns of its own; the subject's visibility is the source's to check.
 */
@Entity('notification')
@Index('IDX_notification_user_unread', ['userId', 'readAt'])
@Index('IDX_notification_mail_due', ['mailState', 'mailDueAt'])
export class Notification {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  userId!: number;

  @Column({ type: 'varchar', length: 32 })
  type!: string;

  @Column({ type: 'varchar', length: 32 })
  reason!: string;

  @Column({ type: 'varchar', length: 32 })
  subjectKind!: string;

  @Column({ type: 'varchar', length: 64 })
  subjectId!: string;

  @Column({ type: 'int', nullable: true })
  actorUserId!: number | null;

  /** Groups notifications for the one-mail-per-thread-per-hour rule. */
  @Column({ type: 'varchar', length: 100 })
  threadKey!: string;

  /** The event's parameters as JSON (dates, what changed; never content). */
  @Column({ type: 'varchar', length: 1000 })
  params!: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  readAt!: Date | null;

  @Column({ type: 'varchar', length: 16 })
  mailState!: MailState;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  mailDueAt!: Date | null;

  /** When a digest carried it (or decided to leave it out); null while it may still go. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  digestedAt!: Date | null;
}
