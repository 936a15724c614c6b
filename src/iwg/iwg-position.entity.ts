import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Iwg } from './iwg.entity';

/**
 * A State holding a governance position in one IWG: `chair`, or `co-chair:<pillar code>` for a
 * pillar's co-chair. One State per position.
 */
@Entity('iwg_position')
@Index(['iwgId', 'position'], { unique: true })
export class IwgPosition {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Iwg, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'iwg_id' })
  iwg!: Iwg;

  @Column({ type: 'int' })
  iwgId!: number;

  @Column({ type: 'varchar', length: 48 })
  position!: string;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;
}
