import { diffLines, type DiffLine } from './line-diff';
import type { TemplateContent, TemplateSection } from './template-content';

export type SectionChange = 'added' | 'removed' | 'changed';

/** One section that differs between two versions of a template. */
export interface SectionDiff {
  key: string;
  change: SectionChange;
  /** The newer title (the older for a removed section). */
  title: string;
  before: TemplateSection | null;
  after: TemplateSection | null;
  /** Title, condition and text, line by line. */
  lines: DiffLine[];
}

function described(section: TemplateSection | null): string {
  if (!section) return '';
  const head = [`# ${section.title}`];
  // The condition as its variable's name only: the diff shows source, not sentences.
  if (section.condition) head.push(`⟨${section.condition}⟩`);
  return [...head, '', section.body].join('\n');
}

/** The sections that differ, in the newer version's order, removed ones after. */
export function diffSections(before: TemplateContent, after: TemplateContent): SectionDiff[] {
  const old = new Map(before.sections.map((section) => [section.key, section]));
  const changes: SectionDiff[] = [];
  for (const section of after.sections) {
    const previous = old.get(section.key) ?? null;
    old.delete(section.key);
    if (
      previous &&
      previous.title === section.title &&
      previous.body === section.body &&
      previous.condition === section.condition
    )
      continue;
    changes.push({
      key: section.key,
      change: previous ? 'changed' : 'added',
      title: section.title,
      before: previous,
      after: section,
      lines: diffLines(described(previous), described(section)),
    });
  }
  for (const removed of old.values())
    changes.push({
      key: removed.key,
      change: 'removed',
      title: removed.title,
      before: removed,
      after: null,
      lines: diffLines(described(removed), ''),
    });
  return changes;
}
