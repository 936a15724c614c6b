import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A pillar a member follows: new resources in it reach them wherever they are published (a
 * programme-wide guide on maritime data, say), besides what is for their State or region.
 */
@Entity('notification_pillar_follow')
@Index(['pillarCode'])
export class NotificationPillarFollow {
  @PrimaryColumn({ type: 'int' })
  userId!: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  pillarCode!: string;
}
