import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A member's choice for one notification type; no row means the type's default. */
@Entity('notification_preference')
@Index('IDX_notification_preference_user_type', ['userId', 'type'], { unique: true })
export class NotificationPreference {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  userId!: number;

  @Column({ type: 'varchar', length: 32 })
  type!: string;

  /** `in-app`, `email`, `digest` or `off`. */
  @Column({ type: 'varchar', length: 16 })
  delivery!: string;
}
