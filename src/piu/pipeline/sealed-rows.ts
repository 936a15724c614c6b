import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MoreThan, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { PersonalDataCipher } from '../protection/personal-data-cipher';
import { hitContext } from './hit-ledger';
import { ScreeningHit } from './screening-hit.entity';
import { ScreeningTraveller } from './screening-traveller.entity';
import { travellerContext } from './traveller-ledger';

/** Rows read and sealed again per transaction. */
const BATCH = 200;

/** A table holding a sealText column, and the context each row's value is bound to. */
interface SealedColumn<Row extends ObjectLiteral> {
  entity: EntityTarget<Row>;
  column: keyof Row & string;
  select: (keyof Row & string)[];
  context: (row: Row) => string;
}

const COLUMNS = [
  {
    entity: ScreeningTraveller,
    column: 'personal',
    select: ['id', 'stateId', 'flightId', 'personal'],
    context: travellerContext,
  } satisfies SealedColumn<ScreeningTraveller>,
  {
    entity: ScreeningHit,
    column: 'detail',
    select: ['id', 'stateId', 'travellerId', 'detail'],
    context: hitContext,
  } satisfies SealedColumn<ScreeningHit>,
] as unknown as SealedColumn<ObjectLiteral>[];

/**
 * The screening pipeline's sealed columns (travellers' records, hits' details) sealed again
 * under the current ENCRYPTION_KEY: what `screening:reencrypt` runs after a key rotation.
 * Rows already under the current key are left as they are; safe to interrupt and repeat.
 */
@Injectable()
export class SealedRows {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /** Returns how many values were sealed again. */
  async resealAll(): Promise<number> {
    let resealed = 0;
    for (const { entity, column, select, context } of COLUMNS) {
      const repository = this.dataSource.getRepository(entity);
      for (let after = 0; ;) {
        const rows = await repository.find({
          select: Object.fromEntries(select.map((name) => [name, true])),
          where: { id: MoreThan(after) },
          order: { id: 'ASC' },
          take: BATCH,
        });
        if (rows.length === 0) break;
        await this.dataSource.transaction(async (manager) => {
          for (const row of rows) {
            const value = row[column] as string;
            const again = this.cipher.resealText(value, context(row));
            if (again === value) continue;
            await manager
              .getRepository(entity)
              .update({ id: row.id as number }, { [column]: again });
            resealed++;
          }
        });
        after = rows[rows.length - 1].id as number;
      }
    }
    return resealed;
  }
}
