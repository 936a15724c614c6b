import { createHash } from 'node:crypto';
import { ReadBufferRelease } from './read-buffer-release';

/** What writing a streamed file part found out about it. */
export interface StreamedPart {
  /** Bytes written (up to the limit: nothing is written once the part is cut). */
  readonly size: number;
  readonly sha256: string;
  /** The first `headBytes` bytes, for whoever tells the file's type. */
  readonly head: Buffer;
  /** The part went over the parser's size limit (busboy's `limit` event). */
  readonly truncated: boolean;
}

/**
 * Writes one file part of a multipart body to `out` as it arrives: hashed, its first bytes
 * kept, the parser paused while the disk catches up, Node's read buffers released as it goes
 * (ReadBufferRelease), each chunk also shown to `inspect` (a text check, say). If `out` fails
 * (the disk is full) the rest of the part is read and thrown away and the promise rejects; it
 * resolves when `out` has closed.
 */
export async function writeStreamedPart(
  stream: NodeJS.ReadableStream,
  out: NodeJS.WritableStream & { once(event: 'drain', listener: () => void): unknown },
  headBytes: number,
  inspect: (chunk: Buffer) => void = () => undefined,
): Promise<StreamedPart> {
  const hash = createHash('sha256');
  const release = new ReadBufferRelease();
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let truncated = false;
  let failed = false;
  await new Promise<void>((resolve, reject) => {
    out.on('error', (error: Error) => {
      failed = true;
      stream.resume();
      reject(error);
    });
    stream.on('limit', () => {
      truncated = true;
    });
    stream.on('data', (chunk: Buffer) => {
      if (truncated || failed) return;
      size += chunk.length;
      release.read(chunk.length);
      hash.update(chunk);
      inspect(chunk);
      if (headLength < headBytes) {
        head.push(chunk.subarray(0, headBytes - headLength));
        headLength += Math.min(chunk.length, headBytes - headLength);
      }
      if (!out.write(chunk)) {
        stream.pause();
        out.once('drain', () => stream.resume());
      }
    });
    stream.on('end', () => {
      if (!failed) out.end();
    });
    stream.on('error', reject);
    out.on('close', resolve);
  });
  return { size, sha256: hash.digest('hex'), head: Buffer.concat(head), truncated };
}
