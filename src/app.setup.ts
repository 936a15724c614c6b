import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import hbs from 'hbs';
import { sessionMiddleware as sessions } from './auth/sessions/session-middleware';
import { TypeormSessionStore } from './auth/sessions/typeorm-session.store';
import { isDatabaseUnavailable } from './common/errors/database-unavailable';
import { translate } from './common/i18n/translator';
import { JSON_BODY_LIMIT, parsedUnlessRaw, rejectDeepBodies } from './common/security/body-limits';
import { csrfTokenLocals } from './common/security/csrf';
import { fixedHeaders } from './common/security/fixed-headers';
import { CSRF } from './common/security/csrf.guard';
import type { DoubleCsrfUtilities } from 'csrf-csrf';
import { compileWithPortalOptions, registerViewHelpers } from './common/views/view-helpers';
import { useLeanCompiler } from './common/views/lean-compiler';
import { fragmentModeFor, registerFragmentHelper } from './common/views/fragments';
import type { AppConfig } from './config/app-config';
import { correlationIdOf } from './common/logging/correlation-id';
import { AppLogger } from './common/logging/app-logger';
import { requestLog } from './common/logging/request-log';
import { LiveGateway } from './live/live.gateway';
import { localeLocals } from './common/views/locale-locals';
import { PageAdditions } from './common/views/page-additions';
import { pageShell } from './common/views/page-shell';

/** The project folder (views/, public/): found upwards, so it is the same from src/ under Jest and from dist/src/. */
function projectRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'views'))) return dir;
  }
  throw new Error(`cannot find the project folder above ${start}`);
}

export const ROOT_DIR = projectRoot(__dirname);

/**
 * Registers views/partials/*.hbs synchronously under their file names (hbs's own loader is
 * asynchronous, so the first request could come before it finishes, and it renames `a-b` to `a_b`).
 */
function registerPartials(folder: string): void {
  for (const file of readdirSync(folder)) {
    if (file.endsWith('.hbs'))
      hbs.registerPartial(file.slice(0, -4), readFileSync(join(folder, file), 'utf8'));
  }
}
export const SESSION_COOKIE = 'cttp.sid';

/**
 * Express-level set-up shared by main.ts and the e2e tests: security headers, views, static
 * assets, the database session store. Everything else lives in Nest modules.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): TypeormSessionStore {
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  // First, so every later step (the 503 page of the session step too) has the correlation id.
  app.use(requestLog(app.get(AppLogger).requests));
  app.use(
    fixedHeaders(
      helmet({
        contentSecurityPolicy: {
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'"],
            imgSrc: ["'self'", 'data:'],
            // Helmet's default allows fonts from any https: origin; ours come from the app.
            fontSrc: ["'self'"],
            connectSrc: ["'self'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            upgradeInsecureRequests: config.secureCookies ? [] : null,
          },
        },
        strictTransportSecurity: config.secureCookies,
      }),
    ),
  );
  app.useStaticAssets(join(ROOT_DIR, 'public'), { prefix: '/assets/', maxAge: '1h' });
  // Browsers ask for /favicon.ico whatever the page links to; answered before any session work.
  const favicon = readFileSync(join(ROOT_DIR, 'public', 'favicon.ico'));
  app.use('/favicon.ico', (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    response.type('image/x-icon').setHeader('Cache-Control', 'public, max-age=86400');
    response.end(request.method === 'HEAD' ? undefined : favicon);
  });
  // No ETag on pages: Express would hash every rendered page (SHA-1 of 40 KB for a thread) to
  // answer a revalidation that never matches, since each page carries its own CSRF token and
  // live counts. Static assets keep theirs (serve-static sets its own).
  app.set('etag', false);
  app.setBaseViewsDir(join(ROOT_DIR, 'views'));
  app.setViewEngine('hbs');
  app.set('view options', { layout: 'layouts/main' });
  // Express caches compiled templates only when NODE_ENV=production; otherwise every page
  // would read and compile its template and layout again. Only development wants that.
  app.set('view cache', process.env.NODE_ENV !== 'development');
  registerPartials(join(ROOT_DIR, 'views', 'partials'));
  registerViewHelpers(hbs);
  registerFragmentHelper(hbs.handlebars, fragmentModeFor(process.env.NODE_ENV));
  compileWithPortalOptions(hbs.handlebars);
  useLeanCompiler(hbs.handlebars);
  app.use(cookieParser());
  // JSON is parsed here, before anything else reads it, so its depth is checked before
  // validation walks it (the urlencoded parser's nesting qs already bounds). Both are set here,
  // so Nest adds none of its own, and both leave the routes that read their raw body alone.
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, type: parsedUnlessRaw('application/json') });
  app.useBodyParser('urlencoded', {
    extended: true,
    type: parsedUnlessRaw('application/x-www-form-urlencoded'),
  });
  app.use(rejectDeepBodies());

  const store = app.get(TypeormSessionStore);
  // A browser-session cookie (no Max-Age), set when the session starts or gets a new id: the
  // idle timeout is the row's `expires_at`, which the store moves on (at most once a minute),
  // so no response re-signs and re-sends the cookie and a closed browser forgets it.
  const sessionMiddleware = sessions(store, {
    name: config.secureCookies ? '__Host-cttp.sid' : SESSION_COOKIE,
    secret: config.sessionSecret,
    secure: config.secureCookies,
  });
  // Sockets read the same sessions through the very same middleware (cookie name, secret, store).
  app.get(LiveGateway).useSessionMiddleware(sessionMiddleware);
  // The store reads the database on every request: when it is down, answer 503 with the
  // error page instead of letting Express print its default error.
  app.use((request: Request, response: Response, next: NextFunction) => {
    // The health probe must answer about the database, not fail on reading a session.
    if (request.path === '/health') return next();
    sessionMiddleware(request, response, (error?: unknown) => {
      if (!error) return next();
      if (!isDatabaseUnavailable(error)) return next(error);
      response.status(503).setHeader('Retry-After', '30');
      const { locale } = Object.assign(response.locals, localeLocals(request));
      if (request.path.startsWith('/api/')) {
        response.json({
          statusCode: 503,
          error: translate(locale, 'errors.unavailable'),
          correlationId: correlationIdOf(request),
        });
        return;
      }
      response.render('errors/error', {
        layout: 'layouts/bare',
        status: 503,
        title: translate(locale, 'errors.unavailable'),
        message: translate(locale, 'errors.unavailableText'),
        correlationId: correlationIdOf(request),
      });
    });
  });
  app.use(csrfTokenLocals(app.get<DoubleCsrfUtilities>(CSRF), config));
  app.use(pageShell(app.get(PageAdditions)));
  app.enableShutdownHooks();
  return store;
}
