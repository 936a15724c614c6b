import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Meeting } from './meeting.entity';

/** One point of a meeting's agenda, in order, with who presents it and for how long. */
@Entity('iwg_meeting_agenda_item')
@Index(['meetingId', 'position'])
export class MeetingAgendaItem {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Meeting, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting!: Meeting;

  @Column({ type: 'int' })
  meetingId!: number;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  presenter!: string | null;

  @Column({ type: 'int', nullable: true })
  durationMinutes!: number | null;
}
