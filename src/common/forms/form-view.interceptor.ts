import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, type Observable, switchMap } from 'rxjs';
import { translate } from '../i18n/translator';
import { FormError } from './form-error';
import { FORM_VIEW, type FormViewOptions } from './form-view.decorator';

/** Fields whose values never go back into a page. */
const SECRET_FIELDS = /password|secret|code|_csrf|token/i;

/**
 * Turns a FormError thrown while handling a @FormView route into the form page again: status
 * 400, the user's input (minus secrets), and translated messages per field. Nothing is lost.
 */
@Injectable()
export class FormViewInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<FormViewOptions | undefined>(FORM_VIEW, context.getHandler());
    if (!options) return next.handle();
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof FormError)) throw error;
        const http = context.switchToHttp();
        const request = http.getRequest<Request>();
        const response = http.getResponse<Response>();
        const controller = this.moduleRef.get(context.getClass(), { strict: false }) as Record<string, unknown>;
        return from(this.baseModel(controller, options, request)).pipe(
          switchMap(async (model) => {
            response.status(400);
            response.render(options.view, {
              ...model,
              values: this.safeValues(request.body),
              errors: this.translate(error.fieldErrors),
              formError: error.formMessage ? translate(undefined, error.formMessage) : translate(undefined, 'forms.hasErrors'),
            });
            return undefined;
          }),
        );
      }),
    );
  }

  private async baseModel(host: Record<string, unknown>, options: FormViewOptions, request: Request): Promise<object> {
    if (!options.model) return {};
    const method = host[options.model];
    if (typeof method !== 'function') return {};
    return (await (method as (request: Request) => Promise<object> | object).call(host, request)) ?? {};
  }

  private safeValues(body: unknown): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    if (body && typeof body === 'object') {
      for (const [key, value] of Object.entries(body)) if (!SECRET_FIELDS.test(key)) values[key] = value;
    }
    return values;
  }

  private translate(fieldErrors: Record<string, string[]>): Record<string, string> {
    return Object.fromEntries(
      Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((m) => translate(undefined, m)).join(' ')]),
    );
  }
}
