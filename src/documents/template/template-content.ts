/**
 * What a template is made of, as plain data: ordered sections written in Liquid with Markdown,
 * and the variables they may use. A draft, each published version and each State's document
 * carry this shape (stored as JSON), so the engine, the diff and the output need no database.
 */
export const TEMPLATE_KINDS = [
  'piu-sop',
  'piu-tor',
  'data-protection',
  'carrier-agreement',
  'other',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const VARIABLE_TYPES = [
  'text',
  'long-text',
  'number',
  'date',
  'choice',
  'yes-no',
  'list',
] as const;
export type VariableType = (typeof VARIABLE_TYPES)[number];

export interface VariableDeclaration {
  /** As written in the sections: `{{ piu_name }}`. */
  name: string;
  label: string;
  type: VariableType;
  help: string;
  required: boolean;
  /** As a person would type it in the guided form ('yes'/'no' for yes-no, one item a line for a list). */
  defaultValue: string;
  /** The answers of a `choice`. */
  choices: string[];
}

export interface TemplateSection {
  /** Stable across versions (`s1`, `s2`…): the diff and the upstream offer pair sections by it. */
  key: string;
  title: string;
  /** A variable: the section is in the document only when the State's answer is true/non-empty. */
  condition: string | null;
  /** Liquid with Markdown. */
  body: string;
}

export interface TemplateContent {
  sections: TemplateSection[];
  variables: VariableDeclaration[];
}

/** Names every document may use without declaring them: the State it is for, and today. */
export const BUILT_IN_VARIABLES = ['state_name', 'state_code', 'today'] as const;

export const VARIABLE_NAME = /^[a-z][a-z0-9_]{0,39}$/;

export const EMPTY_CONTENT: TemplateContent = { sections: [], variables: [] };

/** Reads stored JSON defensively: a row written by an older build still opens. */
export function contentOf(json: string | null | undefined): TemplateContent {
  if (!json) return { sections: [], variables: [] };
  const parsed = JSON.parse(json) as Partial<TemplateContent>;
  return { sections: parsed.sections ?? [], variables: parsed.variables ?? [] };
}

/** The next free section key of a content (`s` and one more than the highest number). */
export function nextSectionKey(sections: readonly TemplateSection[]): string {
  const numbers = sections.map((section) => Number(/^s(\d+)$/.exec(section.key)?.[1] ?? 0));
  return `s${Math.max(0, ...numbers) + 1}`;
}
