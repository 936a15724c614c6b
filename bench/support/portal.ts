import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { TotpAuthenticator } from '../../src/auth/two-factor/totp-authenticator';
import type { DatabaseConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/load-config';
import { createScratchDatabase, dropScratchDatabase } from '../../src/database/scratch-database';
import { startOptions } from '../../src/common/http/start-options';

/**
 * What the benchmarks of the built portal share: a free port, the portal started as its own
 * process, a cookie-keeping client that signs in through the real forms, the command line,
 * autocannon runs with the portal's CPU time per request, and a scratch MariaDB database.
 */
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,mariadb').split(',');
export const PASSWORD = 'violet-harbour-quantum-47-lantern';
const MAIN = join(__dirname, '..', '..', 'src', 'main.js');

/**
 * The node options `npm start` gives the portal (package.json's start script: the collector's
 * settings), so that a bench measures the process a deployment runs.
 */
export const START_OPTIONS = startOptions();
const CLI = join(__dirname, '..', '..', 'src', 'cli.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A browser's cookie jar, enough for one host. */
export class Client {
  private readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(path: string, form?: Record<string, string>): Promise<Response> {
    const response = await fetch(this.base + path, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: this.cookieHeader,
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  /** Posts the first form of `page` with its CSRF token, the way a browser would. */
  async submit(page: string, action: string, fields: Record<string, string>): Promise<Response> {
    const html = await (await this.request(page)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error(`no CSRF token on ${page}`);
    return this.request(action, { _csrf: token, ...fields });
  }
}

/** Signs in, then goes through what the portal asks first (terms, two-factor enrolment). */
export async function signIn(client: Client, email: string, password = PASSWORD): Promise<void> {
  const login = await client.submit('/login', '/login', { email, password });
  if (login.status !== 303) throw new Error(`sign-in of ${email} answered ${login.status}`);
  for (let step = 0; step < 4; step += 1) {
    const home = await client.request('/');
    await home.text();
    if (home.status === 200) return;
    const location = home.headers.get('location');
    if (location === '/terms') {
      await client.submit('/terms', '/terms', { accept: 'on' });
    } else if (location === '/account/two-factor') {
      const page = await (await client.request('/account/two-factor')).text();
      const secret = /id="totp-secret">([^<]+)</.exec(page)?.[1];
      if (!secret) throw new Error('no secret on the enrolment page');
      const fields: Record<string, string> = { code: new TotpAuthenticator().codeAt(secret) };
      if (/name="passwordOrCode"/.test(page)) fields.passwordOrCode = password;
      await client.submit('/account/two-factor', '/account/two-factor', fields);
    } else {
      throw new Error(`home page of ${email} answered ${home.status} → ${location}`);
    }
  }
  throw new Error(`${email} never reached the home page`);
}

function runNode(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command, ...args], { env, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args[0]}: ${output}`)),
    );
    child.stdin.end(input);
  });
}

export async function waitForLogin(base: string, child: ChildProcess): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/login`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no 200 on /login within 60 s');
}

/** User plus system CPU time the portal process has used, in ms (Linux; 0 elsewhere). */
export function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * The machine's CPU time so far, all of it and the part the hypervisor gave to other guests
 * ("steal", /proc/stat; zeros elsewhere), in clock ticks.
 */
function machineTicks(): { all: number; steal: number } {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const ticks = fields.slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is inside user already)
    return { all: ticks.slice(0, 8).reduce((sum, value) => sum + value, 0), steal: ticks[7] ?? 0 };
  } catch {
    return { all: 0, steal: 0 };
  }
}

export interface Figures {
  requestsPerSecond: number;
  /** Portal CPU time per request: steadier than req/s on a machine shared with other work. */
  cpuPerRequest: number;
  p50: number;
  p99: number;
  other: number;
  /**
   * Per cent of the machine's CPU time the hypervisor gave to other guests during the run. On a
   * shared virtual machine this is what its slow spells are: every request then costs more
   * wall time and latency rises, whatever the portal does.
   */
  steal: number;
}

export async function measure(
  url: string,
  connections: number,
  pid: number | undefined,
  cookie?: string,
): Promise<Figures> {
  const cpuBefore = cpuMs(pid);
  const machineBefore = machineTicks();
  const result = await autocannon({
    url,
    connections,
    duration: SECONDS,
    headers: cookie ? { cookie } : {},
  });
  return {
    requestsPerSecond: result.requests.average,
    cpuPerRequest: (cpuMs(pid) - cpuBefore) / Math.max(1, result.requests.total),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Anything but a 200 (a redirect to /login, a 429) would make the figures meaningless.
    other: result.non2xx + result.errors,
    steal: stealSince(machineBefore),
  };
}

/** Seconds of load before a bench measures a page (BENCH_WARMUP_SECONDS, default 20). */
export const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 20);

/**
 * Loads `url` at 50 connections for WARMUP_SECONDS, in runs of SECONDS, before a bench measures
 * it, and says how the CPU a request moved from the first run to the last. A portal serves for
 * days; its first seconds under load are not what its members get: V8 compiles the hot paths
 * and settles its caches over the first 15-20 s here (CPU a request 2.6-4.1 ms in the first
 * 4 s of the thread page, 1.3-1.6 ms from the fifth run on).
 */
export async function warmUp(
  url: string,
  pid: number | undefined,
  cookie?: string,
): Promise<string> {
  const runs = Math.max(1, Math.round(WARMUP_SECONDS / SECONDS));
  const cpu: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    cpu.push((await measure(url, 50, pid, cookie)).cpuPerRequest);
  }
  return (
    `warm-up: ${runs} runs of ${SECONDS} s at c=50, CPU ` +
    `${cpu[0].toFixed(2)} ms/req in the first, ${cpu[cpu.length - 1].toFixed(2)} in the last\n`
  );
}

