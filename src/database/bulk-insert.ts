import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per statement: 100 rows of 20 columns stay far below both engines' parameter limits. */
const ROWS_PER_STATEMENT = 100;

/**
 * Inserts many rows of one entity in multi-row statements written here, with each value
 * converted by the driver exactly as TypeORM's own insert would (dates, booleans, JSON).
 * TypeORM's InsertQueryBuilder spends more time building a 100-row statement than the
 * database spends running it (measured: three quarters of a screening message's writes); this
 * skips the builder, not the conversion. Returns nothing: callers that need the generated ids
 * read them back under a lock they hold (see TravellerLedger).
 */
export async function bulkInsert<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  rows: readonly Partial<Entity>[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  // The columns the rows give (generated ids and defaults left to the database).
  const columns = metadata.columns.filter((column) =>
    rows.some((row) => row[column.propertyName as keyof Entity] !== undefined),
  );
  const escape = (name: string) => driver.escape(name);
  const head = `INSERT INTO ${escape(metadata.tableName)} (${columns
    .map((column) => escape(column.databaseName))
    .join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      for (const column of columns) {
        const value = row[column.propertyName as keyof Entity];
        parameters.push(value === undefined ? null : driver.preparePersistentValue(value, column));
      }
    }
    await manager.query(head + chunk.map(() => tuple).join(', '), parameters);
  }
}
