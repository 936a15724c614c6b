/**
 * A small, strict XML reader for record-shaped lists (the UN Consolidated List). It builds a
 * light element tree in one pass with `indexOf` scans, lighter than a general parser's object
 * tree on a list the size of the UN's, and it reports malformed input
 * (mismatched or unclosed tags, bad entities, truncation) with a line number instead of
 * returning a partial tree. Namespaces are kept as written in the tag name; DTD internal
 * subsets are refused (no entity expansion, so no "billion laughs").
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Child elements in document order (a shared, frozen empty list for leaves). */
  children: XmlElement[];
  /**
   * Character data directly inside this element (CDATA included), untrimmed; runs of only
   * white space between tags (indentation) are not kept.
   */
  text: string;
}

/** Returned for input that is not well-formed XML; `line` is 1-based. */
export interface XmlSyntaxProblem {
  message: string;
  line: number;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function lineAt(text: string, offset: number): number {
  let line = 1;
  let index = text.indexOf('\n');
  while (index !== -1 && index < offset) {
    line += 1;
    index = text.indexOf('\n', index + 1);
  }
  return line;
}

class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function decodeEntities(raw: string, offset: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new XmlSyntaxError(`bare '&' (write &amp;)`, offset);
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code < 1 || code > 0x10ffff) {
        throw new XmlSyntaxError(`bad character reference &${body};`, offset);
      }
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[body];
    if (named === undefined) throw new XmlSyntaxError(`unknown entity &${body};`, offset);
    return named;
  });
}

function parseAttributes(source: string, offset: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /\s*([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
  let position = 0;
  while (position < source.length) {
    if (/^\s*$/.test(source.slice(position))) break;
    pattern.lastIndex = position;
    const match = pattern.exec(source);
    if (!match)
      throw new XmlSyntaxError(
        `malformed attribute near '${source.slice(position).trim().slice(0, 20)}'`,
        offset,
      );
    attributes[match[1]] = decodeEntities(match[2] ?? match[3] ?? '', offset);
    position = pattern.lastIndex;
  }
  return attributes;
}

function skipPast(text: string, from: number, terminator: string, what: string): number {
  const end = text.indexOf(terminator, from);
  if (end === -1) throw new XmlSyntaxError(`unterminated ${what}`, from);
  return end + terminator.length;
}

/** Shared by every element without attributes or children: most of the UN file's elements. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});
const NO_CHILDREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function isNameEnd(code: number): boolean {
  return isSpace(code) || code === 0x2f /* / */ || code === 0x3e; /* > */
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (!isSpace(text.charCodeAt(index))) return false;
  return true;
}

/**
 * The tree builder. It slices as little as it can (names and values only) and shares empty
 * attribute and child lists: on the UN list most elements are leaves, and fewer objects is less
 * garbage collection, which is most of the cost of a naive tree.
 */
function parseTree(text: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (position < text.length) {
    const open = text.indexOf('<', position);
    const chunkEnd = open === -1 ? text.length : open;
    // White space between tags is indentation: dropped, so container elements keep no text.
    if (chunkEnd > position && !onlySpace(text, position, chunkEnd)) {
      const current = stack[stack.length - 1];
      if (!current) throw new XmlSyntaxError('text outside the root element', position);
      current.text += decodeEntities(text.slice(position, chunkEnd), position);
    }
    if (open === -1) break;
    const next = text.charCodeAt(open + 1);
    if (next === 0x3f /* ? */) {
      position = skipPast(text, open + 2, '?>', 'processing instruction');
    } else if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', open)) {
        position = skipPast(text, open + 4, '-->', 'comment');
      } else if (text.startsWith('<![CDATA[', open)) {
        const end = text.indexOf(']]>', open + 9);
        if (end === -1) throw new XmlSyntaxError('unterminated CDATA section', open);
        const current = stack[stack.length - 1];
        if (!current) throw new XmlSyntaxError('CDATA outside the root element', open);
        current.text += text.slice(open + 9, end);
        position = end + 3;
      } else {
        const end = text.indexOf('>', open);
        if (end === -1) throw new XmlSyntaxError('unterminated declaration', open);
        if (text.slice(open, end).includes('[')) {
          throw new XmlSyntaxError('DTD internal subsets are not accepted', open);
        }
        position = end + 1;
      }
    } else if (next === 0x2f /* / */) {
      const end = text.indexOf('>', open);
      if (end === -1) throw new XmlSyntaxError('unterminated closing tag', open);
      const current = stack.pop();
      const nameEnd = open + 2 + (current ? current.name.length : 0);
      const matches =
        current !== undefined &&
        text.startsWith(current.name, open + 2) &&
        onlySpace(text, nameEnd, end);
      if (!matches) {
        const name = text.slice(open + 2, end).trim();
        if (!current)
          throw new XmlSyntaxError(`closing tag </${name}> without an opening tag`, open);
        throw new XmlSyntaxError(`closing tag </${name}> does not match <${current.name}>`, open);
      }
      position = end + 1;
    } else {
      const end = text.indexOf('>', open);
      if (end === -1) throw new XmlSyntaxError('unterminated tag', open);
      const selfClosing = text.charCodeAt(end - 1) === 0x2f;
      const bodyEnd = selfClosing ? end - 1 : end;
      let nameEnd = open + 1;
      while (nameEnd < bodyEnd && !isNameEnd(text.charCodeAt(nameEnd))) nameEnd += 1;
      const name = text.slice(open + 1, nameEnd);
      if (name === '' || /[<&"'=]/.test(name)) throw new XmlSyntaxError('malformed tag', open);
      const element: XmlElement = {
        name,
        attributes: onlySpace(text, nameEnd, bodyEnd)
          ? NO_ATTRIBUTES
          : parseAttributes(text.slice(nameEnd, bodyEnd), open),
        children: NO_CHILDREN,
        text: '',
      };
      const parent = stack[stack.length - 1];
      if (parent) {
        if (parent.children === NO_CHILDREN) parent.children = [element];
        else parent.children.push(element);
      } else if (root) throw new XmlSyntaxError(`second root element <${name}>`, open);
      else root = element;
      if (!selfClosing) stack.push(element);
      position = end + 1;
    }
  }
  if (stack.length > 0) {
    throw new XmlSyntaxError(
      `unexpected end of file: <${stack[stack.length - 1].name}> is not closed`,
      text.length,
    );
  }
  if (!root) throw new XmlSyntaxError('no root element', 0);
  return root;
}

/**
 * Parses a whole document. Returns the root element, or the first well-formedness problem with
 * its line, so the caller can word its own error.
 */
export function readXml(text: string): XmlElement | XmlSyntaxProblem {
  try {
    return parseTree(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      return { message: error.message, line: lineAt(text, error.offset) };
    }
    throw error;
  }
}

export function isXmlProblem(value: XmlElement | XmlSyntaxProblem): value is XmlSyntaxProblem {
  return 'line' in value;
}

/** The first child element with this name. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** Every child element with this name, in document order. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Trimmed text of the first child with this name, with inner whitespace runs collapsed; '' when absent. */
export function childText(element: XmlElement, name: string): string {
  const child = childElement(element, name);
  return child ? collapseSpace(child.text) : '';
}

/** Collapses runs of white space (the UN file wraps long values over indented lines). */
export function collapseSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
