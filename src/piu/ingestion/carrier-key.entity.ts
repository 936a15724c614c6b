import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';
import { Carrier } from './carrier.entity';

/**
 * An API key a PIU supervisor issued to one carrier, for its State alone. The key itself is
 * shown once; only its keyed hash (HMAC-SHA-256 under HASHING_KEY) and a short visible prefix
 * (to tell keys apart) are kept.
 */
@Entity('screening_carrier_key')
export class CarrierKey {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @Column({ type: 'int' })
  stateId!: number;

  @ManyToOne(() => Carrier, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'carrier_id' })
  carrier!: Carrier;

  @Column({ type: 'int' })
  carrierId!: number;

  /** The key's first characters (`cttp_7Hq2xK`), shown in lists and logs. */
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  keyHash!: string;

  /** What it is for (“production”, “test system”). */
  @Column({ type: 'varchar', length: 80, default: '' })
  label!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by_id' })
  issuedBy!: User | null;

  @Column({ type: 'int', nullable: true })
  issuedById!: number | null;

  @Column({ type: 'datetime', precision: 6 })
  issuedAt!: Date;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  revokedById!: number | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  lastUsedIp!: string | null;
}
