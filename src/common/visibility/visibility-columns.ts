import { Column } from 'typeorm';
import { isVisibilityLevel, type VisibilityLevel } from './visibility-level';

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

  /**
   * The columns for new content, checked: a `region` row needs its IWG region, a `state` row
   * its State, and the id a level does not use is cleared, so no row carries a stray id that a
   * later rule change could start to honour.
   */
  static of(
    level: VisibilityLevel,
    ids: { regionId?: number | null; stateId?: number | null } = {},
  ): VisibilityColumns {
    if (!isVisibilityLevel(level))
      throw new RangeError(`unknown visibility level: ${String(level)}`);
    const regionId = ids.regionId ?? null;
    const stateId = ids.stateId ?? null;
    if (level === 'region' && regionId === null)
      throw new RangeError('region content needs the IWG region it is for');
    if (level === 'state' && stateId === null)
      throw new RangeError('state content needs the State it is for');
    const columns = new VisibilityColumns();
    columns.level = level;
    columns.regionId = level === 'region' ? regionId : null;
    columns.stateId = level === 'state' ? stateId : null;
    return columns;
  }
}
