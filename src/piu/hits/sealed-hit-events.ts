import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MoreThan, type DataSource } from 'typeorm';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import { hitEventContext, ScreeningHitEvent } from './screening-hit-event.entity';

/** Events read and sealed again per transaction. */
const BATCH = 200;

/**
 * The hits' history notes and escalation recipients sealed again under the current
 * ENCRYPTION_KEY: part of `screening:reencrypt` after a key rotation. Values already under the
 * current key are left as they are; safe to interrupt and repeat.
 */
@Injectable()
export class SealedHitEvents {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /** Returns how many values were sealed again. */
  async resealAll(): Promise<number> {
    const events = this.dataSource.getRepository(ScreeningHitEvent);
    let resealed = 0;
    for (let after = 0; ;) {
      const rows = await events.find({
        select: { id: true, hitId: true, stateId: true, note: true, escalatedTo: true },
        where: { id: MoreThan(after) },
        order: { id: 'ASC' },
        take: BATCH,
      });
      if (rows.length === 0) break;
      await this.dataSource.transaction(async (manager) => {
        for (const row of rows) {
          const changes: Partial<ScreeningHitEvent> = {};
          for (const column of ['note', 'escalatedTo'] as const) {
            const value = row[column];
            if (value === null) continue;
            const again = this.cipher.resealText(value, hitEventContext(row));
            if (again === value) continue;
            changes[column] = again;
            resealed++;
          }
          if (Object.keys(changes).length > 0)
            await manager.getRepository(ScreeningHitEvent).update({ id: row.id }, changes);
        }
      });
      after = rows[rows.length - 1].id;
    }
    return resealed;
  }
}
