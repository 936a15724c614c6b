import { Column } from 'typeorm';
import type { VisibilityLevel } from './visibility-level';

/**
 * The visibility columns every content entity carries, embedded so they are the same
 * everywhere:
 *
 *   @Column(() => VisibilityColumns, { prefix: 'visibility' })
 *   visibility!: VisibilityColumns;
 *
 * gives `visibility_level`, `visibility_region_id`, `visibility_state_id` under the snake-case
 * naming strategy. The ids are plain columns (no foreign key declared here) so that an entity
 * may add the relations and indexes its own queries need.
 */
export class VisibilityColumns {
  @Column({ type: 'varchar', length: 16 })
  level!: VisibilityLevel;

  /** The IWG region of a `region` row; null for the other levels. */
  @Column({ type: 'int', nullable: true })
  regionId!: number | null;

  /** The State (organisation id) of a `state` row; null for the other levels. */
  @Column({ type: 'int', nullable: true })
  stateId!: number | null;
}
