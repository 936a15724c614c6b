import MarkdownIt from 'markdown-it';

/** A run of text with its emphasis, as the PDF and Word writers draw it. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
}

/** A block of a section: a heading, a paragraph or a list item (with its depth and marker). */
export type Block =
  | { kind: 'heading'; level: number; runs: TextRun[] }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'item'; depth: number; marker: string; runs: TextRun[] };

// Raw HTML off, as on pages: a tag in a section is text.
const markdown = new MarkdownIt({ html: false, linkify: false, breaks: true });

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

function runsOf(children: readonly Token[]): TextRun[] {
  const runs: TextRun[] = [];
  let bold = 0;
  let italic = 0;
  for (const token of children) {
    switch (token.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'softbreak':
      case 'hardbreak':
        runs.push({ text: '\n' });
        break;
      case 'code_inline':
        runs.push({ text: token.content, code: true });
        break;
      case 'text':
      case 'html_inline':
        if (token.content) runs.push({ text: token.content, bold: bold > 0, italic: italic > 0 });
        break;
      case 'image':
        runs.push({ text: token.content, italic: true });
        break;
      default:
        break;
    }
  }
  return runs;
}

/**
 * A section's Markdown as blocks: headings, paragraphs, list items (numbered or bulleted, nested),
 * quotes and code as paragraphs, a table row as a paragraph of its cells.
 */
export function blocksOf(source: string): Block[] {
  const tokens = markdown.parse(source, {});
  const blocks: Block[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let pendingMarker: string | null = null;
  let heading = 0;
  let row: TextRun[] | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
        lists.push({ ordered: false, next: 1 });
        break;
      case 'ordered_list_open':
        lists.push({ ordered: true, next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        pendingMarker = list?.ordered ? `${list.next++}.` : '•';
        break;
      }
      case 'heading_open':
        heading = Number(token.tag.slice(1));
        break;
      case 'heading_close':
        heading = 0;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row) blocks.push({ kind: 'paragraph', runs: row });
        row = null;
        break;
      case 'fence':
      case 'code_block':
        blocks.push({
          kind: 'paragraph',
          runs: [{ text: token.content.replace(/\n$/, ''), code: true }],
        });
        break;
      case 'inline': {
        const runs = runsOf(token.children ?? []);
        if (row) {
          if (row.length) row.push({ text: ' | ' });
          row.push(...runs);
        } else if (heading) blocks.push({ kind: 'heading', level: heading, runs });
        else if (pendingMarker !== null) {
          blocks.push({ kind: 'item', depth: lists.length, marker: pendingMarker, runs });
          pendingMarker = null;
        } else if (lists.length)
          blocks.push({ kind: 'item', depth: lists.length, marker: '', runs });
        else blocks.push({ kind: 'paragraph', runs });
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

/** Plain text of runs (for tests and for the HTML file's text version). */
export function textOf(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}
