import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { EntitySchema, type DataSource } from 'typeorm';
import { createDataSource } from './sqlite-transaction-gate';

/**
 * Two requests' transactions on the embedded engine's one connection, interleaved as the event
 * loop interleaves them: each must stay its own.
 */
const Note = new EntitySchema<{ id: number; text: string }>({
  name: 'note',
  columns: { id: { type: Number, primary: true, generated: true }, text: { type: String } },
});

describe('SqliteTransactionGate', () => {
  let dataSource: DataSource;

  beforeEach(async () => {
    dataSource = await createDataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [Note],
    }).initialize();
    await dataSource.query('CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  });
  afterEach(() => dataSource.destroy());

  const notes = async () =>
    (await dataSource.query<{ text: string }[]>('SELECT text FROM note ORDER BY id')).map(
      (row) => row.text,
    );
  const insert = (runner: { query: DataSource['query'] }, text: string) =>
    runner.query('INSERT INTO note (text) VALUES (?)', [text]);

  it('keeps a transaction that committed while another, begun earlier, rolls back', async () => {
    const failing = dataSource.transaction(async (manager) => {
      await insert(manager, 'a');
      await sleep(30);
      throw new Error('refused');
    });
    await sleep(5);
    const committed = dataSource.transaction(async (manager) => {
      await insert(manager, 'b');
    });
    await expect(failing).rejects.toThrow('refused');
    await committed;
    expect(await notes()).toEqual(['b']);
  });

  it('keeps a plain write made while another request’s transaction is open and rolls back', async () => {
    const failing = dataSource.transaction(async (manager) => {
      await insert(manager, 'a');
      await sleep(30);
      throw new Error('refused');
    });
    await sleep(5);
    await insert(dataSource, 'plain');
    await expect(failing).rejects.toThrow('refused');
    expect(await notes()).toEqual(['plain']);
  });

  it('gives a save in another request a transaction of its own, kept when the first rolls back', async () => {
    const failing = dataSource.transaction(async (manager) => {
      await insert(manager, 'a');
      await sleep(30);
      throw new Error('refused');
    });
    await sleep(5);
    // save() opens its own transaction unless the runner says one is open (for this request).
    await dataSource.getRepository(Note).save({ text: 'saved' });
    await expect(failing).rejects.toThrow('refused');
    expect(await notes()).toEqual(['saved']);
  });

  it('keeps nested transactions of one request as savepoints', async () => {
    await dataSource.transaction(async (manager) => {
      await insert(manager, 'outer');
      await manager
        .transaction(async (inner) => {
          await insert(inner, 'inner');
          throw new Error('inner refused');
        })
        .catch(() => undefined);
      await insert(manager, 'after');
    });
    expect(await notes()).toEqual(['outer', 'after']);
  });

  it('runs many interleaved transactions one at a time, none lost', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        dataSource
          .transaction(async (manager) => {
            await insert(manager, `t${i}`);
            await sleep(i % 3);
            if (i % 4 === 0) throw new Error('refused');
          })
          .catch(() => undefined),
      ),
    );
    const kept = await notes();
    expect(kept.sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => i)
        .filter((i) => i % 4 !== 0)
        .map((i) => `t${i}`)
        .sort(),
    );
  });

  it('switches its async storage off between transactions, and still tells them apart after', async () => {
    const disable = jest.spyOn(AsyncLocalStorage.prototype, 'disable');
    try {
      await dataSource.transaction((manager) => insert(manager, 'first'));
      expect(disable).toHaveBeenCalled();
      disable.mockClear();
      // Open while the storage was off: the next transactions must still keep their own work.
      const failing = dataSource.transaction(async (manager) => {
        await insert(manager, 'a');
        await sleep(20);
        throw new Error('refused');
      });
      await sleep(5);
      await insert(dataSource, 'plain');
      await dataSource.transaction((manager) => insert(manager, 'b'));
      await expect(failing).rejects.toThrow('refused');
      expect(await notes()).toEqual(['first', 'plain', 'b']);
      expect(disable).toHaveBeenCalled();
    } finally {
      disable.mockRestore();
    }
  });
});
