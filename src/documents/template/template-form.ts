import type { FieldErrors, FormMessage } from '../../common/forms/form-error';
import {
  nextSectionKey,
  VARIABLE_NAME,
  VARIABLE_TYPES,
  type TemplateContent,
  type TemplateSection,
  type VariableDeclaration,
  type VariableType,
} from './template-content';
import { problemOf } from './variable-values';

/** Rows of a form (qs gives an array up to 20 rows, an object keyed by index beyond). */
function rowsOf(value: unknown): Record<string, unknown>[] {
  if (!value || typeof value !== 'object') return [];
  const entries = Array.isArray(value)
    ? value.map((row, index) => [index, row] as const)
    : Object.entries(value).map(([index, row]) => [Number(index), row] as const);
  return entries
    .filter(([index, row]) => Number.isSafeInteger(index) && row && typeof row === 'object')
    .sort((a, b) => a[0] - b[0])
    .map(([, row]) => row as Record<string, unknown>);
}

function text(row: Record<string, unknown>, field: string): string {
  const value = row[field];
  return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
}

const MAX_SECTIONS = 200;
const MAX_VARIABLES = 200;
const MAX_BODY = 100_000;

/**
 * The template editor's rows (`sections[i][title|condition|body|position|remove|key]`,
 * `variables[i][name|label|type|help|required|defaultValue|choices]`) as content, or the
 * messages per field. Blank rows are the form's spare rows and are dropped; a section keeps its
 * key (the diff and the States' decisions rely on it), a new one gets the next free key.
 */
export function contentFromForm(body: Record<string, unknown>): {
  content: TemplateContent;
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const fail = (field: string, message: string | FormMessage) =>
    (errors[field] ??= []).push(message);

  const variables: VariableDeclaration[] = [];
  rowsOf(body.variables).forEach((row, index) => {
    const name = text(row, 'name').trim();
    const label = text(row, 'label').trim();
    if (!name && !label) return;
    const field = (part: string) => `variables.${index}.${part}`;
    const type = text(row, 'type') as VariableType;
    const variable: VariableDeclaration = {
      name,
      label,
      type: (VARIABLE_TYPES as readonly string[]).includes(type) ? type : 'text',
      help: text(row, 'help').trim().slice(0, 1000),
      required: row.required === 'on' || row.required === 'true',
      defaultValue: text(row, 'defaultValue').trim(),
      choices: text(row, 'choices')
        .split(/\n|;/)
        .map((choice) => choice.trim())
        .filter(Boolean),
    };
    if (!VARIABLE_NAME.test(name)) fail(field('name'), 'documents.variable.name');
    else if (variables.some((other) => other.name === name))
      fail(field('name'), { key: 'documents.variable.duplicate', params: { name } });
    if (!label || label.length > 200) fail(field('label'), 'documents.variable.label');
    if (!(VARIABLE_TYPES as readonly string[]).includes(type))
      fail(field('type'), 'documents.variable.type');
    if (variable.type === 'choice' && variable.choices.length < 2)
      fail(field('choices'), 'documents.variable.choices');
    if (variable.defaultValue) {
      const problem = problemOf(variable, variable.defaultValue);
      if (problem) fail(field('defaultValue'), problem);
    }
    variables.push(variable);
  });
  if (variables.length > MAX_VARIABLES)
    fail('variables', { key: 'documents.variable.tooMany', params: { max: MAX_VARIABLES } });

  const kept: (TemplateSection & { position: number; index: number })[] = [];
  rowsOf(body.sections).forEach((row, index) => {
    const title = text(row, 'title').trim();
    const sectionBody = text(row, 'body');
    if (row.remove === 'on' || (!title && !sectionBody.trim())) return;
    const field = (part: string) => `sections.${index}.${part}`;
    if (!title || title.length > 200) fail(field('title'), 'documents.section.title');
    if (sectionBody.length > MAX_BODY)
      fail(field('body'), { key: 'documents.section.tooLong', params: { max: MAX_BODY } });
    const condition = text(row, 'condition').trim();
    const position = Number(text(row, 'position'));
    kept.push({
      key: /^s\d{1,6}$/.test(text(row, 'key')) ? text(row, 'key') : '',
      title,
      condition: condition || null,
      body: sectionBody,
      position: Number.isFinite(position) ? position : index + 1,
      index,
    });
  });
  if (kept.length > MAX_SECTIONS)
    fail('sections', { key: 'documents.section.tooMany', params: { max: MAX_SECTIONS } });
  kept.sort((a, b) => a.position - b.position || a.index - b.index);
  const sections: TemplateSection[] = [];
  const seen = new Set<string>();
  for (const { key, title, condition, body: sectionBody } of kept) {
    const unique =
      key && !seen.has(key)
        ? key
        : nextSectionKey([...sections, ...kept.filter((k) => k.key).map((k) => ({ ...k }))]);
    seen.add(unique);
    sections.push({ key: unique, title, condition, body: sectionBody });
  }
  return { content: { sections, variables }, errors };
}
