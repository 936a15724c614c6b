import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { BoundedMap } from '../caching/bounded';

/** markdown-it's core state, as its rule functions receive it. */
type Markdown = InstanceType<typeof MarkdownIt>;
type StateCore = Parameters<Parameters<Markdown['core']['ruler']['push']>[1]>[0];

/** A mention the renderer shows as the person's name: handle (as typed after @) → name. */
export type MentionNames = ReadonlyMap<string, string>;

/** `@handle`: an e-mail address or its local part, after a space or at the start. */
export const MENTION =
  /(^|[^\w@.])@([A-Za-z0-9][A-Za-z0-9._+-]*(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)/g;

/** The handles a text mentions, lower-cased, each once, in order (code spans included). */
export function mentionedHandles(markdown: string): string[] {
  const handles = new Set<string>();
  for (const match of markdown.matchAll(MENTION)) handles.add(trimHandle(match[2]).toLowerCase());
  return [...handles];
}

/** A sentence's full stop is not part of a handle. */
function trimHandle(handle: string): string {
  return handle.replace(/[._+-]+$/, '');
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  's',
  'del',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
];

/** How many plain texts `plainText` remembers, and the longest source it keeps one for. */
const PLAIN_TEXTS_KEPT = 2_000;
const PLAIN_TEXT_KEPT_LENGTH = 4_000;

/**
 * Markdown written by members, as HTML that is safe to put in a page: markdown-it with raw HTML
 * off (a `<script>` is shown as text), then sanitize-html as a second, independent barrier: only
 * the tags above, links with `rel="nofollow noopener"` to http(s), mailto or the portal's own
 * paths, images from the portal's own paths only (no tracking pixels from elsewhere), no
 * attributes that run script or style. Shared by the forum, meetings, conversations and the
 * library.
 */
export class MarkdownRenderer {
  private readonly markdown: Markdown;
  /**
   * Plain texts worked out, by source: a member's home page and notification centre show the
   * same few messages' previews on every visit, and rendering then stripping Markdown cost 4 %
   * of the home page's CPU. Long sources are not kept, so the memory stays small.
   */
  private readonly plainTexts = new BoundedMap<string, string>(PLAIN_TEXTS_KEPT);

  constructor() {
    this.markdown = new MarkdownIt({
      html: false,
      linkify: true,
      breaks: true,
      typographer: false,
    });
    this.markdown.core.ruler.push('mentions', (state) => mentionRule(state));
    // Images from the portal's own paths ("/…", never "//host") only; any other shows its alt text.
    const image = this.markdown.renderer.rules.image;
    this.markdown.renderer.rules.image = (tokens, index, options, env, self) => {
      const src = String(tokens[index].attrGet('src') ?? '');
      if (src.startsWith('/') && !src.startsWith('//')) {
        return image(tokens, index, options, env, self);
      }
      return escapeHtml(self.renderInlineAsText(tokens[index].children ?? [], options, env));
    };
  }

  /** HTML for `source`; `mentions` names the handles that resolve to a member. */
  render(source: string, mentions: MentionNames = new Map()): string {
    const html = this.markdown.render(source, { mentions });
    return sanitizeHtml(html, {
      allowedTags: ALLOWED_TAGS,
      allowedAttributes: {
        a: ['href', 'title', 'rel'],
        img: ['src', 'alt', 'title'],
        span: ['class'],
        code: ['class'],
        th: ['align'],
        td: ['align'],
        ol: ['start'],
      },
      allowedClasses: { span: ['mention'], code: [/^language-[\w-]+$/] },
      allowedSchemes: ['http', 'https', 'mailto'],
      allowedSchemesByTag: { img: [] },
      allowProtocolRelative: false,
      transformTags: {
        a: (tagName, attribs) => ({
          tagName,
          attribs: { ...attribs, rel: 'nofollow noopener' },
        }),
      },
      exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
    });
  }

  /** The text of a post without its markup: for search documents and notification previews. */
  plainText(source: string): string {
    const known = this.plainTexts.get(source);
    if (known !== undefined) return known;
    const text = this.stripped(source);
    if (source.length <= PLAIN_TEXT_KEPT_LENGTH) this.plainTexts.set(source, text);
    return text;
  }

  private stripped(source: string): string {
    const html = this.render(source);
    return sanitizeHtml(html.replace(/<\/(p|li|h\d|blockquote|pre|tr)>/g, '$&\n'), {
      allowedTags: [],
      allowedAttributes: {},
    })
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\n{2,}/g, '\n')
      .trim();
  }
}

/** Turns `@handle` in text (not in code or links) into `<span class="mention">@Name</span>`. */
function mentionRule(state: StateCore): void {
  const mentions = (state.env as { mentions?: MentionNames }).mentions;
  if (!mentions || mentions.size === 0) return;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const children = [];
    let insideLink = 0;
    for (const token of block.children) {
      if (token.type === 'link_open') insideLink++;
      if (token.type === 'link_close') insideLink--;
      if (token.type !== 'text' || insideLink > 0) {
        children.push(token);
        continue;
      }
      let last = 0;
      const text = token.content;
      for (const match of text.matchAll(MENTION)) {
        const handle = trimHandle(match[2]);
        const name = mentions.get(handle.toLowerCase());
        if (name === undefined) continue;
        const start = match.index + match[1].length;
        if (start > last) children.push(textToken(state, text.slice(last, start)));
        const open = new state.Token('html_inline', '', 0);
        open.content = `<span class="mention">@${escapeHtml(name)}</span>`;
        children.push(open);
        last = start + 1 + handle.length;
      }
      if (last === 0) children.push(token);
      else if (last < text.length) children.push(textToken(state, text.slice(last)));
    }
    block.children = children;
  }
}

function textToken(state: StateCore, content: string) {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
