import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * When a member was last mailed about a thread: the claim that keeps it to one mail per thread
 * per hour, taken with one conditional update so two jobs cannot both send.
 */
@Entity('notification_thread_mail')
export class NotificationThreadMail {
  @PrimaryColumn({ type: 'int' })
  userId!: number;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  threadKey!: string;

  @Column({ type: 'datetime', precision: 3 })
  lastSentAt!: Date;
}
