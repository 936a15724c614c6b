import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ExpertProfile } from './expert-profile.entity';

export const AVAILABILITY_KINDS = ['available', 'unavailable'] as const;
export type AvailabilityKind = (typeof AVAILABILITY_KINDS)[number];

/**
 * A period the expert declared: available for engagements, or not (leave, other missions).
 * Plain dates (`YYYY-MM-DD`, both days included), compared as text.
 */
@Entity('expert_availability')
@Index(['expertId', 'startsOn'])
export class ExpertAvailability {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => ExpertProfile, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id' })
  expert!: ExpertProfile;

  @Column({ type: 'int' })
  expertId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: AvailabilityKind;

  @Column({ type: 'varchar', length: 10 })
  startsOn!: string;

  @Column({ type: 'varchar', length: 10 })
  endsOn!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  note!: string;
}
