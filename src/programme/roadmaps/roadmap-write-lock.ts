import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { lockRow } from '../../database/row-lock';
import { Organisation } from '../../organisations/organisation.entity';

/**
 * One writer at a time per roadmap (per State): a save reads the roadmap's dependencies,
 * checks that they close no loop and writes its own, and two saves that each add half of a loop
 * (A → B, B → A) must not both pass the check on what the other has not written yet.
 *
 * The transaction first locks the State's `organisation` row (lockRow); the other writer of
 * the same roadmap, in this process or another, waits there until the first commits. Writers
 * take no other lock first, so two of them cannot deadlock on the steps' rows.
 */
@Injectable()
export class RoadmapWriteLock {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction, alone among the writers of `stateId`'s roadmap. Whatever
   * `work` throws rolls the transaction back and reaches the caller.
   */
  run<T>(stateId: number, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await lockRow(manager, Organisation, stateId);
      return work(manager);
    });
  }
}
