import type { LiquidSandbox } from './liquid-sandbox';
import type { TemplateContent, VariableDeclaration } from './template-content';

/** One page of the guided form: a section and the variables first asked there. */
export interface GuidedStep {
  sectionKey: string;
  title: string;
  variables: VariableDeclaration[];
}

/**
 * The guided form's pages, docassemble-style: section by section, each variable asked on the
 * page of the first section that uses it (a condition counts as a use, and is asked first),
 * sections that ask nothing new left out. Variables no section uses are asked on a last page.
 */
export function guidedSteps(sandbox: LiquidSandbox, content: TemplateContent): GuidedStep[] {
  const declared = new Map(content.variables.map((variable) => [variable.name, variable]));
  const asked = new Set<string>();
  const steps: GuidedStep[] = [];
  for (const section of content.sections) {
    const names = [
      ...(section.condition ? [section.condition] : []),
      ...sandbox.variablesOf(section.body),
    ];
    const variables: VariableDeclaration[] = [];
    for (const name of names) {
      const variable = declared.get(name);
      if (!variable || asked.has(name)) continue;
      asked.add(name);
      variables.push(variable);
    }
    if (variables.length) steps.push({ sectionKey: section.key, title: section.title, variables });
  }
  const rest = content.variables.filter((variable) => !asked.has(variable.name));
  if (rest.length) steps.push({ sectionKey: '', title: '', variables: rest });
  return steps;
}
