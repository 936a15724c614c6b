import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity';

/**
 * One writer at a time per roadmap (per State): a save reads the roadmap's dependencies,
 * checks that they close no loop and writes its own, and two saves that each add half of a loop
 * (A → B, B → A) must not both pass the check on what the other has not written yet.
 *
 * - MariaDB/MySQL: the transaction first locks the State's `organisation` row (`SELECT … FOR
 *   UPDATE`); the other writer of the same roadmap, in this process or another, waits there
 *   until the first commits. InnoDB's read view is only taken at the first plain read, after
 *   the lock, so the second then sees the first's dependencies. Writers take no other lock
 *   first, so two of them cannot deadlock on the steps' rows.
 * - SQLite: one transaction at a time for the whole process (the embedded engine's one
 *   connection, src/database/sqlite-transaction-gate.ts), so a transaction is alone already.
 */
@Injectable()
export class RoadmapWriteLock {
  private readonly engine: 'mysql' | 'sqlite';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    const type = dataSource.options.type;
    this.engine = type === 'mysql' || type === 'mariadb' ? 'mysql' : 'sqlite';
  }

  /**
   * Runs `work` in one transaction, alone among the writers of `stateId`'s roadmap. Whatever
   * `work` throws rolls the transaction back and reaches the caller.
   */
  run<T>(stateId: number, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.engine === 'mysql') {
      return this.dataSource.transaction(async (manager) => {
        await manager
          .getRepository(Organisation)
          .createQueryBuilder('state')
          .select('state.id')
          .where('state.id = :stateId', { stateId })
          .setLock('pessimistic_write')
          .getRawOne();
        return work(manager);
      });
    }
    return this.dataSource.transaction(work);
  }
}
