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
import { VisibilityColumns } from '../../common/visibility/visibility-columns';
import { Iwg } from '../iwg.entity';

export const MEETING_MODES = ['online', 'in-person'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];
export type MeetingStatus = 'scheduled' | 'cancelled';

/**
 * A meeting of an IWG: the instants it starts and ends (UTC) and the zone they were entered
 * in, online (a link) or in person (a place), its agenda, and after it the minutes. Carries the
 * IWG's `region` visibility. `sequence` goes up with every change, for calendars (.ics).
 */
@Entity('iwg_meeting')
@Index(['iwgId', 'startsAt'])
@Index(['status', 'startsAt'])
export class Meeting {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Iwg, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'iwg_id' })
  iwg!: Iwg;

  @Column({ type: 'int' })
  iwgId!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'datetime', precision: 3 })
  startsAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  endsAt!: Date;

  /** The IANA zone the times were entered in (and are shown in beside the member's own). */
  @Column({ type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'varchar', length: 16 })
  mode!: MeetingMode;

  /** The link to join, for an online meeting. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  /** Where it is held, for a meeting in person. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status!: MeetingStatus;

  @Column({ type: 'int', default: 0 })
  sequence!: number;

  /** The minutes as written (Markdown), and as the shared renderer made them safe to show. */
  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  @Column({ type: 'text', nullable: true })
  minutesHtml!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  minutesRecordedAt!: Date | null;

  /** The meeting's forum thread, in the IWG's General category. */
  @Column({ type: 'int', nullable: true })
  threadId!: number | null;

  @Column({ type: 'int' })
  createdById!: number;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
