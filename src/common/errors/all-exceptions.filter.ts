import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { catalogueFor, DEFAULT_LOCALE, translate } from '../i18n/translator';
import { FormError } from '../forms/form-error';
import { isDatabaseUnavailable } from './database-unavailable';
import { PageException } from './page-exception';
import { correlationIdOf } from '../logging/correlation-id';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { SignedInUserLookup } from '../auth/signed-in-user-lookup';
import { shellLocals } from '../views/page-shell';
import { localeLocals } from '../views/locale-locals';

interface ErrorView {
  status: number;
  title: string;
  message: string;
}

/** Nest's own texts, which say nothing useful to a person: replaced by ours. */
const DEFAULT_MESSAGES = new Set([
  'Forbidden',
  'Forbidden resource',
  'Bad Request',
  'Unauthorized',
]);

const TITLES: Record<number, string> = {
  400: 'errors.badRequest',
  403: 'errors.forbidden',
  404: 'errors.notFound',
  405: 'errors.notFound',
  413: 'errors.tooLarge',
  429: 'errors.tooMany',
  500: 'errors.internal',
  503: 'errors.unavailable',
};

/**
 * The one place errors become responses: an HTML page (with the correlation id) or JSON under
 * /api. No stack trace or SQL ever reaches the client; unexpected errors are logged with the
 * correlation id so support can find them.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly signedIn: SignedInUserLookup) {}

  catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    return this.respond(exception, host).catch((error: unknown) => {
      // The error page itself failed (the database went away while reading the member):
      // a plain answer rather than nothing.
      this.logger.error({ err: error }, 'error page failed');
      const response = host.switchToHttp().getResponse<Response>();
      if (!response.headersSent) response.status(500).type('text/plain').send('Internal error');
    });
  }

  private async respond(exception: unknown, host: ArgumentsHost): Promise<void> {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    if (response.headersSent) return;
    const isApi = request.path.startsWith('/api/');
    const status = this.statusOf(exception);
    const correlationId = correlationIdOf(request);
    // The locale is needed for the messages below, before any page is rendered.
    const { locale } = Object.assign(response.locals, localeLocals(request));

    if (exception instanceof PageException && !isApi) {
      response.status(status).render(exception.view, { ...response.locals, ...exception.model });
      return;
    }
    if (status === 401 && !isApi) {
      const next =
        request.method === 'GET' ? `?next=${encodeURIComponent(request.originalUrl)}` : '';
      response.redirect(302, `/login${next}`);
      return;
    }
    if (status >= 500) {
      this.logger.error(
        { err: exception, correlationId },
        status === 503 ? 'database unavailable' : 'unhandled error',
      );
    }
    const view: ErrorView = {
      status,
      title: translate(
        locale,
        TITLES[status] ?? (status >= 500 ? 'errors.internal' : 'errors.badRequest'),
      ),
      message: this.publicMessage(exception, status, locale),
    };
    if (status === 503) response.setHeader('Retry-After', '30');
    if (isApi) {
      response
        .status(status)
        .json({ statusCode: status, error: view.title, message: view.message, correlationId });
      return;
    }
    // A signed-in member keeps the navigation on an error page: the way on is one click away.
    const user = status === 503 ? undefined : await this.signedInUser(request);
    response.status(status).render('errors/error', {
      ...view,
      correlationId,
      ...(user ? shellLocals(user, request.path) : { layout: 'layouts/bare' }),
      pageTitle: view.title,
    });
  }

  /**
   * The member behind the request. A route's guard has loaded it already; a path that matches
   * no route never reaches a guard, so it is read here from the session as the guard would.
   */
  private async signedInUser(request: Request): Promise<AuthenticatedUser | undefined> {
    return this.signedIn.find(request);
  }

  private statusOf(exception: unknown): number {
    if (exception instanceof HttpException) return exception.getStatus();
    if (isDatabaseUnavailable(exception)) return HttpStatus.SERVICE_UNAVAILABLE;
    const status = (exception as { status?: unknown; statusCode?: unknown })?.status;
    // body-parser and multer errors carry their own 4xx status (413 too large, 400 bad JSON).
    if (typeof status === 'number' && status >= 400 && status < 500) return status;
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  /**
   * Only messages we wrote ourselves are shown (a catalogue key, translated; older callers'
   * text as it is); anything else gets the generic text.
   */
  private publicMessage(exception: unknown, status: number, locale: string): string {
    if (status === 404) return translate(locale, 'errors.notFoundText');
    if (status === 429) return translate(locale, 'errors.tooManyText');
    if (status === 503) return translate(locale, 'errors.unavailableText');
    if (status >= 500) return translate(locale, 'errors.internalText');
    // A query that fails its rules on a page without a form (`?page=abc`): say what was wrong
    // with it, since there are no fields to mark.
    if (exception instanceof FormError && !exception.formMessage)
      return this.queryMessage(exception, locale);
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      // A catalogue key (`new ForbiddenException('twoFactor.cannotDisable')`) is translated.
      if (typeof message === 'string' && !DEFAULT_MESSAGES.has(message))
        return translate(locale, message);
    }
    if (status === 403) return translate(locale, 'errors.forbiddenText');
    return translate(locale, 'errors.badRequestText');
  }

  /** The messages of a FormError's fields that are the catalogue's, else the generic text. */
  private queryMessage(error: FormError, locale: string): string {
    const known = catalogueFor(DEFAULT_LOCALE).messages;
    const texts = Object.values(error.messages())
      .flat()
      .filter((message) => known[message.key] !== undefined)
      .map((message) => translate(locale, message.key, message.params));
    return texts.length > 0 ? texts.join(' ') : translate(locale, 'errors.badRequestText');
  }
}
