import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { catchError, from, map, type Observable } from 'rxjs';
import { PageException } from '../errors/page-exception';
import { translate, translateText } from '../i18n/translator';
import { localeLocals } from '../views/locale-locals';
import { FormError, type FieldErrors } from './form-error';
import { FORM_VIEW, type FormViewOptions } from './form-view.decorator';

/** Fields whose values never go back into a page. */
const SECRET_FIELDS = /password|secret|code|_csrf|token/i;

/**
 * Turns a FormError thrown while handling a @FormView route into the form page again: status
 * 400, the user's input (minus secrets), and translated messages per field. Nothing is lost.
 * The page itself is rendered by the exception filter (PageException).
 */
@Injectable()
export class FormViewInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<FormViewOptions | undefined>(
      FORM_VIEW,
      context.getHandler(),
    );
    if (!options) return next.handle();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof FormError)) throw error;
        const request = context.switchToHttp().getRequest<Request>();
        const { locale } = localeLocals(request);
        const controller: Record<string, unknown> = this.moduleRef.get(context.getClass(), {
          strict: false,
        });
        // Thrown, not rendered here: the handler's @Redirect/@Render must not run after it.
        return from(this.baseModel(controller, options, request)).pipe(
          map((model) => {
            throw new PageException(400, options.view, {
              ...model,
              values: this.safeValues(request.body),
              errors: this.translate(error.fieldErrors, locale),
              formError: translate(locale, error.formMessage ?? 'forms.hasErrors'),
            });
          }),
        );
      }),
    );
  }

  private async baseModel(
    host: Record<string, unknown>,
    options: FormViewOptions,
    request: Request,
  ): Promise<object> {
    if (!options.model) return {};
    const method = host[options.model];
    if (typeof method !== 'function') return {};
    return (
      (await (method as (request: Request) => Promise<object> | object).call(host, request)) ?? {}
    );
  }

  private safeValues(body: unknown): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    if (body && typeof body === 'object') {
      for (const [key, value] of Object.entries(body))
        if (!SECRET_FIELDS.test(key)) values[key] = value;
    }
    return values;
  }

  private translate(fieldErrors: FieldErrors, locale: string): Record<string, string> {
    return Object.fromEntries(
      Object.entries(fieldErrors).map(([field, messages]) => [
        field,
        messages.map((m) => translateText(locale, m)).join(' '),
      ]),
    );
  }
}
