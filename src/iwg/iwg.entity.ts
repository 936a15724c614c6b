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
import { IwgRegion } from '../organisations/iwg-region.entity';

/**
 * An Informal Working Group: the States of one IWG region meeting with the programme. Its forum
 * and everything in it is `region` content of that region. A closed IWG stays readable and
 * takes no new posts.
 */
@Entity('iwg')
export class Iwg {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => IwgRegion, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region!: IwgRegion;

  @Index()
  @Column({ type: 'int' })
  regionId!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt!: Date;
}
