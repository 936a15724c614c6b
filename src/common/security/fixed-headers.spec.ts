import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { fixedHeaders } from './fixed-headers';

/** A response that records its headers. */
function recorder() {
  const headers: Record<string, unknown> = {};
  const response = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
    getHeader: (name: string) => headers[name.toLowerCase()],
  } as unknown as Response;
  return { headers, response };
}

describe('fixedHeaders', () => {
  it('sets what helmet would set, on every response, and passes the request on', () => {
    const options = {
      contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"] } },
    };
    const direct = recorder();
    helmet(options)({} as Request, direct.response, () => undefined);
    const fixed = fixedHeaders(helmet(options));
    for (let i = 0; i < 2; i += 1) {
      const each = recorder();
      let passed = false;
      fixed({} as Request, each.response, () => (passed = true));
      expect(passed).toBe(true);
      expect(each.headers).toEqual(direct.headers);
    }
    expect(direct.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses at start a middleware whose headers depend on the request', () => {
    const byRequest = (request: Request, response: Response, next: NextFunction) => {
      response.setHeader('x-path', request.path);
      next();
    };
    expect(() => fixedHeaders(byRequest)).toThrow('read request.path');
  });

  it('refuses at start a middleware that answers later', () => {
    const later = (_request: Request, _response: Response, next: NextFunction) => {
      setImmediate(next);
    };
    expect(() => fixedHeaders(later)).toThrow('did not pass the request on at once');
  });
});
