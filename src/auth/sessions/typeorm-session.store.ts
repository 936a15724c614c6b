import { In, LessThan, Not, type DataSource, type Repository } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { signedInVersion } from '../../users/users.service';
import type { SessionStorePort } from './portal-session';
import type { SessionData } from './session-data';
import { Session } from './session.entity';
import { SessionEndings } from './session-endings';
import { BoundedMap } from '../../common/caching/bounded';
import { hotRead, type HotRead } from '../../database/hot-read';

type Callback<T = void> = (error?: unknown, value?: T) => void;

interface KnownExpiry {
  expiresAt: number;
  /**
   * Reads that began before this number may have seen the row before this process's own
   * write (on another pooled connection), so they do not replace what the write set; while
   * the write is in flight no read does.
   */
  trustReadsFrom: number;
}

/**
 * A request that changed nothing writes its session row at most this often: the idle timeout
 * is then exact to within this much, and `lastSeenAt` too.
 */
export const TOUCH_INTERVAL_MS = 60_000;

interface SessionReadRow {
  data: string;
  expires_at: unknown;
  user_version: unknown;
  organisation_version: unknown;
}

/**
 * The sessions' store (for sessionMiddleware) on the portal's own database. Rows carry the user id so an account's sessions can be listed and ended, and
 * expire when idle: `expires_at` is the last activity plus the idle timeout (the cookie itself
 * lasts as long as the browser session).
 */
