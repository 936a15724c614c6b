import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VisibilityColumns } from '../../common/visibility/visibility-columns';

/**
 * A section of an IWG's forum: one per pillar (`pillar`, named by the pillar), `general`, and
 * the ones the secretariat adds (`custom`, with their own name). Carries the IWG's `region`
 * visibility like everything in the forum.
 */
@Entity('forum_category')
@Index(['iwgId', 'position'])
export class ForumCategory {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  iwgId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'pillar' | 'general' | 'custom';

  @Column({ type: 'varchar', length: 32, nullable: true })
  pillarCode!: string | null;

  /** The name of a `custom` category; the others are named by the catalogue or the pillar. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  name!: string | null;

  @Column({ type: 'int' })
  position!: number;

  @Column(() => VisibilityColumns, { prefix: 'visibility' })
  visibility!: VisibilityColumns;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}
