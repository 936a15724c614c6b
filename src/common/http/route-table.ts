import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Router } from 'express';

/** Express's router, as a middleware that also takes routes. */
type ExpressRouter = ReturnType<typeof Router>;

/** What Express's route methods take after the path. */
type Handlers = RequestHandler[];

/** A route's path as Express takes it: a pattern string, or a RegExp or list of them. */
type RoutePath = unknown;

interface Registered {
  method: string;
  path: RoutePath;
  handlers: Handlers;
}

/** A segment that is a word (letters, digits, `-`, `_`, `.`, `~`): no parameter, wildcard or group. */
const PLAIN_SEGMENT = /^[\w.~-]*$/;

/**
 * The app's routes grouped by the first segment of their path, so that a request is matched only
 * against the routes that can take it. Express tries every route in turn, each with its own
 * regular expression, until one matches: the forum's thread page, registered late among some
 * 400 routes, paid about 5 % of its CPU for that walk.
 *
 * Express's order is kept exactly. A route whose path begins with a plain word (`/iwg/:iwgId`)
 * can only match paths whose first segment is that word, so it goes into that word's router; a
 * route that begins with a parameter or a wildcard (`/:page`, `/{*path}`) can match any path, so
 * it goes into every router, existing and later ones, in its place in the order, and into the
 * router for paths whose first word has no router. Each router therefore holds, in registration
 * order, exactly the routes Express could have matched for its paths. Words are compared as
 * Express compares paths (case-insensitive unless `caseSensitive`, on the raw, undecoded path).
 */
export class RouteTable {
  private readonly byWord = new Map<string, ExpressRouter>();
  private readonly anyWord: ExpressRouter;
  /** Routes that begin with a parameter or wildcard, in order: the start of every new router. */
  private readonly open: Registered[] = [];

  constructor(private readonly options: { caseSensitive: boolean; strict: boolean }) {
    this.anyWord = Router(options);
  }

  /** Adds a route as `router[method](path, ...handlers)` would. */
  add(method: string, path: RoutePath, handlers: Handlers): void {
    const route = { method, path, handlers };
    const word = this.firstWord(path);
    if (word === undefined) {
      this.open.push(route);
      for (const router of [...this.byWord.values(), this.anyWord]) this.register(router, route);
      return;
    }
    let router = this.byWord.get(word);
    if (!router) {
      router = Router(this.options);
      for (const earlier of this.open) this.register(router, earlier);
      this.byWord.set(word, router);
    }
    this.register(router, route);
  }

  /** The middleware that hands a request to its first word's router. */
  readonly dispatch = (request: Request, response: Response, next: NextFunction): void => {
    const path = request.path;
    const end = path.indexOf('/', 1);
    const raw = end === -1 ? path.slice(1) : path.slice(1, end);
    const word = this.options.caseSensitive ? raw : raw.toLowerCase();
    (this.byWord.get(word) ?? this.anyWord)(request, response, next);
  };

  /** Every router's routes, for listing (each route once). */
  routers(): ExpressRouter[] {
    return [...this.byWord.values(), this.anyWord];
  }

  /** The plain first word of a route's path, or undefined when the path can begin otherwise. */
  private firstWord(path: RoutePath): string | undefined {
    if (typeof path !== 'string' || !path.startsWith('/')) return undefined;
    const end = path.indexOf('/', 1);
    const word = end === -1 ? path.slice(1) : path.slice(1, end);
    // A bare "/" matches only the root; a word must be followed by "/" or end the path, or a
    // suffix such as `{.:ext}` could widen it.
    if (!PLAIN_SEGMENT.test(word)) return undefined;
    return this.options.caseSensitive ? word : word.toLowerCase();
  }

  private register(router: ExpressRouter, { method, path, handlers }: Registered): void {
    (router as unknown as Record<string, (path: RoutePath, ...handlers: Handlers) => void>)[method](
      path,
      ...handlers,
    );
  }
}
