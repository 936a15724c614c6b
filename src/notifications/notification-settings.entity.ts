import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member's digest: how often, and when the last one went. No row: weekly, none sent yet. */
@Entity('notification_settings')
export class NotificationSettings {
  @PrimaryColumn({ type: 'int' })
  userId!: number;

  /** `daily`, `weekly` or `off`. */
  @Column({ type: 'varchar', length: 16 })
  digestFrequency!: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastDigestAt!: Date | null;
}
