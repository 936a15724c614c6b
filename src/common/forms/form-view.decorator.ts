import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { FormViewInterceptor } from './form-view.interceptor';
import { FORM_VIEW, type FormModel } from './form-view.metadata';

export { FORM_VIEW, type FormModel, type FormViewOptions } from './form-view.metadata';

/**
 * The view a POST handler re-renders, with the user's input and messages, when the form is wrong.
 * The interceptor that does it sits on these routes only: every interceptor costs each request
 * it wraps an RxJS pipeline.
 */
export function FormView<C>(view: string, model?: FormModel<C>): MethodDecorator {
  return applyDecorators(
    SetMetadata(FORM_VIEW, { view, model: model as FormModel<never> | undefined }),
    UseInterceptors(FormViewInterceptor),
  );
}
