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
 * - SQLite: TypeORM's better-sqlite3 driver holds one connection for the process, and a
 *   transaction opened while another is open is only a savepoint inside it (`BEGIN` is
 *   deferred, nothing waits): the database serialises nothing between two requests of this
 *   process. The writers of one State are queued here, in the process, instead; the embedded
 *   engine runs the portal in one process.
 */
@Injectable()
export class RoadmapWriteLock {
  /** The last queued write of each State (SQLite only), settled or not. */
  private readonly tails = new Map<number, Promise<unknown>>();
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
    const previous = this.tails.get(stateId) ?? Promise.resolve();
    // The previous write's failure is its caller's; this one runs after it either way.
    const run = previous.catch(() => undefined).then(() => this.dataSource.transaction(work));
    this.tails.set(stateId, run);
    // The queue forgets a State once its last write has settled.
    const forget = () => {
      if (this.tails.get(stateId) === run) this.tails.delete(stateId);
    };
    run.then(forget, forget);
    return run;
  }
}
