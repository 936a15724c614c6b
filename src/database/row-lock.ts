import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Locks one row until the transaction ends, so that a check and the write it allows (no
 * overlapping engagement, no dependency loop) take turns with every other transaction that
 * locks the same row, in this instance or another. MariaDB/MySQL: `SELECT … FOR UPDATE` (the
 * InnoDB read view is taken at the first plain read, after the lock, so the check then sees
 * what the previous holder committed). SQLite: nothing to lock, its transactions take turns
 * already (sqlite-transaction-gate.ts).
 */
export async function lockRow(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  id: number,
): Promise<void> {
  if (manager.connection.options.type === 'better-sqlite3') return;
  await manager
    .getRepository(entity)
    .createQueryBuilder('row')
    .select('row.id')
    .where('row.id = :id', { id })
    .setLock('pessimistic_write')
    .getRawOne();
}
