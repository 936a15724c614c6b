import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import { DataSource, type DataSourceOptions, type EntityManager, type QueryRunner } from 'typeorm';

/** Who holds the gate: one transaction's async context (nested savepoints share it). */
type Holder = symbol;

/** The store of a scope opened for a transaction before it has its token. */
const OUTSIDE: Holder = Symbol('outside any transaction');

interface Waiter {
  readonly exclusive: boolean;
  readonly wake: () => void;
}

/**
 * How long a query of another context waits for an open transaction before it runs anyway
 * (inside it, as without the gate). Transactions here last milliseconds; a wait this long
 * means the transaction awaits that very query (a cache's load shared between requests), and
 * a slow page is better than a hung one.
 */
const QUERY_WAIT_MS = 2000;
/** How long a transaction waits for its turn before it fails (never a hang). */
const TRANSACTION_WAIT_MS = 10_000;

/**
 * TypeORM's better-sqlite3 driver has one connection and one query runner for the whole
 * process. A transaction opened while another is open is only a SAVEPOINT inside it, so two
 * requests' transactions interleave on that connection: the first to "commit" releases the
 * other's savepoint, a rollback in one undoes the other's committed work, and plain queries of
 * other requests run inside whichever transaction is open.
 *
 * The gate gives each transaction the connection to itself: a transaction waits until no other
 * transaction is open and no other query is running, and while it is open the queries of other
 * async contexts wait for it to end. The transaction's own context (an AsyncLocalStorage token
 * set when it starts) passes, nested transactions included, which stay savepoints. The runner's
 * `isTransactionActive` answers for the asking context, so a save in another request starts a
 * transaction of its own (after this one) instead of writing into this one.
 *
 * One process only: the embedded engine's rule (several instances need MariaDB).
 */
export class SqliteTransactionGate {
  private readonly logger = new Logger('SqliteTransactionGate');
  private readonly contexts = new AsyncLocalStorage<Holder>();
  private holder: Holder | null = null;
  /** Queries of other contexts under way (they began before a transaction took the gate). */
  private running = 0;
  private readonly waiting: Waiter[] = [];

  /** Installs the gate on the data source's one query runner (before `initialize()`). */
  static install(dataSource: DataSource): SqliteTransactionGate {
    const gate = new SqliteTransactionGate();
    gate.wrap(dataSource.driver.createQueryRunner('master'));
    gate.scope(dataSource.manager);
    return gate;
  }

  /**
   * `manager.transaction(work)` starts the transaction synchronously in its caller's context:
   * run in a scope of its own, the token set there stays with the transaction's work and does
   * not mark the caller (whose other, concurrent work would pass as the transaction's).
   */
  private scope(manager: EntityManager): void {
    const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => unknown;
    manager.transaction = ((...args: unknown[]) =>
      this.holds()
        ? transaction(...args)
        : this.contexts.run(OUTSIDE, () => transaction(...args))) as EntityManager['transaction'];
  }

  private wrap(runner: QueryRunner): void {
    const start = runner.startTransaction.bind(runner);
    const commit = runner.commitTransaction.bind(runner);
    const rollback = runner.rollbackTransaction.bind(runner);
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    let active = runner.isTransactionActive;
    Object.defineProperty(runner, 'isTransactionActive', {
      configurable: true,
      get: () => active && this.holds(),
      set: (value: boolean) => (active = value),
    });
    const depth = () => (runner as unknown as { transactionDepth: number }).transactionDepth;

    runner.startTransaction = (isolationLevel) => {
      if (this.holds()) return start(isolationLevel);
      // Set synchronously, in the caller's context: its later awaits carry the token.
      const token: Holder = Symbol('transaction');
      this.contexts.enterWith(token);
      return this.acquire(token).then(() =>
        start(isolationLevel).catch((error: unknown) => {
          this.release();
          throw error;
        }),
      );
    };
    const ending = (end: () => Promise<void>) => async () => {
      try {
        await end();
      } finally {
        if (this.holds() && depth() === 0) this.release();
      }
    };
    runner.commitTransaction = ending(commit);
    runner.rollbackTransaction = ending(rollback);
    runner.query = (async (...args: unknown[]) => {
      if (this.holds()) return query(...args);
      if (this.holder !== null || this.waiting.length > 0) await this.waitToQuery();
      else this.running += 1;
      try {
        return await query(...args);
      } finally {
        this.running -= 1;
        this.wakeNext();
      }
    }) as QueryRunner['query'];
  }

  /** Whether the current async context is the open transaction's. */
  private holds(): boolean {
    return this.holder !== null && this.contexts.getStore() === this.holder;
  }

  private async acquire(token: Holder): Promise<void> {
    if (this.holder !== null || this.running > 0 || this.waiting.length > 0) {
      await this.queue(true, TRANSACTION_WAIT_MS);
    }
    this.holder = token;
  }

  private release(): void {
    this.holder = null;
    this.wakeNext();
    this.restIfIdle();
  }

  /**
   * With no transaction open or waiting, no context needs its token: the storage is switched
   * off until the next transaction. While any AsyncLocalStorage is on, Node 20 runs a hook on
   * every promise the process creates (a few per cent of a page's time and of its garbage), so
   * it stays on only while the gate has something to tell apart. `enterWith` and `run` switch
   * it back on; tokens left on older contexts are never the next holder's.
   */
  private restIfIdle(): void {
    if (this.holder === null && this.waiting.length === 0) this.contexts.disable();
  }

  /** Resolves when woken in turn (a query is then counted as running). */
  private waitToQuery(): Promise<void> {
    return this.queue(false, QUERY_WAIT_MS);
  }

  /**
   * Waits in line. Past `limitMs` a query runs anyway (see QUERY_WAIT_MS) and a transaction
   * gives up with an error: two transactions waiting on each other would otherwise hang.
   */
  private queue(exclusive: boolean, limitMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        exclusive,
        wake: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(waiter);
        if (at < 0) return;
        this.waiting.splice(at, 1);
        if (exclusive) {
          reject(new Error(`the database stayed busy for ${limitMs} ms: transaction not started`));
        } else {
          this.logger.warn(`a query waited ${limitMs} ms for a transaction: run inside it`);
          this.running += 1;
          resolve();
        }
        this.wakeNext();
        this.restIfIdle();
      }, limitMs);
      timer.unref();
      this.waiting.push(waiter);
      this.wakeNext();
    });
  }

  /**
   * First come, first served: a transaction goes when nothing runs; the queries waiting
   * before the next transaction go together, counted as running from the moment they are woken
   * (so the transaction after them waits for them).
   */
  private wakeNext(): void {
    if (this.holder !== null) return;
    while (this.waiting.length > 0) {
      const next = this.waiting[0];
      if (next.exclusive) {
        if (this.running > 0) return;
        this.waiting.shift();
        // Taken now, so nothing slips in before the woken transaction runs.
        this.holder = Symbol('handing over');
        next.wake();
        return;
      }
      this.waiting.shift();
      this.running += 1;
      next.wake();
    }
  }
}

/** A data source for these options, with the gate when the engine is the embedded one. */
export function createDataSource(options: DataSourceOptions): DataSource {
  const dataSource = new DataSource(options);
  if (options.type === 'better-sqlite3') SqliteTransactionGate.install(dataSource);
  return dataSource;
}
