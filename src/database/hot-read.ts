import { QueryFailedError, type DataSource } from 'typeorm';

/** Runs one fixed read with its parameters (positional `?`), resolving to the rows. */
export type HotRead<Row> = (parameters: readonly unknown[]) => Promise<Row[]>;

interface ExecutingPool {
  execute(
    sql: string,
    parameters: readonly unknown[],
    callback: (error: unknown, rows: unknown) => void,
  ): void;
}

/**
 * A read that runs on nearly every request (the session, the thread page's context) with one
 * SQL text, as a prepared statement. On MariaDB/MySQL it goes through mysql2's `execute`: each
 * pooled connection prepares the text once and then sends only the statement id and the
 * parameters, so neither the portal nor the server handles the text again. That saves about a
 * third of the server's CPU for such a read, and the text's encoding and the query runner
 * TypeORM builds for every `query()` on the portal's side. SQLite prepares once already
 * (TypeORM's statement cache), so it keeps `dataSource.query`.
 *
 * Only for texts fixed at start-up: mysql2 keeps each text's statement per connection. Values
 * come back as with `query()` on this pool (dates as Date, BIGINT and COUNT as strings), and a
 * failure is a QueryFailedError like any query's, so isDatabaseUnavailable still tells a lost
 * server. Inside a transaction, use the manager's `query` instead: this takes any connection.
 */
export function hotRead<Row>(dataSource: DataSource, sql: string): HotRead<Row> {
  if (!prepares(dataSource)) {
    return (parameters) => dataSource.query<Row[]>(sql, [...parameters]);
  }
  return (parameters) => {
    // Read at the call: the driver makes its pool when the data source connects.
    const pool = (dataSource.driver as unknown as { pool?: ExecutingPool }).pool;
    if (!pool) return dataSource.query<Row[]>(sql, [...parameters]);
    return new Promise<Row[]>((resolve, reject) => {
      pool.execute(sql, parameters, (error, rows) => {
        if (error) reject(new QueryFailedError(sql, [...parameters], error as Error));
        else resolve(rows as Row[]);
      });
    });
  };
}

/** Where hotReadIn's SQL takes its list: `… IN (${ID_LIST})`. */
export const ID_LIST = '%IDS%';

/** The longest list hotReadIn prepares; a longer one runs as a plain query. */
const LONGEST_PREPARED_LIST = 64;

/** Runs a read with the parameters before its list, the list's ids and those after it. */
export type HotReadIn<Row> = (
  parameters: readonly unknown[],
  ids: readonly (number | string)[],
  after?: readonly unknown[],
) => Promise<Row[]>;

/**
 * hotRead for a text with an `IN (…)` list of ids (ID_LIST marks it). A list's length is rounded up to a power of two by repeating its last id,
 * which changes no result of `IN`: each connection then keeps at most seven statements for the
 * text (1 to 64 ids), not one per length. Longer lists run as plain queries.
 */
export function hotReadIn<Row>(dataSource: DataSource, sql: string): HotReadIn<Row> {
  const byLength = new Map<number, HotRead<Row>>();
  const textFor = (length: number) => sql.replace(ID_LIST, Array(length).fill('?').join(', '));
  return (parameters, ids, after = []) => {
    if (ids.length === 0) return Promise.resolve([]);
    if (!prepares(dataSource) || ids.length > LONGEST_PREPARED_LIST) {
      return dataSource.query<Row[]>(textFor(ids.length), [...parameters, ...ids, ...after]);
    }
    const length = 2 ** Math.ceil(Math.log2(ids.length));
    let read = byLength.get(length);
    if (!read) byLength.set(length, (read = hotRead<Row>(dataSource, textFor(length))));
    const padded = [...ids];
    while (padded.length < length) padded.push(ids[ids.length - 1]);
    return read([...parameters, ...padded, ...after]);
  };
}

/** Whether the engine gains from prepared statements kept per connection (MariaDB, MySQL). */
function prepares(dataSource: DataSource): boolean {
  const type = dataSource.options.type;
  return type === 'mysql' || type === 'mariadb';
}
