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

/** Airline, or ship operator (the maritime component). */
export const CARRIER_KINDS = ['airline', 'ship-operator'] as const;
export type CarrierKind = (typeof CARRIER_KINDS)[number];

/**
 * A carrier that sends one State its passengers' data: an airline (IATA 2-character or ICAO
 * 3-letter code) or a ship operator. Belongs to the State that registered it.
 */
@Entity('screening_carrier')
@Index(['stateId', 'code'], { unique: true })
export class Carrier {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: CarrierKind;

  /** IATA (2 characters) or ICAO (3 letters), upper case. */
  @Column({ type: 'varchar', length: 3 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}
