import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestSession, SessionStorePort } from './portal-session';
import type { SessionData } from './session-data';
import { sessionMiddleware } from './session-middleware';

const SECRET = 'a-test-secret-of-some-length';
const NAME = 'cttp.sid';

/** The store's contract in memory, recording what it was asked; `setDelayMs` slows writes. */
class MemoryStore implements SessionStorePort {
  readonly rows = new Map<string, string>();
  readonly calls: string[] = [];
  setDelayMs = 0;

  get(
    sid: string,
    callback: (error: unknown, data?: Partial<SessionData> | null, json?: string) => void,
  ): void {
    this.calls.push(`get ${sid}`);
    const json = this.rows.get(sid);
    setImmediate(() =>
      callback(undefined, json ? (JSON.parse(json) as Partial<SessionData>) : null, json),
    );
  }
  set(sid: string, session: Partial<SessionData>, callback: (error?: unknown) => void): void {
    this.calls.push(`set ${sid}`);
    const json = JSON.stringify(session);
    setTimeout(() => {
      this.rows.set(sid, json);
      callback();
    }, this.setDelayMs);
  }
  touch(sid: string, _session: object, callback: (error?: unknown) => void): void {
    this.calls.push(`touch ${sid}`);
    callback();
  }
  destroy(sid: string, callback: (error?: unknown) => void): void {
    this.calls.push(`destroy ${sid}`);
    this.rows.delete(sid);
    setImmediate(() => callback());
  }
}

/** express-session's cookie value for an id (cookie-signature's format), as a browser sends it. */
function signedCookie(id: string, secret = SECRET): string {
  const mac = createHmac('sha256', secret).update(id).digest('base64').replace(/=+$/, '');
  return `${NAME}=${encodeURIComponent(`s:${id}.${mac}`)}`;
}

/** The request's session as it is now (a regenerate replaces it), and how to end the response. */
type Handler = (session: RequestSession, done: () => void, current: () => RequestSession) => void;

describe('the session middleware', () => {
  let store: MemoryStore;
  let server: Server;
  let base: string;
  let handler: Handler;

  beforeEach(async () => {
    store = new MemoryStore();
    const middleware = sessionMiddleware(store, { name: NAME, secret: SECRET, secure: false });
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      middleware(request, response, (error) => {
        if (error) {
          response.statusCode = 500;
          response.end();
          return;
        }
        const withSession = request as IncomingMessage & { session: RequestSession };
        const current = () => withSession.session;
        handler(
          current(),
          () => response.end(JSON.stringify({ id: current()?.id ?? null })),
          current,
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  const get = (cookie?: string) => fetch(base, { headers: cookie ? { cookie } : {} });

  it('stores nothing and sets no cookie for a visitor whose session stays empty', async () => {
    handler = (_session, done) => done();
    const response = await get();
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(store.calls).toEqual([]);
  });

  it('stores a session that got data, sends its signed cookie, and reads it back', async () => {
    handler = (session, done) => {
      session.userId = 7;
      done();
    };
    const first = await get();
    const { id } = (await first.json()) as { id: string };
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toBe(`${signedCookie(id)}; Path=/; HttpOnly; SameSite=Lax`);
    expect(JSON.parse(store.rows.get(id)!)).toEqual({ userId: 7 });

    let seen: number | undefined;
    handler = (session, done) => {
      seen = session.userId;
      done();
    };
    store.calls.length = 0;
    const again = await get(signedCookie(id));
    expect(seen).toBe(7);
    // Unchanged: touched, not written, and the browser is not sent the cookie again.
    expect(store.calls).toEqual([`get ${id}`, `touch ${id}`]);
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('writes a changed session before the response ends, so the next request reads it', async () => {
    store.rows.set('known-session-id-0000000000000000', JSON.stringify({ userId: 3 }));
    store.setDelayMs = 50;
    handler = (session, done) => {
      session.flash = [{ kind: 'success', key: 'saved' }];
      done();
    };
    await get(signedCookie('known-session-id-0000000000000000'));
    expect(JSON.parse(store.rows.get('known-session-id-0000000000000000')!)).toMatchObject({
      userId: 3,
      flash: [{ kind: 'success' }],
    });
  });

  it('ignores a cookie whose signature is not ours, without asking the store', async () => {
    store.rows.set('victim-session-id-000000000000000', JSON.stringify({ userId: 1 }));
    let seen: number | undefined = -1;
    handler = (session, done) => {
      seen = session.userId;
      done();
    };
    await get(signedCookie('victim-session-id-000000000000000', 'another-secret'));
    await get(`${NAME}=victim-session-id-000000000000000`);
    expect(seen).toBeUndefined();
    expect(store.calls).toEqual([]);
  });

  it('regenerates: the old row goes, the new id is stored and sent', async () => {
    store.rows.set('old-session-id-00000000000000000', JSON.stringify({ pendingUserId: 4 }));
    handler = (session, done, current) =>
      session.regenerate(() => {
        expect(current().pendingUserId).toBeUndefined();
        current().userId = 9;
        done();
      });
    const response = await get(signedCookie('old-session-id-00000000000000000'));
    const { id } = (await response.json()) as { id: string };
    expect(id).not.toBe('old-session-id-00000000000000000');
    expect(store.rows.has('old-session-id-00000000000000000')).toBe(false);
    expect(JSON.parse(store.rows.get(id)!)).toEqual({ userId: 9 });
    expect(response.headers.get('set-cookie')).toContain(signedCookie(id));
  });

  it('destroys: the row goes and nothing is written back', async () => {
    store.rows.set('ending-session-id-00000000000000', JSON.stringify({ userId: 5 }));
    handler = (session, done) => {
      session.userId = 6;
      session.destroy(() => done());
    };
    await get(signedCookie('ending-session-id-00000000000000'));
    expect(store.rows.has('ending-session-id-00000000000000')).toBe(false);
    expect(store.calls).not.toContain('set ending-session-id-00000000000000');
  });
});
