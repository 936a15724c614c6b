import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../users/user.entity';
import type { ExpertStatus } from './expert-vocabulary';

/**
 * An expert's entry in the pool: one per `expert` account, written by the expert (who joined
 * by invitation) and vetted by staff. Lists (backgrounds, pillars, languages, regions) are
 * comma-separated codes: the matching reads the whole pool in one query and never filters on
 * them in SQL.
 */
@Entity('expert_profile')
@Index(['status'])
export class ExpertProfile {
  @PrimaryGeneratedColumn()
  id!: number;

  @OneToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  /** One profile per account: the one-to-one relation makes `user_id` unique. */
  @Column({ type: 'int' })
  userId!: number;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: ExpertStatus;

  @Column({ type: 'varchar', length: 100, default: '' })
  backgrounds!: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  pillars!: string;

  /** ISO 639-1 codes. */
  @Column({ type: 'varchar', length: 100, default: '' })
  languages!: string;

  /** UN M49 regions the expert has worked in. */
  @Column({ type: 'varchar', length: 100, default: '' })
  regions!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  organisation!: string;

  /** ISO 3166-1 alpha-3 of the expert's country. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  countryCode!: string | null;

  @Column({ type: 'text' })
  biography!: string;

  /** The expert agrees to be listed and proposed; without it the matching leaves them out. */
  @Column({ type: 'boolean', default: false })
  consent!: boolean;

  @Column({ type: 'int', nullable: true })
  vettedById!: number | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  vettedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