function stealSince(before: { all: number; steal: number }): number {
  const now = machineTicks();
  const all = now.all - before.all;
  return all > 0 ? (100 * (now.steal - before.steal)) / all : 0;
}

export async function mariadbScratch(name: string): Promise<DatabaseConfig | string> {
  const url =
    process.env.MARIADB_URL ??
    (process.env.DATABASE_URL?.startsWith('mysql') || process.env.DATABASE_URL?.startsWith('maria')
      ? process.env.DATABASE_URL
      : 'mysql://root@127.0.0.1:3306/test');
  const dir = mkdtempSync(join(tmpdir(), 'cttp-pages-config-'));
  try {
    const server = loadConfig({ DATA_DIR: dir, DATABASE_URL: url }).database;
    return await createScratchDatabase(server, name);
  } catch (error) {
    return `${url}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a command of the portal's command line (`dist/src/cli.js`) with `env`. */
export function runCli(args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<string> {
  return runNode(CLI, args, env, input);
}

/** A portal process on a free port, listening, and how to stop it. */
export interface Portal {
  base: string;
  child: ChildProcess;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/**
 * Starts `dist/src/main.js` on `databaseUrl` (empty: SQLite in `dataDir`) and waits for its
 * sign-in page. The request log goes to a pipe that is drained, as it would to a log collector.
 * It runs with `npm start`'s node options; BENCH_PORTAL_ARGS adds more (`--cpu-prof` to profile it).
 */
export async function startPortal(
  databaseUrl: string,
  dataDir: string,
  extraEnv: Record<string, string> = {},
): Promise<Portal> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    // Its own address: live sockets must come from this origin.
    PUBLIC_URL: base,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    THROTTLE_REQUESTS_PER_MINUTE: '1000000',
    ...extraEnv,
  };
  const nodeArgs = (process.env.BENCH_PORTAL_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...START_OPTIONS, ...nodeArgs, MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.resume();
  child.stderr.resume();
  const stop = async () => {
    child.kill();
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  };
  try {
    await waitForLogin(base, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, child, env, stop };
}

/**
 * Runs `work` on SQLite and on a scratch MariaDB database, as ENGINES asks; MariaDB is skipped
 * with a note when no server answers. `work` gets the engine's name, DATABASE_URL and a data
 * directory of its own.
 */
export async function forEachEngine(
  name: string,
  work: (engine: string, databaseUrl: string, dataDir: string) => Promise<void>,
): Promise<void> {
  if (ENGINES.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), `cttp-${name}-`));
    try {
      await work('sqlite', '', dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!ENGINES.includes('mariadb')) return;
  const scratch = await mariadbScratch(`bench_${name}`);
  if (typeof scratch === 'string') {
    process.stdout.write(`mariadb  skipped: no server (${scratch})\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), `cttp-${name}-`));
  try {
    await work('mariadb', scratch.url, dir);
  } finally {
    await dropScratchDatabase(scratch);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line of figures, in the same columns for every bench. */
export function figuresLine(
  label: string,
  name: string,
  connections: number,
  figures: Figures,
): string {
  return (
    `${label.padEnd(8)} ${name.padEnd(28)} c=${String(connections).padEnd(3)} ` +
    `${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
    `p50 ${String(figures.p50).padStart(4)} ms  p99 ${String(figures.p99).padStart(4)} ms  ` +
    `CPU ${figures.cpuPerRequest.toFixed(2)} ms/req  steal ${figures.steal.toFixed(0).padStart(2)} %` +
    (figures.other > 0 ? `  (${figures.other} not 200!)` : '') +
    '\n'
  );
}

/** Prints an error the way every bench does and sets a failing exit code. */
export function reportFailure(error: unknown): void {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
