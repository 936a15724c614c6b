/**
 * The text a person sees or hears on a page: text nodes outside <script>, <style> and comments,
 * and the attributes read out or shown (title, placeholder, aria-label, alt, and the value of
 * buttons). A small reader for the portal's own HTML (Handlebars output, well formed), not a
 * general HTML parser.
 */
export function visibleText(html: string): string[] {
  const texts: string[] = [];
  const source = html
    .replace(/<!--[^]*?-->|<!doctype[^>]*>/gi, '')
    .replace(/<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi, '');
  const tag =
    /<\/?([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;
  let last = 0;
  for (const match of source.matchAll(tag)) {
    push(texts, source.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[0].startsWith('</')) continue;
    const attributes = attributesOf(match[2]);
    for (const name of ['title', 'placeholder', 'aria-label', 'alt']) push(texts, attributes[name]);
    const element = match[1].toLowerCase();
    const type = (attributes.type ?? '').toLowerCase();
    if (element === 'input' && ['submit', 'button', 'reset'].includes(type))
      push(texts, attributes.value);
  }
  push(texts, source.slice(last));
  return texts;
}

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of text.matchAll(
    /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g,
  ))
    attributes[name.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
  return attributes;
}

function push(texts: string[], raw: string | undefined): void {
  if (raw === undefined) return;
  const text = decodeEntities(raw).replace(/\s+/g, ' ').trim();
  if (text) texts.push(text);
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] === '#')
      return String.fromCodePoint(
        entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
      );
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}
