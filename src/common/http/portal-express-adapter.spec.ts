import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express, Request, Response } from 'express';
import { PortalExpressAdapter } from './portal-express-adapter';

describe('PortalExpressAdapter', () => {
  let server: Server | undefined;

  afterEach(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  async function serve(adapter: PortalExpressAdapter): Promise<string> {
    server = adapter.getHttpServer();
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("builds requests and responses with Express's prototypes, before Express sees them", async () => {
    const adapter = new PortalExpressAdapter();
    adapter.initHttpServer({});
    const app = adapter.getInstance<Express>();
    const seen: [unknown, unknown][] = [];
    // Runs before Express's own listener: what Node built, not what Express made of it.
    adapter
      .getHttpServer()
      .prependListener('request', (request: IncomingMessage, response: ServerResponse) =>
        seen.push([Object.getPrototypeOf(request), Object.getPrototypeOf(response)]),
      );
    app.get('/hello', (request: Request, response: Response) => {
      response.send(`${request.app === app} ${request.get('x-probe')}`);
    });
    const base = await serve(adapter);

    const answer = await fetch(`${base}/hello`, { headers: { 'x-probe': 'yes' } });

    expect(await answer.text()).toBe('true yes');
    expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(seen).toEqual([[app.request, app.response]]);
  });

  it("keeps Nest's own server for the options the portal does not use", async () => {
    const adapter = new PortalExpressAdapter();
    adapter.initHttpServer({ forceCloseConnections: true });
    const app = adapter.getInstance<Express>();
    const seen: unknown[] = [];
    adapter
      .getHttpServer()
      .prependListener('request', (request: IncomingMessage) =>
        seen.push(Object.getPrototypeOf(request)),
      );
    app.get('/hello', (_request: Request, response: Response) => response.send('hi'));
    const base = await serve(adapter);

    expect(await (await fetch(`${base}/hello`)).text()).toBe('hi');
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(app.request);
  });
});
