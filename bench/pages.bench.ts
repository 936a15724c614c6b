import {
  Client,
  PASSWORD,
  SECONDS,
  WARMUP_SECONDS,
  figuresLine,
  forEachEngine,
  measure,
  reportFailure,
  runCli,
  signIn,
  startPortal,
  warmUp,
} from './support/portal';
import { DEMO_OFFICIAL, passwordOf } from './support/demo-forum';

/**
 * Page throughput of the built portal (`node dist/src/main.js`, one process, default log
 * level): an official's home page, an admin's list of States, and the anonymous sign-in page,
 * then, with the demo's content loaded (`seed:demo`), the home page of the demo's Kenyan
 * official, whose blocks have IWGs, threads, meetings and notifications to show; with
 * autocannon at 10 and 50 connections, on SQLite and on MariaDB (a scratch database on
 * MARIADB_URL, else DATABASE_URL, else the local server; skipped with a note when none answers).
 * BENCH_SECONDS sets the length of each run, BENCH_WARMUP_SECONDS the load before each page is
 * measured; BENCH_ENGINES=sqlite (or mariadb) runs only one engine, BENCH_PAGES=/ only that page.
 */
const ADMIN_EMAIL = 'bench-admin@example.org';
const OFFICIAL_EMAIL = 'bench-official@example.org';

async function benchEngine(label: string, databaseUrl: string, dataDir: string): Promise<void> {
  const portal = await startPortal(databaseUrl, dataDir, {
    ADMIN_EMAIL,
    ADMIN_PASSWORD: PASSWORD,
  });
  const { base, child, env } = portal;
  try {
    await runCli(
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
    const chosen = pages.filter(([, path]) => !only || only.includes(path));
    for (const [name, path, cookie, levels] of chosen) {
      await measurePage(label, name, base + path, child.pid, cookie, levels);
    }
    if (!only || only.includes('/')) {
      const output = await runCli(['seed:demo'], env);
      const member = new Client(base);
      await signIn(member, DEMO_OFFICIAL, passwordOf(output, DEMO_OFFICIAL));
      const name = 'demo official, home page /';
      await measurePage(label, name, `${base}/`, child.pid, member.cookieHeader, [10, 50]);
    }
  } finally {
    await portal.stop();
  }
}

async function measurePage(
  label: string,
  name: string,
  url: string,
  pid: number | undefined,
  cookie: string | undefined,
  levels: number[],
): Promise<void> {
  process.stdout.write(`${label.padEnd(8)} ${name}: ${await warmUp(url, pid, cookie)}`);
  for (const connections of levels) {
    const figures = await measure(url, connections, pid, cookie);
    process.stdout.write(figuresLine(label, name, connections, figures));
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `autocannon, ${SECONDS} s a run after ${WARMUP_SECONDS} s of warm-up, one portal process\n`,
  );
  await forEachEngine('pages', benchEngine);
}

main().catch(reportFailure);
