import type { AddressInfo } from 'node:net';
import { io, type Socket } from 'socket.io-client';
import type { LiveEventPayloads } from '../../src/live/live-events';
import type { Agent } from './http';
import type { TestApp } from './test-app';

export type LiveClient = Socket<{
  [E in keyof LiveEventPayloads]: (p: LiveEventPayloads[E]) => void;
}>;

/** startTestApp's PUBLIC_URL: the Origin the portal's own pages send. */
export const TEST_ORIGIN = 'http://127.0.0.1';

/** Starts listening on a free port (startTestApp only initialises) and returns the base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(t.server.address() as AddressInfo).port}`;
}

interface CookieJar {
  getCookies(access: { domain: string; path: string; secure: boolean; script: boolean }): {
    toValueString(): string;
  };
}

/** The Cookie header a browser would send after this agent's requests to 127.0.0.1. */
export function cookieOf(agent: Agent): string {
  const jar = (agent as unknown as { jar: CookieJar }).jar;
  return jar
    .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
    .toValueString();
}

/**
 * A real socket.io client, connected the way a browser page is (polling first, then the
 * WebSocket upgrade) with the given cookie and Origin; rejects with the server's refusal.
 */
export function connectLive(
  url: string,
  headers: { cookie?: string; origin?: string },
): Promise<LiveClient> {
  const extraHeaders: Record<string, string> = {};
  if (headers.cookie !== undefined) extraHeaders.cookie = headers.cookie;
  if (headers.origin !== undefined) extraHeaders.origin = headers.origin;
  const socket: LiveClient = io(url, { extraHeaders, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Resolves with the reason when the server drops the socket. */
export function disconnection(socket: LiveClient): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

/** Every notification a socket receives, in order. */
export function notificationsOf(socket: LiveClient): string[] {
  const received: string[] = [];
  socket.on('notification', (payload) => received.push(payload.messageKey));
  return received;
}

/** Resolves once `received` holds `key` (events on one socket arrive in the order sent). */
export async function waitFor(received: string[], key: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!received.includes(key)) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`no "${key}" within ${timeoutMs} ms; got ${JSON.stringify(received)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Every payload of one event a socket receives, in order. */
export function eventsOf<E extends keyof LiveEventPayloads>(
  socket: LiveClient,
  event: E,
): LiveEventPayloads[E][] {
  const received: LiveEventPayloads[E][] = [];
  (socket as unknown as { on(name: string, listener: (payload: unknown) => void): void }).on(
    event,
    (payload) => received.push(payload as LiveEventPayloads[E]),
  );
  return received;
}

/** Asks to join a room the way the forum's script does; resolves with the server's answer. */
export function subscribe(socket: LiveClient, room: string): Promise<boolean> {
  return new Promise((resolve) =>
    (
      socket as unknown as {
        emit(name: 'subscribe', room: string, ack: (joined: boolean) => void): void;
      }
    ).emit('subscribe', room, resolve),
  );
}

/** Resolves once `received` holds an item that `matches` (or fails after the timeout). */
export async function waitUntil<T>(
  received: T[],
  matches: (item: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = received.find(matches);
    if (found !== undefined) return found;
    if (Date.now() - started > timeoutMs)
      throw new Error(`nothing matching within ${timeoutMs} ms; got ${JSON.stringify(received)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
