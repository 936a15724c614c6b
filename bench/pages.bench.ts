import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { TotpAuthenticator } from '../src/auth/two-factor/totp-authenticator';
import { dropScratchDatabase } from '../src/database/scratch-database';
import { scratchMariadb } from './scratch-mariadb';

/**
 * Page throughput of the built portal (`node dist/src/main.js`, one process, default log
 * level): an official's home page, an admin's list of States, and the anonymous sign-in page,
 * with autocannon at 10 and 50 connections, on SQLite and on MariaDB (a scratch database on
 * MARIADB_URL, else DATABASE_URL, else the local server; skipped with a note when none answers).
 * BENCH_SECONDS sets the length of each run; BENCH_ENGINES=sqlite (or mariadb) runs only one
 * engine, BENCH_PAGES=/ only that page.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,mariadb').split(',');
const PASSWORD = 'violet-harbour-quantum-47-lantern';
const ADMIN_EMAIL = 'bench-admin@example.org';
const OFFICIAL_EMAIL = 'bench-official@example.org';
const MAIN = join(__dirname, '..', 'src', 'main.js');
const CLI = join(__dirname, '..', 'src', 'cli.js');

function freePort(): Promise<number> {
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
class Client {
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
async function signIn(client: Client, email: string): Promise<void> {
  const login = await client.submit('/login', '/login', { email, password: PASSWORD });
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
      if (/name="passwordOrCode"/.test(page)) fields.passwordOrCode = PASSWORD;
      await client.submit('/account/two-factor', '/account/two-factor', fields);
    } else {
      throw new Error(`home page of ${email} answered ${home.status} → ${location}`);
    }
  }
  throw new Error(`${email} never reached the home page`);
}

function run(
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

async function waitForLogin(base: string, child: ChildProcess): Promise<void> {
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
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

interface Figures {
  requestsPerSecond: number;
  /** Portal CPU time per request: steadier than req/s on a machine shared with other work. */
  cpuPerRequest: number;
  p50: number;
  p99: number;
  other: number;
}

async function measure(
  url: string,
  connections: number,
  pid: number | undefined,
  cookie?: string,
): Promise<Figures> {
  const cpuBefore = cpuMs(pid);
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
  };
}

async function benchEngine(label: string, databaseUrl: string, dataDir: string): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    THROTTLE_REQUESTS_PER_MINUTE: '1000000',
    ADMIN_EMAIL,
    ADMIN_PASSWORD: PASSWORD,
  };
  // The request log goes to a pipe that is drained, as it would to a log collector.
  // BENCH_PORTAL_ARGS passes node options to the portal only (`--cpu-prof` to profile it).
  const nodeArgs = (process.env.BENCH_PORTAL_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, MAIN], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.resume();
  child.stderr.resume();
  try {
    await waitForLogin(base, child);
    await run(
      CLI,
      [
        'users:create',
        '--email',
        OFFICIAL_EMAIL,
        '--name',
        'Bench Official',
        '--role',
        'official',
        '--state',
        'KEN',
      ],
      env,
      PASSWORD,
    );
    const official = new Client(base);
    await signIn(official, OFFICIAL_EMAIL);
    const admin = new Client(base);
    await signIn(admin, ADMIN_EMAIL);
    const pages: [string, string, string | undefined, number[]][] = [
      ['official, home page /', '/', official.cookieHeader, [10, 50]],
      ['admin, list /states', '/states', admin.cookieHeader, [10, 50]],
      ['anonymous /login', '/login', undefined, [10]],
    ];
    // BENCH_PAGES=/ (a comma-separated list of paths) measures only those.
    const only = process.env.BENCH_PAGES?.split(',');
    for (const [name, path, cookie, levels] of pages) {
      if (only && !only.includes(path)) continue;
      // One short warm-up so the first figures are not the JIT's.
      await measure(base + path, 10, child.pid, cookie).catch(() => undefined);
      for (const connections of levels) {
        const figures = await measure(base + path, connections, child.pid, cookie);
        process.stdout.write(
          `${label.padEnd(8)} ${name.padEnd(24)} c=${String(connections).padEnd(3)} ` +
            `${figures.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
            `p50 ${String(figures.p50).padStart(4)} ms  p99 ${String(figures.p99).padStart(4)} ms  ` +
            `CPU ${figures.cpuPerRequest.toFixed(2)} ms/req` +
            (figures.other > 0 ? `  (${figures.other} not 200!)` : '') +
            '\n',
        );
      }
    }
  } finally {
    child.kill();
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function main(): Promise<void> {
  process.stdout.write(`autocannon, ${SECONDS} s a run, one portal process\n`);
  if (ENGINES.includes('sqlite')) {
    const sqliteDir = mkdtempSync(join(tmpdir(), 'cttp-pages-'));
    try {
      await benchEngine('sqlite', '', sqliteDir);
    } finally {
      rmSync(sqliteDir, { recursive: true, force: true });
    }
  }
  if (!ENGINES.includes('mariadb')) return;
  const scratch = await scratchMariadb('bench_pages');
  if (typeof scratch === 'string') {
    process.stdout.write(`mariadb  skipped: no server (${scratch})\n`);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'cttp-pages-'));
  try {
    await benchEngine('mariadb', scratch.url, dataDir);
  } finally {
    await dropScratchDatabase(scratch);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
