import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';

/**
 * One step of a State's programme status history: from what to what, on which date it took
 * effect (a calendar date, `YYYY-MM-DD`, which may be earlier than the day it was recorded),
 * and who recorded it. The organisation's `programmeStatus` is the last row's `toStatus`.
 */
@Entity('programme_status_change')
@Index(['stateId', 'effectiveOn', 'id'])
export class ProgrammeStatusChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;

  /** Null: the State was not in the programme. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus!: string | null;

  @Column({ type: 'varchar', length: 10 })
  effectiveOn!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** Null for the rows carried over when the history table was made. */
  @Column({ type: 'int', nullable: true })
  recordedById!: number | null;

  /** Kept as written then: the name stays when the account is renamed or removed. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  recordedByName!: string | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  recordedAt!: Date;
}
