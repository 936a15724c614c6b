import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { DEMO_OFFICIAL, longThread, passwordOf } from './support/demo-forum';
import { Client, reportFailure, runCli, signIn, startPortal, type Portal } from './support/portal';

/**
 * Live fan-out: CLIENTS socket.io clients (default 1,000) have one forum thread open; a member
 * posts a reply ROUNDS times (default 30). For each post: the time from sending the POST to the
 * last client's delivery of `forum.post`, and every client's delivery time, as p50/p99. Run on
 * one portal process, then on two processes sharing one database and one Redis (REDIS_URL,
 * default redis://127.0.0.1:6379; skipped with a note when it does not answer), half the
 * clients on each, the POST sent to the first. The clients run in this process, so their own
 * work is part of the figures. Target: p99 (POST to last delivery) under 200 ms.
 */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

type ThreadSocket = Socket<
  { 'forum.post': (payload: { postId: number }) => void },
  { subscribe: (room: string, ack: (joined: boolean) => void) => void }
>;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** CLIENTS sockets on `bases` (round robin), each in the thread's room. */
async function openThread(bases: string[], cookie: string, room: string): Promise<ThreadSocket[]> {
  const sockets: ThreadSocket[] = [];
  for (let start = 0; start < CLIENTS; start += 50) {
    const batch = Array.from({ length: Math.min(50, CLIENTS - start) }, (_, i) => {
      const base = bases[(start + i) % bases.length];
      const socket: ThreadSocket = io(base, {
        transports: ['websocket'],
        extraHeaders: { cookie, origin: base },
        reconnection: false,
        forceNew: true,
      });
      sockets.push(socket);
      return new Promise<void>((resolve, reject) => {
        socket.once('connect_error', reject);
        socket.once('connect', () =>
          socket.emit('subscribe', room, (joined) =>
            joined ? resolve() : reject(new Error(`${room} refused`)),
          ),
        );
      });
    });
    await Promise.all(batch);
  }
  return sockets;
}

async function fanOut(label: string, portals: Portal[], output: string): Promise<void> {
  const writer = new Client(portals[0].base);
  await signIn(writer, DEMO_OFFICIAL, passwordOf(output, DEMO_OFFICIAL));
  const thread = await longThread(writer);
  const html = await (await writer.request(`${thread}?page=1`)).text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the thread page');
  const room = `thread:${/threads\/(\d+)/.exec(thread)![1]}`;
  const sockets = await openThread(
    portals.map((portal) => portal.base),
    writer.cookieHeader,
    room,
  );
  const lasts: number[] = [];
  const each: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      let sentAt = 0;
      const arrivals: number[] = [];
      const delivered = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`round ${round}: ${arrivals.length} of ${CLIENTS} in 10 s`)),
          10_000,
        );
        for (const socket of sockets)
          socket.once('forum.post', () => {
            arrivals.push(performance.now() - sentAt);
            if (arrivals.length === CLIENTS) {
              clearTimeout(timer);
              resolve();
            }
          });
      });
      sentAt = performance.now();
      const response = await writer.request(`${thread}/posts`, {
        _csrf: token,
        body: `Fan-out round ${round + 1}`,
      });
      if (response.status !== 303) throw new Error(`the reply answered ${response.status}`);
      await delivered;
      lasts.push(Math.max(...arrivals));
      each.push(...arrivals);
    }
  } finally {
    for (const socket of sockets) socket.close();
  }
  process.stdout.write(
    `${label.padEnd(34)} ${CLIENTS} clients, ${ROUNDS} posts: POST → last delivery ` +
      `p50 ${percentile(lasts, 50).toFixed(0)} ms  p99 ${percentile(lasts, 99).toFixed(0)} ms; ` +
      `each delivery p50 ${percentile(each, 50).toFixed(0)} ms  p99 ${percentile(each, 99).toFixed(0)} ms\n`,
  );
}

async function main(): Promise<void> {
  const secrets = {
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  };
  const single = mkdtempSync(join(tmpdir(), 'cttp-fanout-'));
  try {
    const portal = await startPortal('', single, secrets);
    try {
      const output = await runCli(['seed:demo'], portal.env);
      await fanOut('one process (SQLite)', [portal], output);
    } finally {
      await portal.stop();
    }
  } finally {
    rmSync(single, { recursive: true, force: true });
  }

  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const shared = mkdtempSync(join(tmpdir(), 'cttp-fanout-'));
  const withRedis = {
    ...secrets,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `cttp-bench-${randomBytes(4).toString('hex')}`,
  };
  const portals: Portal[] = [];
  try {
    try {
      portals.push(await startPortal('', shared, withRedis));
    } catch (error) {
      process.stdout.write(`two processes through Redis: skipped (${String(error)})\n`);
      return;
    }
    const output = await runCli(['seed:demo'], portals[0].env);
    portals.push(await startPortal('', shared, withRedis));
    await fanOut('two processes through Redis (SQLite)', portals, output);
  } finally {
    for (const portal of portals) await portal.stop();
    rmSync(shared, { recursive: true, force: true });
  }
}

main().catch(reportFailure);
