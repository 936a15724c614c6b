import type { NextFunction, Request, Response } from 'express';

type HeaderMiddleware = (request: Request, response: Response, next: NextFunction) => void;

/**
 * The headers a middleware sets whatever the request (helmet's, with our fixed directives),
 * worked out once at start and then set on every response in one step, instead of through
 * helmet's dozen nested middlewares per request. A middleware that reads the request or
 * answers later is refused here, at start.
 */
export function fixedHeaders(middleware: HeaderMiddleware): HeaderMiddleware {
  const headers = new Map<string, string | number | readonly string[]>();
  const probe = {
    setHeader: (name: string, value: string | number | readonly string[]) =>
      headers.set(name, value),
    removeHeader: (name: string) => headers.delete(name),
    getHeader: (name: string) => headers.get(name),
  };
  let done = false;
  const noRequest = new Proxy({} as Request, {
    get: (_target, property) => {
      throw new Error(`fixedHeaders: the middleware read request.${String(property)}`);
    },
  });
  middleware(noRequest, probe as unknown as Response, () => (done = true));
  if (!done) throw new Error('fixedHeaders: the middleware did not pass the request on at once');
  const list = [...headers];
  return (_request, response, next) => {
    for (const [name, value] of list) response.setHeader(name, value);
    next();
  };
}
