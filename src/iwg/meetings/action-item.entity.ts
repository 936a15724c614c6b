import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../../users/user.entity';
import { Meeting } from './meeting.entity';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** The statuses of an item still to be done (the others are settled). */
export const OPEN_STATUSES: readonly ActionStatus[] = ['open', 'in-progress'];

/**
 * Something a meeting agreed that someone does by a date. `dueOn` is a calendar date
 * (`YYYY-MM-DD`, compared as text); `reminderSentFor` is the due date whose reminder went, so
 * the reminder job is safe to run twice and goes again when the date moves.
 */
@Entity('iwg_action_item')
@Index(['ownerId', 'status', 'dueOn'])
@Index(['iwgId', 'status', 'dueOn'])
export class ActionItem {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Meeting, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Meeting;

  @Index()
  @Column({ type: 'int' })
  meetingId!: number;

  @Column({ type: 'int' })
  iwgId!: number;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner!: User;

  @Column({ type: 'int' })
  ownerId!: number;

  @Column({ type: 'varchar', length: 10 })
  dueOn!: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: ActionStatus;

  @Column({ type: 'varchar', length: 10, nullable: true })
  reminderSentFor!: string | null;

  @Column({ type: 'int' })
  createdById!: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
