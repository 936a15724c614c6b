import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Engagement } from './engagement.entity';

/**
 * One session of an engagement's mentoring log: the day, topics, time given (minutes, shown as
 * hours) and the library resources shared (ids, comma-separated: the library decides who may
 * open them).
 */
@Entity('expert_session')
@Index(['engagementId', 'heldOn'])
export class MentoringSession {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Engagement, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement!: Engagement;

  @Column({ type: 'int' })
  engagementId!: number;

  @Column({ type: 'varchar', length: 10 })
  heldOn!: string;

  @Column({ type: 'varchar', length: 500 })
  topics!: string;

  @Column({ type: 'int' })
  minutes!: number;

  @Column({ type: 'varchar', length: 500, default: '' })
  resourceIds!: string;

  @Column({ type: 'int' })
  recordedById!: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}
