import { Liquid, type Template } from 'liquidjs';
import { BUILT_IN_VARIABLES, type TemplateContent } from './template-content';

/**
 * The one Liquid engine documents are written in, locked down: no file system (include, render
 * and layout are refused when parsed), own properties only (no `constructor`, no prototype),
 * strict variables and filters, and limits on the template's size, the time a render takes and
 * the memory it allocates, so `{% for i in (1..999999999) %}` stops with a message instead of
 * holding the process. Output is also cut off past MAX_OUTPUT characters.
 */
export const LIMITS = {
  /** Characters of one section's source. */
  parse: 100_000,
  /** Milliseconds one section may render for. */
  render: 250,
  /** Roughly the bytes a render may allocate (strings, arrays, ranges). */
  memory: 4_000_000,
  /** Characters one section may produce. */
  output: 200_000,
} as const;

const REFUSED_TAGS = ['include', 'render', 'layout', 'block'];

/** A problem the sandbox found: a catalogue key, with where (1-based line in the section). */
export interface SandboxProblem {
  key: string;
  params: Record<string, string | number>;
  line: number | null;
}

/** Thrown by render when a limit stopped the section (the message is a catalogue key). */
export class SandboxLimitError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

function createEngine(): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    templates: {},
    relativeReference: false,
    parseLimit: LIMITS.parse,
    renderLimit: LIMITS.render,
    memoryLimit: LIMITS.memory,
    // Markdown follows: Liquid must not turn quotes or ampersands into entities.
    outputEscape: undefined,
  });
  for (const name of REFUSED_TAGS)
    engine.registerTag(name, {
      parse() {
        throw new Error(`the ${name} tag is not available in documents`);
      },
      render() {
        return '';
      },
    });
  return engine;
}

/** Liquid's message without its own ", line:2, col:3" (the editor says where in its words). */
function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/,?\s*line:\s*\d+,\s*col:\s*\d+.*$/s, '').slice(0, 200);
}

function lineOf(error: unknown): number | null {
  const match = /line:\s*(\d+)/.exec(error instanceof Error ? error.message : '');
  return match ? Number(match[1]) : null;
}

export class LiquidSandbox {
  private readonly engine = createEngine();
  /** Parsed sections by source: a document renders the same 40 sections again and again. */
  private readonly parsed = new Map<string, Template[]>();

  private parse(source: string): Template[] {
    let templates = this.parsed.get(source);
    if (!templates) {
      templates = this.engine.parse(source);
      if (this.parsed.size >= 2000) this.parsed.clear();
      this.parsed.set(source, templates);
    }
    return templates;
  }

  /**
   * The problems of one section: a syntax error (and its line), or each variable it uses that
   * is neither declared nor built in (with the line of its first use).
   */
  checkSection(source: string, declared: ReadonlySet<string>): SandboxProblem[] {
    let templates: Template[];
    try {
      templates = this.parse(source);
    } catch (error) {
      return [
        { key: 'documents.check.syntax', params: { detail: detailOf(error) }, line: lineOf(error) },
      ];
    }
    const analysis = this.engine.analyzeSync(templates);
    const problems: SandboxProblem[] = [];
    for (const [name, uses] of Object.entries(analysis.globals)) {
      if (declared.has(name) || (BUILT_IN_VARIABLES as readonly string[]).includes(name)) continue;
      const line = uses.map((use) => use.location?.row ?? 0).filter((row) => row > 0);
      problems.push({
        key: 'documents.check.undeclared',
        params: { name },
        line: line.length ? Math.min(...line) : null,
      });
    }
    return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }

  /** The variables a section uses (declared or not), in order of first use. */
  variablesOf(source: string): string[] {
    try {
      return Object.keys(this.engine.analyzeSync(this.parse(source)).globals);
    } catch {
      return [];
    }
  }

  /** Every problem of a whole content, by section key; empty when it may be published. */
  check(content: TemplateContent): Map<string, SandboxProblem[]> {
    const declared = new Set(content.variables.map((variable) => variable.name));
    const found = new Map<string, SandboxProblem[]>();
    for (const section of content.sections) {
      const problems = this.checkSection(section.body, declared);
      if (section.condition && !declared.has(section.condition))
        problems.unshift({
          key: 'documents.check.undeclaredCondition',
          params: { name: section.condition },
          line: null,
        });
      if (problems.length) found.set(section.key, problems);
    }
    return found;
  }

  /**
   * One section's Markdown for a context of plain values. A limit reached is a SandboxLimitError
   * (a catalogue key); any other failure too, as `documents.render.failed` with Liquid's detail.
   */
  async render(source: string, context: Record<string, unknown>): Promise<string> {
    let output: string;
    try {
      output = String(await this.engine.render(this.parse(source), context));
    } catch (error) {
      const detail = detailOf(error);
      if (/memory alloc limit/.test(detail)) throw new SandboxLimitError('documents.render.memory');
      if (/template render limit/.test(detail))
        throw new SandboxLimitError('documents.render.time');
      throw new SandboxLimitError('documents.render.failed', { detail });
    }
    if (output.length > LIMITS.output)
      throw new SandboxLimitError('documents.render.tooLong', { max: LIMITS.output });
    return output;
  }
}
