import { parseDatabaseUrl } from '../src/config/load-config';
import { createUser } from './support/factories';
import { agentFor, signIn } from './support/http';
import { TcpProxy } from './support/tcp-proxy';
import { engineUnderTest, startTestApp, type TestApp } from './support/test-app';

/**
 * The database goes away under a running portal: pages answer 503 with the error page, health
 * answers 503, and once the server is reachable again the same process recovers by itself.
 * It needs a server a proxy can stand in front of, so jest.config.js runs `*.mariadb.e2e-spec.ts`
 * only when DATABASE_URL names MariaDB/MySQL (on SQLite the database is a file in the process).
 */
describe('database outage (MariaDB)', () => {
  beforeAll(() => {
    if (engineUnderTest() !== 'mysql')
      throw new Error('this suite needs DATABASE_URL=mysql://… (MariaDB)');
  });

  let t: TestApp;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const server = parseDatabaseUrl(process.env.DATABASE_URL!);
    proxy = await TcpProxy.start({ targetHost: server.host!, targetPort: server.port! });
    t = await startTestApp({}, (database) => ({ ...database, url: proxy.urlFor(database.url) }));
  });

  afterAll(async () => {
    proxy.restore();
    await t.close();
    await proxy.close();
  });

  it('answers 503 while the database is cut off, then recovers without a restart', async () => {
    const user = await createUser(t.dataSource);
    const agent = agentFor(t.server);
    await signIn(agent, user);
    expect((await agent.get('/')).status).toBe(200);
    expect((await agent.get('/health')).status).toBe(200);

    proxy.cut();
    const health = await agent.get('/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ status: 'unavailable', database: { status: 'down' } });
    const page = await agent.get('/');
    expect(page.status).toBe(503);
    expect(page.text).toContain('Temporarily unavailable');
    expect(page.text).not.toMatch(/ECONN|at .*\.js|SELECT/);

    proxy.restore();
    let recovered = 0;
    for (let attempt = 0; attempt < 20 && recovered !== 200; attempt += 1) {
      recovered = (await agent.get('/health')).status;
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered).toBe(200);
    expect((await agent.get('/')).status).toBe(200);
  });
});
