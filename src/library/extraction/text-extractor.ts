import { execFile } from 'node:child_process';
import { open } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { FileType } from '../files/file-type';
import { MAX_EXTRACTED_CHARACTERS } from '../library-version.entity';

/** How long one PDF may take before its extraction is given up. */
const PDF_TIMEOUT_MS = 60_000;

/**
 * pdf-parse 2 runs pdf.js, which loads its worker with a dynamic `import()`: that fails inside
 * Jest's module sandbox. So PDFs are read in a child Node process (this plain-JS entry, the
 * module path handed in), which also keeps pdf.js's memory and any crash out of the portal.
 */
const PDF_SCRIPT = `
const { PDFParse } = require(process.argv[1]);
const { readFileSync } = require('node:fs');
(async () => {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])) });
  try {
    const result = await parser.getText();
    process.stdout.write(result.text);
  } finally {
    await parser.destroy();
  }
})().catch((error) => {
  process.stderr.write(String((error && error.message) || error));
  process.exit(2);
});
`;

/**
 * The text of a stored file for search, or null for a type whose text is not read. Throws
 * when the file cannot be read (a damaged PDF): the caller records the failure.
 */
export async function extractText(path: string, type: FileType): Promise<string | null> {
  switch (type) {
    case 'pdf':
      return bounded(stripPageMarkers(await pdfText(path)));
    case 'docx':
      return bounded((await mammoth.extractRawText({ path })).value);
    case 'txt':
    case 'csv':
      return bounded(await textStart(path));
    default:
      return null;
  }
}

/**
 * The start of a text file: no more bytes than the characters kept can take (4 a character at
 * most), so a 50 MB CSV is not read whole into memory; a character cut at the end is dropped.
 */
async function textStart(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_EXTRACTED_CHARACTERS * 4);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/\uFFFD$/, '');
  } finally {
    await handle.close();
  }
}

function pdfText(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', PDF_SCRIPT, require.resolve('pdf-parse'), path],
      { timeout: PDF_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`PDF text not readable: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** pdf-parse ends each page with `-- 1 of 3 --`: not the document's text. */
function stripPageMarkers(text: string): string {
  return text.replace(/^-- \d+ of \d+ --$/gm, '');
}

/** Whitespace runs folded, cut to what a version keeps. */
function bounded(text: string): string {
  return text
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .slice(0, MAX_EXTRACTED_CHARACTERS);
}
