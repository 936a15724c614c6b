import type { MarkdownRenderer } from '../../common/markdown/markdown-renderer';
import { SandboxLimitError, type LiquidSandbox } from './liquid-sandbox';
import type { TemplateContent } from './template-content';
import { contextOf, included, type VariableValues } from './variable-values';

/** One section of a document as the State sees it. */
export interface RenderedSection {
  key: string;
  title: string;
  /** The Liquid output: Markdown, for the PDF and Word writers. */
  markdown: string;
  /** Sanitised HTML of that Markdown, for pages. */
  html: string;
  /** A section the sandbox stopped: its catalogue message instead of text. */
  problem: { key: string; params: Record<string, string | number> } | null;
}

export interface DocumentFacts {
  stateName: string;
  stateCode: string;
  /** YYYY-MM-DD. */
  today: string;
}

/**
 * Renders every section that applies (conditions evaluated on the answers). A section the
 * sandbox stops is kept with its problem, so one bad section never hides the others.
 */
export async function renderDocument(
  sandbox: LiquidSandbox,
  markdown: MarkdownRenderer,
  content: TemplateContent,
  values: VariableValues,
  facts: DocumentFacts,
): Promise<RenderedSection[]> {
  const context = contextOf(content.variables, values, facts);
  const sections: RenderedSection[] = [];
  for (const section of content.sections) {
    if (!included(section, content.variables, values)) continue;
    try {
      const text = await sandbox.render(section.body, context);
      sections.push({
        key: section.key,
        title: section.title,
        markdown: text,
        html: markdown.render(text),
        problem: null,
      });
    } catch (error) {
      if (!(error instanceof SandboxLimitError)) throw error;
      sections.push({
        key: section.key,
        title: section.title,
        markdown: '',
        html: '',
        problem: { key: error.key, params: error.params },
      });
    }
  }
  return sections;
}
