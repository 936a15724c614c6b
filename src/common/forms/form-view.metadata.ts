import type { Request } from 'express';

export const FORM_VIEW = 'formView';

/**
 * The rest of a form page's model (select options, the object being edited), built by the
 * controller for the request that failed: `(controller, request) => controller.userModel(request)`.
 * A function, not a method name, so the compiler checks that the method exists and renaming it
 * renames the reference.
 */
export type FormModel<C> = (controller: C, request: Request) => object | Promise<object>;

export interface FormViewOptions {
  view: string;
  model?: FormModel<never>;
}
