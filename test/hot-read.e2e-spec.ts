import { QueryFailedError } from 'typeorm';
import { hotRead, hotReadIn, ID_LIST } from '../src/database/hot-read';
import { isDatabaseUnavailable } from '../src/common/errors/database-unavailable';
import { createUser } from './support/factories';
import { engineUnderTest, startTestApp, type TestApp } from './support/test-app';

// A hot read must give exactly what dataSource.query gives for the same text and parameters, on
// both engines: on MariaDB/MySQL it is a prepared statement (binary protocol), whose values
// could differ in type from the text protocol's (dates, counts, booleans, NULL).
describe('hot reads (prepared statements)', () => {
  let t: TestApp;
  let ids: number[];
  let sql: string;
  const q = (name: string) => t.dataSource.driver.escape(name);

  beforeAll(async () => {
    t = await startTestApp();
    const users = [
      await createUser(t.dataSource, { name: 'Amina Yusuf' }),
      await createUser(t.dataSource, {
        name: 'عبد الله الحسن',
        lockedUntil: new Date('2031-05-06T07:08:09Z'),
      }),
      await createUser(t.dataSource, { name: 'Zoë 🛂 Ng', role: 'staff' }),
    ];
    ids = users.map((user) => user.id);
    sql =
      `SELECT u.id, u.name, u.email, u.role, u.created_at, u.locked_until, u.totp_secret, ` +
      `o.code, (SELECT COUNT(*) FROM ${q('user')} x WHERE x.organisation_id = u.organisation_id) AS peers, ` +
      `CASE WHEN u.locked_until IS NULL THEN 0 ELSE 1 END AS locked ` +
      `FROM ${q('user')} u JOIN ${q('organisation')} o ON o.id = u.organisation_id WHERE u.id = ?`;
  });

  afterAll(() => t?.close());

  it('gives the rows and value types of a plain query, every time', async () => {
    const pool = (t.dataSource.driver as unknown as { pool?: { execute: () => void } }).pool;
    const executed = pool ? jest.spyOn(pool, 'execute') : undefined;
    const read = hotRead<Record<string, unknown>>(t.dataSource, sql);
    for (const id of ids) {
      const expected = await t.dataSource.query<Record<string, unknown>[]>(sql, [id]);
      expect(expected).toHaveLength(1);
      // Twice: the first run prepares the statement, the second reuses it.
      expect(await read([id])).toEqual(expected);
      expect(await read([id])).toEqual(expected);
    }
    const [arabic] = await read([ids[1]]);
    expect(arabic.name).toBe('عبد الله الحسن');
    expect(new Date(arabic.locked_until as string).toISOString()).toBe('2031-05-06T07:08:09.000Z');
    expect((await read([ids[2]]))[0].name).toBe('Zoë 🛂 Ng');
    expect(await read([-1])).toEqual([]);
    // On MariaDB/MySQL the reads went through the pool's prepared statements.
    if (engineUnderTest() === 'mysql') expect(executed).toHaveBeenCalledTimes(ids.length * 2 + 3);
  });

  it('reads any number of ids in a list, as the same IN query does', async () => {
    const listSql = `SELECT u.id, u.name FROM ${q('user')} u WHERE u.role <> ? AND u.id IN (${ID_LIST}) ORDER BY u.id`;
    const read = hotReadIn<{ id: number; name: string }>(t.dataSource, listSql);
    const many = Array.from({ length: 70 }, (_, i) => ids[i % ids.length]);
    for (const list of [[ids[0]], ids, [...ids, ids[0], -5], many]) {
      const plain = await t.dataSource.query<unknown[]>(
        listSql.replace(ID_LIST, list.map(() => '?').join(', ')),
        ['admin', ...list],
      );
      expect(await read(['admin'], list)).toEqual(plain);
    }
    expect((await read(['staff'], ids)).map((row) => Number(row.id))).toEqual(ids.slice(0, 2));
    expect(await read(['admin'], [])).toEqual([]);
  });

  it('fails as a query does: a QueryFailedError naming the text, not a database outage', async () => {
    const broken = hotRead(t.dataSource, `SELECT nope FROM ${q('user')} WHERE id = ?`);
    const error = await broken([1]).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError).query).toContain('SELECT nope');
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
