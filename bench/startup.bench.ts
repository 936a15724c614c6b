import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { START_OPTIONS } from './support/portal';

/**
 * Start-up of the built portal: time from `node dist/src/main.js` to the first 200 on /login,
 * on an empty SQLite database (migrations, 193 States seeded, set-up link) and on the same
 * database again (a restart).
 */
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

async function timeToLogin(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...START_OPTIONS, join(__dirname, '..', 'src', 'main.js')],
    {
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        DATABASE_URL: '',
      },
      stdio: 'ignore',
    },
  );
  try {
    for (;;) {
      if (performance.now() - started > 60_000) throw new Error('no 200 on /login within 60 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/login`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill();
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cttp-startup-'));
  try {
    const first = await timeToLogin(dataDir);
    const again = await timeToLogin(dataDir);
    process.stdout.write(
      `first start, empty database → first 200 on /login: ${first.toFixed(0)} ms\n`,
    );
    process.stdout.write(
      `restart on the same database → first 200 on /login: ${again.toFixed(0)} ms\n`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
