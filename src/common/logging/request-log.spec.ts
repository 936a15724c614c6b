import { once } from 'node:events';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { correlationIdOf } from './correlation-id';
import { loggedPath, requestLog, requestLogFields } from './request-log';

describe('the request log line', () => {
  it('drops the query string and hides one-time tokens in the path', () => {
    expect(loggedPath('/admin/users?q=fatou&page=2')).toBe('/admin/users');
    expect(loggedPath('/setup/9w6tHXUpTfcZk6i_vGBKy3CA9AJThThmGP4xIVuyWsk')).toBe('/setup/[token]');
    expect(loggedPath('/invitations/accept/LT36kNFj6KQFGj1uyLjcufN040N8SzCm?x=1')).toBe(
      '/invitations/accept/[token]',
    );
    expect(loggedPath('/states/KEN')).toBe('/states/KEN');
    expect(loggedPath(undefined)).toBe('');
  });

  it('holds method, path, status, rounded time and the user id, and nothing else', () => {
    const request = new IncomingMessage(new Socket()) as IncomingMessage & {
      originalUrl?: string;
      user?: AuthenticatedUser;
    };
    request.method = 'GET';
    request.url = '/states?region=Africa';
    request.headers.cookie = 'cttp.sid=secret';
    const response = new ServerResponse(request);
    response.statusCode = 200;
    expect(requestLogFields(request, response, 3.6)).toEqual({
      method: 'GET',
      path: '/states',
      status: 200,
      ms: 4,
    });
    request.user = { id: 42 } as AuthenticatedUser;
    expect(requestLogFields(request, response, 0.2)).toEqual({
      method: 'GET',
      path: '/states',
      status: 200,
      ms: 0,
      userId: 42,
    });
  });
});

describe('the request log middleware', () => {
  function logged(): { log: pino.Logger; lines: Record<string, unknown>[] } {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    return { log: pino({ level: 'info' }, sink), lines };
  }

  async function serve(
    log: pino.Logger,
    handler: (request: express.Request, response: express.Response) => void,
    path: string,
    headers: Record<string, string> = {},
  ): Promise<void> {
    const app = express();
    app.use(requestLog(log));
    app.use(handler);
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
      await response.text();
      // The line is written when the response closes, just after the client has it.
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      server.close();
    }
  }

  it('writes one line per request with its correlation id, and the id is the request’s', async () => {
    const { log, lines } = logged();
    let seen = '';
    await serve(
      log,
      (request, response) => {
        seen = correlationIdOf(request);
        response.send('ok');
      },
      '/states?q=secret',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'GET',
      path: '/states',
      status: 200,
    });
    expect(lines[0].reqId).toBe(seen);
    expect(seen).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a proxy's well-formed X-Request-Id and replaces a malformed one", async () => {
    const { log, lines } = logged();
    const ok = (_request: express.Request, response: express.Response) => void response.send('ok');
    await serve(log, ok, '/', { 'x-request-id': 'edge-4f1c2a9b' });
    await serve(log, ok, '/', { 'x-request-id': 'bad id with spaces' });
    expect(lines[0].reqId).toBe('edge-4f1c2a9b');
    expect(lines[1].reqId).not.toBe('bad id with spaces');
  });

  it('logs a 5xx at error level, and nothing for the health probe and assets', async () => {
    const { log, lines } = logged();
    await serve(log, (_request, response) => void response.status(503).send('down'), '/states');
    await serve(log, (_request, response) => void response.send('ok'), '/health');
    await serve(log, (_request, response) => void response.send('ok'), '/assets/app.css');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'request failed', status: 503 });
  });
});
