import type { PrintedDocument } from './printed-document';

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The document as one standalone HTML file (no script, no outside resource): what a State keeps
 * or prints from a browser. Section bodies are the sanitiser's HTML; everything else is escaped.
 */
export function writeDocumentHtml(printed: PrintedDocument, direction: 'ltr' | 'rtl'): Buffer {
  const sections = printed.sections
    .map(
      (section) =>
        `<section><h2>${escape(section.title)}</h2>${
          section.problem ? `<p><em>${escape(section.problem)}</em></p>` : ''
        }${section.html}</section>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="${escape(printed.language)}" dir="${direction}">
<head><meta charset="utf-8"><title>${escape(printed.title)}</title>
<style>body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5;padding:0 1rem}footer{border-top:1px solid #999;margin-top:2rem;font-size:.8rem;color:#444}</style>
</head>
<body>
<h1>${escape(printed.title)}</h1>
<p><em>${escape(printed.preamble)}</em></p>
${sections}
<footer>${escape(printed.footer)}</footer>
</body>
</html>
`;
  return Buffer.from(html, 'utf8');
}
