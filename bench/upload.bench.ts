import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { START_OPTIONS } from './support/portal';

/**
 * A 50 MB upload through the library's real form on the built portal (`dist/src/main.js`, one
 * process, SQLite): an official signs in, reads the form's CSRF token, and streams a 50 MiB CSV
 * as `multipart/form-data`. Prints the time and the portal's resident memory (VmRSS, read from
 * /proc every 10 ms) before and during the upload: it streams to disk, so the growth should stay
 * far below the file's size (target: under 20 MB). BENCH_UPLOAD_MB changes the size.
 */
const MEGABYTES = Number(process.env.BENCH_UPLOAD_MB ?? 50);
const PASSWORD = 'violet-harbour-quantum-47-lantern';
const EMAIL = 'bench-uploader@example.org';
const DIST = join(__dirname, '..', 'src');

async function portPair(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resident memory of a process, in kB (Linux /proc). */
function rssKb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return line ? Number(line[1]) : 0;
}

/** A cookie jar and form posts, as a browser would send them. */
class Session {
  private readonly jar = new Map<string, string>();
  constructor(private readonly base: string) {}

  cookie(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async fetch(path: string, body?: URLSearchParams): Promise<Response> {
    const answer = await fetch(this.base + path, {
      method: body ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: this.cookie() },
      body,
    });
    for (const set of answer.headers.getSetCookie()) {
      const [pair] = set.split(';');
      this.jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return answer;
  }

  async token(path: string): Promise<string> {
    const page = await (await this.fetch(path)).text();
    const found = /name="_csrf" value="([^"]+)"/.exec(page);
    if (!found) throw new Error(`no form on ${path}`);
    return found[1];
  }

  async post(path: string, fields: Record<string, string>): Promise<Response> {
    const token = await this.token(path === '/terms' ? '/terms' : '/login');
    return this.fetch(path, new URLSearchParams({ _csrf: token, ...fields }));
  }
}

/** Streams the form: the token and fields first, then the file, generated on the fly. */
function upload(
  base: string,
  session: Session,
  token: string,
  stateId: string,
  bytes: number,
): Promise<{ status: number; location: string | undefined }> {
  const boundary = `----bench${Date.now()}`;
  const fields: Record<string, string> = {
    _csrf: token,
    kind: 'file',
    title: 'Bench upload',
    pillars: 'piu',
    language: 'en',
    visibility: `state:${stateId}`,
  };
  const head =
    Object.entries(fields)
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  const row = Buffer.from('2026-12-01,KEN,PNR,passenger record,123456789\n');
  return new Promise((resolve, reject) => {
    const target = new URL('/library', base);
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          cookie: session.cookie(),
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': Buffer.byteLength(head) + bytes + Buffer.byteLength(tail),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, location: response.headers.location }),
        );
      },
    );
    request.on('error', reject);
    request.write(head);
    let left = bytes;
    const pump = (): void => {
      while (left > 0) {
        const chunk = left >= row.length ? row : row.subarray(0, left);
        left -= chunk.length;
        if (!request.write(chunk)) {
          request.once('drain', pump);
          return;
        }
      }
      request.end(tail);
    };
    pump();
  });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cttp-upload-'));
  const port = await portPair();
  const base = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
    UPLOAD_MAX_MB: String(MEGABYTES + 14),
    THROTTLE_REQUESTS_PER_MINUTE: '100000',
  };
  const portal = spawn(process.execPath, [...START_OPTIONS, join(DIST, 'main.js')], {
    env,
    stdio: 'ignore',
  });
  try {
    for (let waited = 0; ; waited += 100) {
      if (waited > 60_000) throw new Error('the portal did not start within 60 s');
      try {
        if ((await fetch(`${base}/login`)).ok) break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const created = spawnSync(
      process.execPath,
      [
        join(DIST, 'cli.js'),
        'users:create',
        '--email',
        EMAIL,
        '--name',
        'Bench Uploader',
        '--role',
        'official',
        '--state',
        'KEN',
      ],
      { env, input: PASSWORD, encoding: 'utf8' },
    );
    if (created.status !== 0) throw new Error(`users:create: ${created.stderr}`);
    const session = new Session(base);
    const signIn = await session.post('/login', { email: EMAIL, password: PASSWORD });
    if (signIn.status !== 303) throw new Error(`sign-in answered ${signIn.status}`);
    if ((await session.fetch('/')).headers.get('location') === '/terms')
      await session.post('/terms', { accept: 'on' });
    const form = await (await session.fetch('/library/new')).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(form)?.[1];
    const state = /<option value="state:(\d+)"/.exec(form)?.[1];
    if (!token || !state) throw new Error('no upload form for the official');

    const bytes = MEGABYTES * 1024 * 1024;
    const before = rssKb(portal.pid!);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssKb(portal.pid!))), 10);
    const started = performance.now();
    const answer = await upload(base, session, token, state, bytes);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, rssKb(portal.pid!));
    if (answer.status !== 303 || !/^\/library\/\d+$/.test(answer.location ?? ''))
      throw new Error(`upload answered ${answer.status} → ${answer.location}`);
    const stored = readdirSync(join(dataDir, 'files'), {
      recursive: true,
      withFileTypes: true,
    }).filter((entry) => entry.isFile()).length;
    process.stdout.write(
      `upload of ${MEGABYTES} MiB through the form: ${seconds.toFixed(2)} s ` +
        `(${(MEGABYTES / seconds).toFixed(0)} MiB/s), portal RSS ${(before / 1024).toFixed(1)} MB before, ` +
        `${(peak / 1024).toFixed(1)} MB at most during it: growth ${((peak - before) / 1024).toFixed(1)} MB ` +
        `(target under 20 MB); ${stored} file stored\n`,
    );
  } finally {
    portal.kill();
    if (portal.exitCode === null) await new Promise((resolve) => portal.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
