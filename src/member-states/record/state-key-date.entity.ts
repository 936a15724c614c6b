import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';

/** A date that matters to the State's programme ("API law adopted", "PIU opened"). */
@Entity('state_key_date')
@Index(['stateId', 'occursOn'])
export class StateKeyDate {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'varchar', length: 200 })
  label!: string;

  /** `YYYY-MM-DD`. */
  @Column({ type: 'varchar', length: 10 })
  occursOn!: string;
}
