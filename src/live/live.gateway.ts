import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { Server, type DefaultEventsMap, type Socket } from 'socket.io';
import type { EndedSessions } from '../auth/sessions/session-endings';
import { TypeormSessionStore } from '../auth/sessions/typeorm-session.store';
import { CURRENT_TERMS_VERSION } from '../auth/terms/terms-version';
import { SessionLifetime } from '../auth/sessions/session-lifetime';
import type { SessionMiddleware } from '../auth/sessions/session-middleware';
import type { RequestSession } from '../auth/sessions/portal-session';
import type { SessionData } from '../auth/sessions/session-data';
import { within } from '../common/async/within';
import { connectRedis } from '../common/redis/connect-redis';
import type { AppConfig, RedisConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { TWO_FACTOR_REQUIRED } from '../common/identity/role';
import { Clock, type ClockTimer } from '../jobs/clock';
import { UsersService, type SignedInUser } from '../users/users.service';
import type {
  LiveClientToServerEvents,
  LiveEventName,
  LiveEventPayloads,
  LiveServerToClientEvents,
  LiveSocketData,
} from './live-events';
import { LiveRooms, liveRoom } from './live-rooms';
import { originAllowed } from './origin-check';

/** How long a rights change waits for the other instances (one may be down, or Redis). */
const RECHECK_WAIT_MS = 5000;

/** What one instance asks the others, through the adapter, when a user's rights change. */
interface LiveServerSideEvents {
  'recheck-user': (userId: number, done: (checked: boolean) => void) => void;
}
type LiveServer = Server<
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  LiveServerSideEvents,
  LiveSocketData
>;
type LiveSocket = Socket<
  LiveClientToServerEvents,
  LiveServerToClientEvents,
  DefaultEventsMap,
  LiveSocketData
>;
type HandshakeRequest = IncomingMessage & { session?: RequestSession };

/** setTimeout's ceiling; a longer absolute lifetime is waited for in several steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The one socket.io server, on the HTTP server of the app. A handshake needs the portal's
 * Origin and a signed-in session (the cookie, read by the HTTP side's own session middleware);
 * the socket then joins its session's room, its user's room and the rooms LiveRooms grants.
 * A session that ends (sign-out, role change, deactivation) takes its sockets with it, on every
 * instance when REDIS_URL connects them. Modules do not use this class: they emit through
 * LiveEvents.
 */
@Injectable()
export class LiveGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Live');
  private io?: LiveServer;
  private sessionMiddleware?: SessionMiddleware;
  private redisClients: Redis[] = [];
  private unsubscribe?: () => void;
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();
  /** Per socket: when its user's rights change by the calendar (an engagement starts or ends). */
  private readonly accessTimers = new Map<string, ClockTimer>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly store: TypeormSessionStore,
    private readonly users: UsersService,
    private readonly lifetime: SessionLifetime,
    private readonly rooms: LiveRooms,
    private readonly clock: Clock,
  ) {}

  /** Called by configureApp with the middleware it installs, before the app starts. */
  useSessionMiddleware(middleware: SessionMiddleware): void {
    this.sessionMiddleware = middleware;
  }

  async onApplicationBootstrap(): Promise<void> {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    // An application context (the command line) has no HTTP server and so no browsers.
    if (!httpServer) return;
    const sessionMiddleware = this.sessionMiddleware;
    if (!sessionMiddleware) {
      throw new Error('configureApp() must share the session middleware before the app starts');
    }
    const io: LiveServer = new Server(httpServer, {
      // The browser client is served with the portal's scripts (/assets/js/socket.io.min.js,
      // from the installed package: no CDN), loaded once per page by the layout.
      serveClient: false,
      // Browsers send only room names and "typing": a large frame is not one of ours.
      maxHttpBufferSize: 16 * 1024,
      allowRequest: (request, callback) =>
        callback(null, originAllowed(request.headers, this.config.publicUrl)),
    });
    if (this.config.redis) {
      const [publisher, subscriber] = await this.connectRedis(this.config.redis);
      io.adapter(createAdapter(publisher, subscriber, { key: `${this.config.redis.prefix}:live` }));
    }
    // Only the handshake carries the session: later polling requests of a connected socket
    // would read the session row again for nothing.
    io.engine.use((request: HandshakeRequest, response: ServerResponse, next: () => void) => {
      if (new URL(request.url ?? '/', 'http://x').searchParams.has('sid')) return next();
      sessionMiddleware(request, response, next);
    });
    io.use((socket, next) => {
      const request = socket.request as HandshakeRequest;
      this.authenticate(request.session).then(
        (signedIn) => {
          if (!signedIn || !request.session) return next(new Error('unauthorised'));
          socket.data.user = signedIn.user;
          socket.data.refreshAt = signedIn.refreshAt ?? null;
          socket.data.sid = request.session.id;
          this.expireWithSession(socket, request.session);
          next();
        },
        (error: unknown) => {
          this.logger.warn(`socket handshake failed: ${String(error)}`);
          next(new Error('unavailable'));
        },
      );
    });
    io.on('connection', (socket) => {
      this.connected(socket).catch((error: unknown) => {
        this.logger.warn(`socket set-up failed: ${String(error)}`);
        socket.disconnect(true);
      });
    });
    this.unsubscribe = this.store.endings.subscribe((ended) => this.drop(ended));
    // Another instance changed a user's rights: its sockets here are checked here, where
    // their calendar timers live.
    io.on('recheck-user', (userId, done) => {
      this.recheckLocal(userId).then(
        () => done(true),
        () => done(false),
      );
    });
    this.io = io;
  }

  /** Sends one event to every socket in a room, on every instance. */
  emit<E extends LiveEventName>(room: string, event: E, payload: LiveEventPayloads[E]): void {
    if (!this.io) {
      this.logger.debug(`no live server: ${event} to ${room} not sent`);
      return;
    }
    this.io.to(room).emit(event, ...([payload] as Parameters<LiveServerToClientEvents[E]>));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    for (const timer of this.expiryTimers.values()) clearTimeout(timer);
    for (const timer of this.accessTimers.values()) this.clock.clearTimer(timer);
    this.expiryTimers.clear();
    this.accessTimers.clear();
    const io = this.io;
    this.io = undefined;
    if (io) {
      // Only this instance's sockets: the others keep theirs. The HTTP server is Nest's to close.
      io.local.disconnectSockets(true);
      await io.of('/').adapter.close();
      io.engine.close();
    }
    await Promise.all(this.redisClients.map((client) => client.quit().catch(() => undefined)));
    this.redisClients = [];
  }

  /** The adapter's two connections (a subscribed connection can do nothing else). */
  private async connectRedis(config: RedisConfig): Promise<[Redis, Redis]> {
    const onError = (error: Error) => this.logger.warn(`Redis: ${error.message}`);
    const publisher = await connectRedis(config, 'live-pub', onError);
    this.redisClients.push(publisher);
    const subscriber = await connectRedis(config, 'live-sub', onError).catch(async (error) => {
      // Start-up fails: nothing will call the shutdown hook to close the first one.
      await publisher.quit().catch(() => undefined);
      throw error;
    });
    this.redisClients.push(subscriber);
    return [publisher, subscriber];
  }

  /** The user a handshake's session is signed in as, under the same rules as a page request. */
  private async authenticate(session: RequestSession | undefined): Promise<SignedInUser | null> {
    const userId = session?.userId;
    if (!session || userId === undefined || this.lifetime.expired(session)) return null;
    const signedIn = await this.users.loadSignedIn(userId);
    if (!signedIn) return null;
    const { user } = signedIn;
    // A sign-in that still owes the terms or the second factor gets pages that ask for them,
    // and nothing live.
    if (user.termsVersion !== CURRENT_TERMS_VERSION) return null;
    if (TWO_FACTOR_REQUIRED.has(user.role) && !user.twoFactorEnabled) return null;
    return signedIn;
  }

  /**
   * After a change to what a user may see (a guest invited or removed, an engagement confirmed,
   * closed or cancelled): their sockets, on every instance, follow the rights they have now.
   */
  async recheckRooms(userId: number): Promise<void> {
    const io = this.io;
    if (!io) return;
    // Sockets are checked by their own instance, which holds their calendar timers; the
    // others answer once theirs are done, so the caller's next event finds the rooms settled.
    // With Redis away the request would be held until it returns: the caller waits a moment.
    const others = this.config.redis
      ? within(io.serverSideEmitWithAck('recheck-user', userId), RECHECK_WAIT_MS, 'no answer').then(
          (answer) => answer === 'no answer' && this.logger.warn('rights recheck: no answer'),
          (error: unknown) => this.logger.warn(`rights recheck: ${String(error)}`),
        )
      : undefined;
    await Promise.all([others, this.recheckLocal(userId)]);
  }

  /** This instance's sockets of one user, checked against the rights read now. */
  private async recheckLocal(userId: number): Promise<void> {
    const io = this.io;
    if (!io) return;
    // Through the user's room (every socket joins it): not a walk over every socket here.
    const namespace = io.of('/');
    const ids = namespace.adapter.rooms.get(liveRoom.user(userId)) ?? new Set<string>();
    const sockets = [...ids].flatMap((id) => namespace.sockets.get(id) ?? []);
    if (sockets.length === 0) return;
    const signedIn = await this.users.loadSignedIn(userId).catch((error: unknown) => {
      // Not knowing is not permission: a socket whose rights cannot be read now leaves.
      this.logger.warn(`rights of user ${userId} unreadable: ${String(error)}`);
      return null;
    });
    for (const socket of sockets) await this.applyRights(socket, signedIn);
  }

  /**
   * Brings one socket in line with its user's rights: gone or unreadable, it disconnects;
   * otherwise it leaves the State rooms and requested rooms the policy no longer grants, joins
   * the State rooms it now has, and waits for the next change by the calendar.
   */
  private async applyRights(socket: LiveSocket, signedIn: SignedInUser | null): Promise<void> {
    if (!signedIn) {
      socket.disconnect(true);
      return;
    }
    const { user } = signedIn;
    socket.data.user = user;
    socket.data.refreshAt = signedIn.refreshAt ?? null;
    const granted = new Set(this.rooms.roomsFor(user));
    for (const room of [...socket.rooms]) {
      const kept = this.rooms.isStateRoom(room)
        ? granted.has(room)
        : !this.rooms.isRequested(room) || (await this.rooms.mayJoin(user, room));
      if (!kept) await socket.leave(room);
    }
    await socket.join([...granted]);
    this.watchCalendar(socket);
  }

  /**
   * An expert's access opens and closes with their engagements' dates, with no row changing:
   * at that moment the socket's rights are read again, as the session guard does for pages.
   */
  private watchCalendar(socket: LiveSocket): void {
    this.stopWatchingCalendar(socket.id);
    const refreshAt = socket.data.refreshAt;
    if (refreshAt === null) return;
    const timer = this.clock.setTimer(() => {
      this.accessTimers.delete(socket.id);
      if (!socket.connected) return;
      this.users.loadSignedIn(socket.data.user.id).then(
        (signedIn) => this.applyRights(socket, signedIn),
        (error: unknown) => {
          this.logger.warn(`socket rights unreadable: ${String(error)}`);
          socket.disconnect(true);
        },
      );
    }, refreshAt - this.clock.now());
    this.accessTimers.set(socket.id, timer);
  }

  private stopWatchingCalendar(socketId: string): void {
    const timer = this.accessTimers.get(socketId);
    if (timer) this.clock.clearTimer(timer);
    this.accessTimers.delete(socketId);
  }

  private async connected(socket: LiveSocket): Promise<void> {
    const { user, sid } = socket.data;
    socket.on('disconnect', () => {
      clearTimeout(this.expiryTimers.get(socket.id));
      this.expiryTimers.delete(socket.id);
      this.stopWatchingCalendar(socket.id);
    });
    socket.on('subscribe', (room, ack) => {
      const reply = typeof ack === 'function' ? ack : () => undefined;
      if (typeof room !== 'string' || room.length > 40) return reply(false);
      this.rooms
        .mayJoin(socket.data.user, room)
        .then(async (allowed) => {
          if (allowed) await socket.join(room);
          reply(allowed);
        })
        .catch((error: unknown) => {
          this.logger.warn(`room check failed: ${String(error)}`);
          reply(false);
        });
    });
    socket.on('unsubscribe', (room) => {
      if (typeof room === 'string' && this.rooms.isRequested(room)) void socket.leave(room);
    });
    socket.on('typing', (room) => {
      // Only to a requested room this socket is in: nobody types into a room they cannot see.
      if (typeof room !== 'string' || !this.rooms.isRequested(room) || !socket.rooms.has(room))
        return;
      const { id, name } = socket.data.user;
      socket.to(room).except(liveRoom.user(id)).emit('typing', { room, userId: id, name });
    });
    await socket.join([liveRoom.session(sid), ...this.rooms.roomsFor(user)]);
    this.watchCalendar(socket);
    // A session ended between the handshake and the join was announced before this socket
    // was in its room: look once more.
    if (!(await this.sessionExists(sid))) socket.disconnect(true);
  }

  private sessionExists(sid: string): Promise<boolean> {
    return new Promise((resolve) =>
      this.store.get(sid, (error, session) => resolve(!error && Boolean(session))),
    );
  }

  /** Ends the socket when the sign-in reaches its absolute lifetime. */
  private expireWithSession(socket: LiveSocket, session: Partial<SessionData>): void {
    const endsAt =
      (session.authenticatedAt ?? 0) + this.config.session.absoluteLifetimeHours * 3600_000;
    const wait = () => {
      const remaining = endsAt - Date.now();
      if (remaining <= 0) {
        this.expiryTimers.delete(socket.id);
        socket.disconnect(true);
        return;
      }
      const timer = setTimeout(wait, Math.min(remaining, MAX_TIMER_MS));
      timer.unref();
      this.expiryTimers.set(socket.id, timer);
    };
    wait();
  }

  private drop(ended: EndedSessions): void {
    const io = this.io;
    if (!io) return;
    if (ended.kind === 'sessions') {
      // Never an empty room list: socket.io reads that as "everyone".
      if (ended.sids.length === 0) return;
      io.in(ended.sids.map((sid) => liveRoom.session(sid))).disconnectSockets(true);
      return;
    }
    const sockets = io.in(liveRoom.user(ended.userId));
    (ended.exceptSid
      ? sockets.except(liveRoom.session(ended.exceptSid))
      : sockets
    ).disconnectSockets(true);
  }
}
