import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../src/config/load-config';
import { startServer } from '../src/main';
import { createUser } from './support/factories';
import { DataSource } from 'typeorm';

/** A port nothing listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('starting the server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cttp-start-'));
  let app: NestExpressApplication | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Starts the server as `npm start` does, and returns what it printed on standard output. */
  async function start(): Promise<string> {
    const port = await freePort();
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${join(dataDir, 'portal.sqlite')}`,
      PORT: String(port),
      LOG_LEVEL: 'silent',
    });
    let printed = '';
    app = await startServer(config, {
      write: (text: string) => {
        printed += text;
      },
    });
    return printed;
  }

  it('prints the set-up link framed, after the server listens, and nothing once there is an admin', async () => {
    const first = await start();
    expect(first).toMatch(/┌─ First administrator ─+┐/);
    expect(first).toMatch(/│ http:\/\/localhost:\d+\/setup\/[\w-]{20,} +│/);
    await createUser(app!.get(DataSource), { role: 'admin' });
    await app!.close();
    app = undefined;

    expect(await start()).toBe('');
  });
});
