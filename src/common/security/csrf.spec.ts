import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import cookieParser from 'cookie-parser';
import express, { type Request, type Response } from 'express';
import type { AppConfig } from '../../config/app-config';
import { createCsrf, csrfTokenLocals } from './csrf';

describe('csrfTokenLocals', () => {
  const config = { secureCookies: false, sessionSecret: 'x'.repeat(32) } as AppConfig;
  let server: Server;
  let base: string;
  const descriptors: (PropertyDescriptor | undefined)[] = [];

  beforeAll(async () => {
    const app = express();
    app.use(cookieParser());
    app.use(csrfTokenLocals(createCsrf(config), config));
    // What a template does: print the value, which makes it a string.
    app.get('/page', (_request: Request, response: Response) => {
      descriptors.push(Object.getOwnPropertyDescriptor(response.locals, 'csrfToken'));
      response.send(`token=${String(response.locals.csrfToken)}`);
    });
    app.get('/json', (_request: Request, response: Response) => {
      response.json({ ok: true });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('makes a token, with its cookies, only for a response that prints it', async () => {
    const json = await fetch(`${base}/json`);
    expect(json.headers.getSetCookie()).toEqual([]);

    const page = await fetch(`${base}/page`);
    const token = /^token=(.+)$/.exec(await page.text())?.[1];
    expect(token).toMatch(/\S{20,}/);
    const names = page.headers.getSetCookie().map((line) => line.split('=')[0]);
    expect(names.sort()).toEqual(['cttp.csrf', 'cttp.visitor']);
  });

  it('reuses the token cookie it made for the same visitor, without a new Set-Cookie', async () => {
    const first = await fetch(`${base}/page`);
    const token = /^token=(.+)$/.exec(await first.text())?.[1];
    const cookie = first.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');

    const second = await fetch(`${base}/page`, { headers: { cookie } });

    expect(await second.text()).toBe(`token=${token}`);
    expect(second.headers.getSetCookie()).toEqual([]);
  });

  it('puts a plain value in the locals, not a getter (a getter kept every request alive)', () => {
    expect(descriptors.length).toBeGreaterThan(0);
    for (const descriptor of descriptors) {
      expect(descriptor?.get).toBeUndefined();
      expect(descriptor?.value).toBeDefined();
    }
  });
});
