import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../users/user.entity';
import { Iwg } from './iwg.entity';

/**
 * A person with a place in one IWG beyond their State's membership: a programme staff member of
 * its `secretariat`, or a partner or expert invited as a `guest`. State members (officials and
 * focal points of the region's States) take part without a row here.
 */
@Entity('iwg_participant')
@Index(['iwgId', 'userId'], { unique: true })
export class IwgParticipant {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Iwg, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'iwg_id' })
  iwg!: Iwg;

  @Column({ type: 'int' })
  iwgId!: number;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Index()
  @Column({ type: 'int' })
  userId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'secretariat' | 'guest';

  @Column({ type: 'int', nullable: true })
  addedById!: number | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}
