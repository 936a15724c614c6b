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
import { translate } from '../i18n/translator';
import { FormError } from './form-error';
import { localeLocals } from '../views/locale-locals';
import { FORM_VIEW, type FormModel, type FormViewOptions } from './form-view.metadata';

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
        const controller: object = this.moduleRef.get(context.getClass(), { strict: false });
        // Thrown, not rendered here: the handler's @Redirect/@Render must not run after it.
        return from(this.baseModel(controller, options, request)).pipe(
          map((model) => {
            throw new PageException(400, options.view, {
              ...model,
              values: this.safeValues(request.body),
              errors: this.translate(locale, error),
              formError: error.formMessage
                ? translate(locale, error.formMessage.key, error.formMessage.params)
                : translate(locale, 'forms.hasErrors'),
            });
          }),
        );
      }),
    );
  }

  private async baseModel(
    controller: object,
    options: FormViewOptions,
    request: Request,
  ): Promise<object> {
    if (!options.model) return {};
    // The decorator checked the controller's type; here it is the controller of this route.
    const model = options.model as unknown as FormModel<object>;
    return (await model(controller, request)) ?? {};
  }

  private safeValues(body: unknown): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    if (body && typeof body === 'object') {
      for (const [key, value] of Object.entries(body))
        if (!SECRET_FIELDS.test(key)) values[key] = value;
    }
    return values;
  }

  private translate(locale: string | undefined, error: FormError): Record<string, string> {
    return Object.fromEntries(
      Object.entries(error.messages()).map(([field, messages]) => [
        field,
        messages.map((m) => translate(locale, m.key, m.params)).join(' '),
      ]),
    );
  }
}
