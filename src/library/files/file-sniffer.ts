import { isUtf8 } from 'node:buffer';
import type { FileType } from './file-type';

/** Why a file is refused; each is a catalogue key `library.refused.<reason>`. */
export type Refusal = 'empty' | 'executable' | 'archive' | 'unknown';

export type SniffResult =
  | { readonly accepted: true; readonly type: FileType }
  | { readonly accepted: false; readonly reason: Refusal };

/** What the sniffer reads: the first bytes, and the rest on demand (a ZIP's directory). */
export interface SniffInput {
  /** The first bytes of the file (HEAD_BYTES, or the whole file when shorter). */
  readonly head: Buffer;
  readonly size: number;
  /** The whole file is valid UTF-8 without NUL bytes (Utf8TextCheck, while it streamed in). */
  readonly utf8Text: boolean;
  /** `length` bytes from `position` (fewer at the end of the file). */
  read(position: number, length: number): Promise<Buffer>;
  /** The name it was uploaded under: only tells CSV from plain text, both harmless text. */
  readonly name: string;
}

/** How many leading bytes the receiver keeps for the sniffer. */
export const HEAD_BYTES = 4096;

const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_END = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535. */
const ZIP_END_SEARCH = 22 + 0xffff;
/** More entries than any office document has; a bigger directory is not read. */
const MAX_ZIP_ENTRIES = 20_000;

/**
 * Tells an accepted type from the bytes: magic numbers for PDF, PNG and JPEG; for the ZIP-based
 * formats the archive's central directory (OOXML's `[Content_Types].xml` with `word/`, `xl/` or
 * `ppt/`; ODF's `mimetype` entry and its content); valid UTF-8 without NUL for TXT and CSV.
 */
export async function sniffFileType(input: SniffInput): Promise<SniffResult> {
  const { head } = input;
  if (input.size === 0) return refused('empty');
  if (startsWith(head, PDF)) return accepted('pdf');
  if (startsWith(head, PNG)) return accepted('png');
  if (startsWith(head, JPEG)) return accepted('jpeg');
  if (head.length >= 4 && head.readUInt32LE(0) === ZIP_LOCAL) return sniffZip(input);
  if (isExecutable(head)) return refused('executable');
  if (input.utf8Text) return accepted(/\.csv$/i.test(input.name.trim()) ? 'csv' : 'txt');
  return refused('unknown');
}

/** Windows (MZ), ELF, Mach-O and scripts with a `#!` line. */
function isExecutable(head: Buffer): boolean {
  if (head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a) return true;
  if (startsWith(head, Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) return true;
  if (head.length >= 4) {
    const magic = head.readUInt32BE(0);
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic)) return true;
  }
  return head.length >= 2 && head[0] === 0x23 && head[1] === 0x21;
}

async function sniffZip(input: SniffInput): Promise<SniffResult> {
  const names = await zipEntryNames(input);
  if (names === null) return refused('archive');
  const has = (name: string) => names.includes(name);
  const under = (folder: string) => names.some((name) => name.startsWith(folder));
  if (has('[Content_Types].xml')) {
    if (under('word/')) return accepted('docx');
    if (under('xl/')) return accepted('xlsx');
    if (under('ppt/')) return accepted('pptx');
  }
  if (has('mimetype') && odtMimetype(input.head)) return accepted('odt');
  return refused('archive');
}

/**
 * ODF keeps `mimetype` as the first entry, stored uncompressed, so its content sits right after
 * the first local header: it must be exactly the text document's media type.
 */
function odtMimetype(head: Buffer): boolean {
  if (head.length < 30) return false;
  const method = head.readUInt16LE(8);
  const size = head.readUInt32LE(18);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const nameStart = 30;
  const dataStart = nameStart + nameLength + extraLength;
  if (method !== 0 || dataStart + size > head.length) return false;
  if (head.toString('latin1', nameStart, nameStart + nameLength) !== 'mimetype') return false;
  return head.toString('latin1', dataStart, dataStart + size) === ODT_MIMETYPE;
}

/** The names in a ZIP's central directory, or null when it is not a readable ZIP. */
async function zipEntryNames(input: SniffInput): Promise<string[] | null> {
  const tailLength = Math.min(input.size, ZIP_END_SEARCH);
  const tail = await input.read(input.size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (entries > MAX_ZIP_ENTRIES || directoryOffset + directorySize > input.size) return null;
  const directory = await input.read(directoryOffset, directorySize);
  const names: string[] = [];
  let at = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== ZIP_CENTRAL) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    if (at + 46 + nameLength > directory.length) return null;
    names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const NOTHING = Buffer.alloc(0);

/**
 * Checks, chunk by chunk as a file streams in, that the whole of it is UTF-8 text without NUL
 * bytes: what TXT and CSV must be. It validates the bytes where they are (`isUtf8`) and never
 * decodes them: a decoder would turn every chunk into a string nobody reads, as much garbage as
 * the file is long (50 MB of strings for a 50 MB CSV, which grew the server's young generation
 * by as much during the upload). A character cut by a chunk's end waits for the next chunk.
 */
export class Utf8TextCheck {
  private valid = true;
  /** The first bytes of a character the last chunk ended inside (at most 3). */
  private pending: Buffer = NOTHING;

  push(chunk: Buffer): void {
    if (!this.valid) return;
    if (chunk.includes(0)) {
      this.valid = false;
      return;
    }
    let start = 0;
    if (this.pending.length > 0) {
      const missing = sequenceLength(this.pending[0]) - this.pending.length;
      start = Math.min(missing, chunk.length);
      const joined = Buffer.concat([this.pending, chunk.subarray(0, start)]);
      if (start < missing) {
        this.pending = joined;
        return;
      }
      this.pending = NOTHING;
      if (!isUtf8(joined)) {
        this.valid = false;
        return;
      }
    }
    const end = completeEnd(chunk, start);
    if (!isUtf8(chunk.subarray(start, end))) {
      this.valid = false;
      return;
    }
    // A copy: the chunk's buffer is the parser's to free.
    this.pending = end === chunk.length ? NOTHING : Buffer.from(chunk.subarray(end));
  }

  /** True when every chunk was text and the file does not end inside a character. */
  end(): boolean {
    return this.valid && this.pending.length === 0;
  }
}

/**
 * How many bytes the UTF-8 sequence that `lead` begins has: 1 to 4, or 0 when `lead` cannot
 * begin one (a continuation byte, or a byte UTF-8 never uses).
 */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Where the last character of `chunk` (from `start`) begins when the chunk ends inside it,
 * else the chunk's length. Only the last three bytes can hold the start of a cut character;
 * anything malformed is left for `isUtf8` to refuse.
 */
function completeEnd(chunk: Buffer, start: number): number {
  for (let at = chunk.length - 1; at >= Math.max(start, chunk.length - 3); at--) {
    if ((chunk[at] & 0xc0) === 0x80) continue;
    return sequenceLength(chunk[at]) > chunk.length - at ? at : chunk.length;
  }
  return chunk.length;
}

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}

function accepted(type: FileType): SniffResult {
  return { accepted: true, type };
}

function refused(reason: Refusal): SniffResult {
  return { accepted: false, reason };
}
