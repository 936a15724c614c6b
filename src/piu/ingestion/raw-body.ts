import type { Request } from 'express';

/** The body went over the limit: what was read is dropped, the rest is read and thrown away. */
export class BodyTooLarge extends Error {}

/**
 * The raw bytes of a request body, whatever its content type (the global parsers leave this
 * route alone: RAW_BODY_PATHS in src/common/security/body-limits.ts). A declared length over
 * `maxBytes` is refused before a byte is read; a body that grows past it while streaming is
 * refused at that point. Either way no more than `maxBytes` is ever held in memory: the rest
 * is drained without being kept, so the answer reaches a client still sending.
 */
export function readRawBody(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const onData = (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > maxBytes) {
        over = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => {
      if (!over) resolve(Buffer.concat(chunks, size));
    });
    request.once('error', reject);
    request.once('aborted', () => reject(new Error('request aborted')));
  });
}
