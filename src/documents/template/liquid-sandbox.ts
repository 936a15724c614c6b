import { Liquid, type Template } from 'liquidjs';
import { BUILT_IN_VARIABLES, type TemplateContent } from './template-content';
import { BoundedMap } from '../../common/caching/bounded';

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

/**
 * A problem the sandbox found: a catalogue key and its parameters, with where (1-based line and
 * column in the section, when known). Liquid's own English sentence is never shown: it goes to
 * the sandbox's `report` hook (the logs) only.
 */
export interface SandboxProblem {
  key: string;
  params: Record<string, string | number>;
  line: number | null;
  column: number | null;
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

/** Where Liquid's raw message goes (a logger): never to the page. */
export type SandboxReport = (raw: string, phase: 'check' | 'render') => void;

/** A tag the sandbox refuses (include, render, layout, block), named in the problem. */
class RefusedTagError extends Error {
  constructor(readonly tag: string) {
    super(`the ${tag} tag is not available in documents`);
  }
}

/** What a sandbox may be given instead of LIMITS (a test that must not race the clock). */
export type SandboxLimits = { readonly [limit in keyof typeof LIMITS]: number };

function createEngine(limits: SandboxLimits): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    templates: {},
    relativeReference: false,
    parseLimit: limits.parse,
    renderLimit: limits.render,
    memoryLimit: limits.memory,
    // Markdown follows: Liquid must not turn quotes or ampersands into entities.
    outputEscape: undefined,
  });
  for (const name of REFUSED_TAGS)
    engine.registerTag(name, {
      parse() {
        throw new RefusedTagError(name);
      },
      render() {
        return '';
      },
    });
  return engine;
}

const rawOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Liquid's message without its own ", line:2, col:3" (kept for the logs, and to classify). */
function sentenceOf(error: unknown): string {
  return rawOf(error).replace(/,?\s*line:\s*\d+,\s*col:\s*\d+.*$/s, '');
}

/** Line and column of a Liquid error: from its token, or from its message. */
function positionOf(error: unknown): { line: number | null; column: number | null } {
  const token = (error as { token?: { getPosition?: () => [number, number] } } | null)?.token;
  if (token && typeof token.getPosition === 'function') {
    const [line, column] = token.getPosition();
    return { line, column };
  }
  const match = /line:\s*(\d+)(?:,\s*col:\s*(\d+))?/.exec(rawOf(error));
  return match
    ? { line: Number(match[1]), column: match[2] ? Number(match[2]) : null }
    : { line: null, column: null };
}

/** A short name quoted back from the author's own source (a tag, a filter). */
const named = (name: string) => name.slice(0, 40);

/**
 * What a Liquid error means, as a catalogue key: the common mistakes by name (an unclosed tag,
 * an unknown tag or filter, a refused tag), anything else as "cannot be read" at its line.
 * Liquid's wording is matched here and pinned by the unit test; a wording this does not know
 * still gives the general message, never Liquid's English.
 */
export function syntaxProblemOf(error: unknown): SandboxProblem {
  const at = positionOf(error);
  const original = (error as { originalError?: unknown } | null)?.originalError;
  if (original instanceof RefusedTagError || error instanceof RefusedTagError) {
    const tag = (original instanceof RefusedTagError ? original : (error as RefusedTagError)).tag;
    return { key: 'documents.check.refusedTag', params: { tag }, ...at };
  }
  const sentence = sentenceOf(error);
  let match = /^tag \{%-?\s*(\w+)[^]*%\} not closed$/.exec(sentence);
  if (match) return { key: 'documents.check.notClosed', params: { tag: named(match[1]) }, ...at };
  match = /^raw .* not closed$/s.exec(sentence);
  if (match) return { key: 'documents.check.notClosed', params: { tag: 'raw' }, ...at };
  if (/^output .* not closed$/s.test(sentence))
    return { key: 'documents.check.outputNotClosed', params: {}, ...at };
  match = /^undefined filter: (\S+)$/.exec(sentence);
  if (match)
    return { key: 'documents.check.unknownFilter', params: { name: named(match[1]) }, ...at };
  match = /^tag "(\w+)" not found$/.exec(sentence);
  if (match) {
    const tag = named(match[1]);
    // A closing or middle tag without its opening one ({% endif %} alone, {% else %} astray).
    const unopened = /^end/.test(tag) || ['else', 'elsif', 'when'].includes(tag);
    return {
      key: unopened ? 'documents.check.unopened' : 'documents.check.unknownTag',
      params: { tag },
      ...at,
    };
  }
  match = /^illegal tag: \{%-?\s*(\w+)/.exec(sentence);
  if (match) return { key: 'documents.check.badTag', params: { tag: named(match[1]) }, ...at };
  return { key: 'documents.check.syntax', params: {}, ...at };
}

/** What stopped a render, as a catalogue key (a limit, an unknown name, anything else). */
export function renderProblemOf(error: unknown): SandboxLimitError {
  const sentence = sentenceOf(error);
  if (/memory alloc limit/.test(sentence)) return new SandboxLimitError('documents.render.memory');
  if (/template render limit/.test(sentence)) return new SandboxLimitError('documents.render.time');
  const { line, column } = positionOf(error);
  const where = { line: line ?? 0, column: column ?? 0 };
  const match = /^undefined variable: (\S+)$/.exec(sentence);
  if (match)
    return new SandboxLimitError('documents.render.undefined', {
      name: named(match[1]),
      ...where,
    });
  return new SandboxLimitError('documents.render.failed', where);
}

export class LiquidSandbox {
  private readonly engine: Liquid;

  /** `report` receives Liquid's raw message of every problem found (for the logs). */
  constructor(
    private readonly report: SandboxReport = () => undefined,
    private readonly limits: SandboxLimits = LIMITS,
  ) {
    this.engine = createEngine(limits);
  }
  /** Parsed sections by source: a document renders the same 40 sections again and again. */
  private readonly parsed = new BoundedMap<string, Template[]>(2000);

  private parse(source: string): Template[] {
    let templates = this.parsed.get(source);
    if (!templates) {
      templates = this.engine.parse(source);
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
      this.report(rawOf(error), 'check');
      return [syntaxProblemOf(error)];
    }
    const analysis = this.engine.analyzeSync(templates);
    const problems: SandboxProblem[] = [];
    for (const [name, uses] of Object.entries(analysis.globals)) {
      if (declared.has(name) || (BUILT_IN_VARIABLES as readonly string[]).includes(name)) continue;
      const first = uses
        .map((use) => use.location)
        .filter((location) => location.row > 0)
        .sort((a, b) => a.row - b.row || a.col - b.col)[0];
      problems.push({
        key: 'documents.check.undeclared',
        params: { name },
        line: first?.row ?? null,
        column: first?.col ?? null,
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
          column: null,
        });
      if (problems.length) found.set(section.key, problems);
    }
    return found;
  }

  /**
   * One section's Markdown for a context of plain values. A limit reached is a SandboxLimitError
   * (a catalogue key); any other failure too (an unknown name, `documents.render.failed`), with
   * the line and column; Liquid's own message goes to `report` only.
   */
  async render(source: string, context: Record<string, unknown>): Promise<string> {
    let output: string;
    try {
      output = String(await this.engine.render(this.parse(source), context));
    } catch (error) {
      this.report(rawOf(error), 'render');
      throw renderProblemOf(error);
    }
    if (output.length > this.limits.output)
      throw new SandboxLimitError('documents.render.tooLong', { max: this.limits.output });
    return output;
  }
}
