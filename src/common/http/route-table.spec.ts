import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { RouteTable } from './route-table';

type Route = [method: string, path: string | RegExp, name: string];

// Routes of every kind, in an order where it matters: parameters and wildcards first, between
// and after words; the same word in different cases; a route that passes on to the next.
const ROUTES: Route[] = [
  ['get', '/', 'root'],
  ['get', '/:page', 'any-page'],
  ['get', '/iwg', 'iwg-list'],
  ['post', '/iwg', 'iwg-create'],
  ['get', '/iwg/new', 'iwg-new'],
  ['get', '/iwg/:iwgId', 'iwg'],
  ['all', '/iwg/:iwgId/threads/:threadId', 'thread-any-verb'],
  ['get', '/IWG/:iwgId/threads/:threadId/edit', 'thread-edit'],
  ['get', '/files/{*rest}', 'files'],
  ['get', '/report{.:ext}', 'report'],
  ['head', '/health', 'health-head'],
  ['get', '/health', 'health'],
  ['get', '/pass/:id', 'pass-on'],
  ['get', '/:section/:id', 'section-item'],
  ['get', /^\/legacy-(\d+)$/, 'legacy'],
  ['get', '/pass/:id', 'after-pass'],
  ['options', '/iwg/:iwgId', 'iwg-options'],
  ['get', '/late', 'late-word'],
  ['all', '/{*path}', 'not-found'],
];

const REQUESTS: [method: string, path: string][] = [
  ['get', '/'],
  ['get', '/?q=1'],
  ['get', '/iwg'],
  ['get', '/iwg/'],
  ['get', '/IWG'],
  ['get', '/Iwg/7'],
  ['post', '/iwg'],
  ['delete', '/iwg'],
  ['get', '/iwg/new'],
  ['get', '/iwg/12'],
  ['get', '/iwg/12/threads/3'],
  ['post', '/iwg/12/threads/3?page=2'],
  ['patch', '/iwg/12/threads/3/'],
  ['get', '/iwg/12/threads/3/edit'],
  ['get', '/iwg/12/threads/3/other'],
  ['get', '/files/a/b/c.pdf'],
  ['get', '/files'],
  ['get', '/report'],
  ['get', '/report.csv'],
  ['get', '/health'],
  ['head', '/health'],
  ['head', '/iwg/12'],
  ['options', '/iwg/12'],
  ['options', '/iwg'],
  ['get', '/pass/5'],
  ['get', '/legacy-42'],
  ['get', '/late'],
  ['get', '/something'],
  ['get', '/something/else'],
  ['get', '/something/else/deeper'],
  ['get', '/%69wg/1'],
  ['get', '//iwg'],
  ['get', '/caf%C3%A9/1'],
];

/** A handler that answers with its name and parameters (or passes on, for `pass-on`). */
function handler(name: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (name === 'pass-on') return next();
    res.set('x-route', name).send(`${name} ${JSON.stringify(req.params)}`);
  };
}

function plainApp(): Express {
  const app = express();
  for (const [method, path, name] of ROUTES) {
    (app as unknown as Record<string, (path: unknown, fn: unknown) => void>)[method](
      path,
      handler(name),
    );
  }
  return app;
}

function tableApp(): Express {
  const app = express();
  const table = new RouteTable({ caseSensitive: false, strict: false });
  app.use(table.dispatch);
  for (const [method, path, name] of ROUTES) table.add(method, path, [handler(name)]);
  return app;
}

describe('RouteTable', () => {
  const plain = plainApp();
  const table = tableApp();

  it.each(REQUESTS)('answers %s %s with the route Express would choose', async (method, path) => {
    const call = (app: Express) =>
      (request(app) as unknown as Record<string, (path: string) => request.Test>)[method](path);
    const [expected, actual] = await Promise.all([call(plain), call(table)]);
    expect(actual.status).toBe(expected.status);
    expect(actual.headers['x-route']).toBe(expected.headers['x-route']);
    expect(actual.headers.allow).toBe(expected.headers.allow);
    expect(actual.text).toBe(expected.text);
  });

  it('matches a request only against the routes of its first word and the open ones', () => {
    const routes = new RouteTable({ caseSensitive: false, strict: false });
    for (const [method, path, name] of ROUTES) routes.add(method, path, [handler(name)]);
    const paths = routes
      .routers()
      .map((router) =>
        (router as unknown as { stack: { route?: { path: unknown } }[] }).stack.map((layer) =>
          String(layer.route?.path),
        ),
      );
    const iwg = paths.find((list) => list.includes('/iwg/new'))!;
    expect(iwg).toEqual([
      '/:page',
      '/iwg',
      '/iwg',
      '/iwg/new',
      '/iwg/:iwgId',
      '/iwg/:iwgId/threads/:threadId',
      '/IWG/:iwgId/threads/:threadId/edit',
      // An optional suffix makes a first segment open too: it is not a plain word.
      '/report{.:ext}',
      '/:section/:id',
      String(/^\/legacy-(\d+)$/),
      '/iwg/:iwgId',
      '/{*path}',
    ]);
    // A word first seen after open routes starts with them, in their order.
    expect(paths.find((list) => list.includes('/late'))).toEqual([
      '/:page',
      '/report{.:ext}',
      '/:section/:id',
      String(/^\/legacy-(\d+)$/),
      '/late',
      '/{*path}',
    ]);
  });
});
