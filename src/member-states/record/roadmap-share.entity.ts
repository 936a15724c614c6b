import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';

/**
 * Staff shared the State's roadmap with a partner agency: that agency's members may read the
 * State's record (without the staff note) and its roadmap. Nothing else of the State opens.
 */
@Entity('state_roadmap_share')
export class RoadmapShare {
  @PrimaryColumn({ type: 'int' })
  stateId!: number;

  @PrimaryColumn({ type: 'int' })
  partnerId!: number;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state!: Organisation;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner!: Organisation;

  @Column({ type: 'int', nullable: true })
  sharedById!: number | null;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  sharedAt!: Date;
}