export class TypeormSessionStore implements SessionStorePort {
  private readonly sessions: Repository<Session>;
  private readonly sweeper: NodeJS.Timeout;
  /** Announces sessions this store ended, so whatever hangs on them (sockets) goes too. */
  readonly endings = new SessionEndings();
  private readonly expiresAt: ColumnMetadata;
  private readonly read: HotRead<SessionReadRow>;
  private readonly touchSql: string;
  /**
   * The expiry each session row has as far as this process knows (read or written last):
   * touch() skips the write when the row is still fresh enough. Kept after the request, so
   * concurrent requests of one session (a page and its assets, several tabs) write once, not
   * each; another instance's newer write only makes this one write sooner, never later.
   */
  private readonly readExpiry = new BoundedMap<string, KnownExpiry>(10_000);
  /** Numbers reads and finished writes in the order they happen, to tell a stale read. */
  private sequence = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly idleTimeoutMs: number,
  ) {
    this.sessions = dataSource.getRepository(Session);
    this.expiresAt = this.sessions.metadata.findColumnWithPropertyName('expiresAt')!;
    const q = (name: string) => dataSource.driver.escape(name);
    // Every request reads its session, so this read is plain SQL built once (no query
    // building per call) and a hot read (prepared on MariaDB/MySQL), and brings the versions of the user and organisation rows that the
    // kept signed-in copy is checked against.
    this.read = hotRead<SessionReadRow>(
      dataSource,
      `SELECT s.data, s.expires_at, u.${q('version')} AS user_version, ` +
        `o.${q('version')} AS organisation_version FROM ${q('session')} s ` +
        `LEFT JOIN ${q('user')} u ON u.id = s.user_id ` +
        `LEFT JOIN ${q('organisation')} o ON o.id = u.organisation_id WHERE s.id = ?`,
    );
    this.touchSql = `UPDATE ${q('session')} SET expires_at = ?, last_seen_at = ? WHERE id = ?`;
    // Expired rows are invisible to get(); the sweep only keeps the table small.
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), 10 * 60 * 1000);
    this.sweeper.unref();
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  /**
   * The session's data, or null when there is none or it expired. `json` is the row's text
   * when the data are exactly that (nothing dropped on the way), for the caller to tell later
   * whether the session changed without serialising it again.
   */
  get(
    sid: string,
    callback: (error: unknown, data?: Partial<SessionData> | null, json?: string) => void,
  ): void {
    const readAt = ++this.sequence;
    this.read([sid])
      .then((rows) => {
        const row = rows[0];
        const expiresAt = row ? this.hydrateDate(row.expires_at) : 0;
        if (!row || expiresAt <= Date.now()) return callback(undefined, null);
        const data = JSON.parse(row.data) as Partial<SessionData>;
        const kept = data.signedIn;
        let json: string | undefined = row.data;
        if (
          kept &&
          (row.user_version === null ||
            kept.version !== signedInVersion(row.user_version, row.organisation_version))
        ) {
          delete data.signedIn;
          json = undefined;
        }
        this.rememberRead(sid, expiresAt, readAt);
        callback(undefined, data, json);
      })
      .catch(callback);
  }

  set(sid: string, session: Partial<SessionData>, callback?: Callback): void {
    this.readExpiry.delete(sid);
    const now = new Date();
    const data = session;
    const meta = session.meta;
    this.sessions
      .upsert(
        {
          id: sid,
          // A sign-in waiting for its second factor belongs to the account too, so ending the
          // account's sessions (reset, password change, "log out others") ends it as well.
          userId: data.userId ?? data.pendingUserId ?? null,
          data: JSON.stringify(data),
          expiresAt: this.expiry(),
          ip: meta?.ip?.slice(0, 64) ?? null,
          userAgent: meta?.userAgent?.slice(0, 255) ?? null,
          lastSeenAt: now,
        },
        ['id'],
      )
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  /** Moves the expiry on, but writes only when the row's is more than TOUCH_INTERVAL_MS behind. */
  touch(sid: string, _session: object, callback?: Callback): void {
    const expiry = this.expiry();
    const known = this.readExpiry.get(sid);
    if (known !== undefined && expiry.getTime() - known.expiresAt < TOUCH_INTERVAL_MS) {
      callback?.();
      return;
    }
    // Remembered before the write, so the requests that come meanwhile do not write it again.
    const written: KnownExpiry = { expiresAt: expiry.getTime(), trustReadsFrom: Infinity };
    this.remember(sid, written);
    const driver = this.dataSource.driver;
    const at = (date: Date): unknown => driver.preparePersistentValue(date, this.expiresAt);
    this.dataSource
      .query(this.touchSql, [at(expiry), at(new Date()), sid])
      .then(() => {
        written.trustReadsFrom = ++this.sequence;
        callback?.();
      })
      .catch((error: unknown) => {
        if (this.readExpiry.get(sid) === written) this.readExpiry.delete(sid);
        callback?.(error);
      });
  }

  destroy(sid: string, callback?: Callback): void {
    this.readExpiry.delete(sid);
    this.sessions
      .delete({ id: sid })
      .then(() => {
        this.endings.announce({ kind: 'sessions', sids: [sid] });
        callback?.();
      })
      .catch((error: unknown) => callback?.(error));
  }

  /** Live sessions of one user, newest activity first. */
  async listForUser(userId: number): Promise<Session[]> {
    const rows = await this.sessions.find({ where: { userId }, order: { lastSeenAt: 'DESC' } });
    return rows.filter((row) => row.expiresAt.getTime() > Date.now());
  }

  /** Ends every session of a user except `keepSid`: role change, deactivation, "log out others". */
  async destroyForUser(userId: number, keepSid?: string): Promise<number> {
    const result = await this.sessions.delete(keepSid ? { userId, id: Not(keepSid) } : { userId });
    this.endings.announce({ kind: 'user', userId, exceptSid: keepSid });
    return result.affected ?? 0;
  }

  async destroyMany(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.sessions.delete({ id: In(ids) });
    this.endings.announce({ kind: 'sessions', sids: ids });
  }

  async sweep(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }

  /** What a read found is the truth, unless it may predate this process's own write. */
  private rememberRead(sid: string, expiresAt: number, readAt: number): void {
    const known = this.readExpiry.get(sid);
    if (known && readAt < known.trustReadsFrom) return;
    this.remember(sid, { expiresAt, trustReadsFrom: 0 });
  }

  private remember(sid: string, known: KnownExpiry): void {
    // One entry per session this process has seen lately: the map never grows past its bound.
    this.readExpiry.set(sid, known);
  }

  /** A datetime as the driver returns it (a Date from mysql2, UTC text from SQLite), in ms. */
  private hydrateDate(value: unknown): number {
    const date = this.dataSource.driver.prepareHydratedValue(value, this.expiresAt) as Date;
    return date.getTime();
  }

  /** A session is alive until this long after its last activity. */
  private expiry(): Date {
    return new Date(Date.now() + this.idleTimeoutMs);
  }
}
