import { Store, type SessionData } from 'express-session';
import { In, LessThan, Not, type DataSource, type Repository } from 'typeorm';
import { Session } from './session.entity';
import { SessionEndings } from './session-endings';

type Callback<T = void> = (error?: unknown, value?: T) => void;

/**
 * express-session store on the portal's own database (the published TypeORM stores target
 * TypeORM 0.3). Rows carry the user id so an account's sessions can be listed and ended, and
 * expire with the cookie: the idle timeout is the cookie's rolling max-age.
 */
export class TypeormSessionStore extends Store {
  private readonly sessions: Repository<Session>;
  private readonly sweeper: NodeJS.Timeout;
  /** Announces sessions this store ended, so whatever hangs on them (sockets) goes too. */
  readonly endings = new SessionEndings();

  constructor(
    dataSource: DataSource,
    private readonly idleTimeoutMs: number,
  ) {
    super();
    this.sessions = dataSource.getRepository(Session);
    // Expired rows are invisible to get(); the sweep only keeps the table small.
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), 10 * 60 * 1000);
    this.sweeper.unref();
  }

  close(): void {
    clearInterval(this.sweeper);
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    this.sessions
      .findOneBy({ id: sid })
      .then((row) => {
        if (!row || row.expiresAt.getTime() <= Date.now()) return callback(undefined, null);
        callback(undefined, JSON.parse(row.data) as SessionData);
      })
      .catch(callback);
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
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
          expiresAt: this.expiry(session),
          ip: meta?.ip?.slice(0, 64) ?? null,
          userAgent: meta?.userAgent?.slice(0, 255) ?? null,
          lastSeenAt: now,
        },
        ['id'],
      )
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    this.sessions
      .update({ id: sid }, { expiresAt: this.expiry(session), lastSeenAt: new Date() })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
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

  private expiry(session: SessionData): Date {
    const expires = session.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + this.idleTimeoutMs);
  }
}
