import type { UpstreamDecision } from '../state-document-decision.entity';
import type { SectionDiff } from './section-diff';
import type { TemplateContent, TemplateSection } from './template-content';

/**
 * A State's content after its decisions on a template's changes: an accepted change takes the
 * template's new section (an added one goes after the section before it in the template, a
 * removed one leaves), a kept one leaves the State's section as it is. Variables the new
 * version declares are added (answers start from their defaults); the State's own stay.
 */
export function mergeUpstream(
  current: TemplateContent,
  latest: TemplateContent,
  changes: readonly SectionDiff[],
  decisions: Readonly<Record<string, UpstreamDecision>>,
): TemplateContent {
  let sections: TemplateSection[] = [...current.sections];
  for (const change of changes) {
    if (decisions[change.key] !== 'accept') continue;
    const at = sections.findIndex((section) => section.key === change.key);
    if (change.change === 'removed') {
      if (at >= 0) sections.splice(at, 1);
      continue;
    }
    const incoming = { ...change.after! };
    if (at >= 0) {
      sections[at] = incoming;
      continue;
    }
    const order = latest.sections.map((section) => section.key);
    const before = order.slice(0, order.indexOf(change.key)).reverse();
    const anchor = before
      .map((key) => sections.findIndex((section) => section.key === key))
      .find((index) => index >= 0);
    sections =
      anchor === undefined
        ? [incoming, ...sections]
        : [...sections.slice(0, anchor + 1), incoming, ...sections.slice(anchor + 1)];
  }
  const byName = new Map(current.variables.map((variable) => [variable.name, variable]));
  for (const variable of latest.variables) byName.set(variable.name, variable);
  return { sections, variables: [...byName.values()] };
}
