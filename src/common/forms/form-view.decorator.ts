import { SetMetadata } from '@nestjs/common';

export const FORM_VIEW = 'formView';

export interface FormViewOptions {
  view: string;
  /**
   * Name of a controller method that returns the rest of the page's model (select options, the
   * object being edited). It receives the request.
   */
  model?: string;
}

/** The view a POST handler re-renders, with the user's input and messages, when the form is wrong. */
export const FormView = (view: string, model?: string): MethodDecorator =>
  SetMetadata(FORM_VIEW, { view, model } satisfies FormViewOptions);
