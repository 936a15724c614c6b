import type { FormMessage } from '../../common/forms/form-error';
import type { TemplateSection, VariableDeclaration } from './template-content';

/**
 * A State's answers as typed in the guided form, one string per variable ('yes'/'no' for a
 * yes-no, one item a line for a list). Kept as typed so the form shows them back exactly; the
 * typed values a section renders with come from `contextOf`.
 */
export type VariableValues = Record<string, string>;

export const MAX_TEXT = 500;
export const MAX_LONG_TEXT = 20_000;
export const MAX_ITEMS = 100;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Items of a list answer: one a line, blank lines dropped. */
export function itemsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * What is wrong with one answer, or null. A blank answer is fine here (saving as you go);
 * `missingRequired` says which required ones are still blank when the draft is submitted.
 */
export function problemOf(variable: VariableDeclaration, raw: string): FormMessage | null {
  const value = raw.trim();
  if (value === '') return null;
  switch (variable.type) {
    case 'text':
      return value.length > MAX_TEXT || /[\r\n]/.test(value)
        ? { key: 'documents.value.text', params: { max: MAX_TEXT } }
        : null;
    case 'long-text':
      return value.length > MAX_LONG_TEXT
        ? { key: 'documents.value.tooLong', params: { max: MAX_LONG_TEXT } }
        : null;
    case 'number':
      return /^-?\d+(?:[.,]\d+)?$/.test(value) && value.length <= 20
        ? null
        : { key: 'documents.value.number' };
    case 'date':
      return validDate(value) ? null : { key: 'documents.value.date' };
    case 'choice':
      return variable.choices.includes(value) ? null : { key: 'documents.value.choice' };
    case 'yes-no':
      return value === 'yes' || value === 'no' ? null : { key: 'documents.value.yesNo' };
    case 'list': {
      const items = itemsOf(value);
      if (items.length > MAX_ITEMS)
        return { key: 'documents.value.items', params: { max: MAX_ITEMS } };
      return items.some((item) => item.length > MAX_TEXT)
        ? { key: 'documents.value.text', params: { max: MAX_TEXT } }
        : null;
    }
  }
}

/** The answer a variable starts with: its default. */
export function initialValues(variables: readonly VariableDeclaration[]): VariableValues {
  return Object.fromEntries(variables.map((variable) => [variable.name, variable.defaultValue]));
}

/** The typed value Liquid sees for an answer (blank: '' / null / false / []). */
export function typedValue(variable: VariableDeclaration, raw: string | undefined): unknown {
  const value = (raw ?? '').trim();
  switch (variable.type) {
    case 'number':
      return value === '' ? null : Number(value.replace(',', '.'));
    case 'yes-no':
      return value === 'yes';
    case 'list':
      return itemsOf(value);
    case 'date':
      return value === '' ? null : value;
    default:
      return value;
  }
}

/** Every declared variable with a value (so strict variables never fail on a blank answer). */
export function contextOf(
  variables: readonly VariableDeclaration[],
  values: VariableValues,
  builtIn: { stateName: string; stateCode: string; today: string },
): Record<string, unknown> {
  const context: Record<string, unknown> = {
    state_name: builtIn.stateName,
    state_code: builtIn.stateCode,
    today: builtIn.today,
  };
  for (const variable of variables)
    context[variable.name] = typedValue(variable, values[variable.name]);
  return context;
}

/** Whether a conditional section is in the document for these answers. */
export function included(
  section: TemplateSection,
  variables: readonly VariableDeclaration[],
  values: VariableValues,
): boolean {
  if (!section.condition) return true;
  const variable = variables.find((candidate) => candidate.name === section.condition);
  if (!variable) return false;
  const value = typedValue(variable, values[variable.name]);
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}
