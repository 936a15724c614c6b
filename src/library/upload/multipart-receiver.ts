import { ForbiddenException } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { deferredCsrfCheck, isMultipart } from '../../common/security/multipart-csrf';
import { writeStreamedPart } from '../../common/http/streamed-part';
import { HEAD_BYTES, Utf8TextCheck } from '../files/file-sniffer';
import type { BlobStore, TemporaryBlob } from '../storage/blob-store';

/** A file received whole under a temporary name: not in the store until committed. */
export interface ReceivedFile {
  readonly temporaryPath: string;
  readonly sha256: string;
  readonly size: number;
  /** The name the browser sent (only a hint: the type comes from the bytes). */
  readonly name: string;
  readonly head: Buffer;
  readonly utf8Text: boolean;
}

/** The form's text fields (a repeated name gives a list) and its file, if one was chosen. */
export interface ReceivedForm {
  readonly fields: Record<string, string | string[]>;
  readonly file: ReceivedFile | null;
  /** The file went over the limit: nothing of it was kept. */
  readonly tooLarge: boolean;
  /** The body was not multipart/form-data (a form posted without its enctype, a script). */
  readonly notMultipart: boolean;
}

export interface ReceiveOptions {
  readonly store: BlobStore;
  readonly maxBytes: number;
  /** The one file field read; other file parts are skipped. */
  readonly fileField: string;
}

const FORBIDDEN =
  'The form has expired or was not sent from this site. Reload the page and try again.';

/**
 * Streams a `multipart/form-data` upload to a temporary file while hashing it (SHA-256),
 * keeping its first bytes for the sniffer and checking whether it is UTF-8 text, so the file
 * is never whole in memory. Over `maxBytes`, the temporary file is dropped and the rest of
 * the body is read and thrown away. A cancelled or broken request drops it too.
 *
 * CSRF: when the guard deferred the check to here, the `_csrf` field must come, valid, before
 * the file part; a file part before it, or a bad token, is refused (403) and nothing is kept.
 */
export async function receiveMultipart(
  request: Request,
  options: ReceiveOptions,
): Promise<ReceivedForm> {
  if (!isMultipart(request)) {
    return { fields: plainFields(request.body), file: null, tooLarge: false, notMultipart: true };
  }
  const csrfCheck = deferredCsrfCheck(request);
  let csrfValid = csrfCheck === null;
  let csrfRefused = false;
  const fields: Record<string, string | string[]> = {};
  const temporaries: TemporaryBlob[] = [];
  let file: ReceivedFile | null = null;
  let tooLarge = false;
  const writes: Promise<void>[] = [];

  const parser = busboy({
    headers: request.headers,
    defParamCharset: 'utf8',
    limits: { fileSize: options.maxBytes, files: 1, fields: 100, fieldSize: 16 * 1024, parts: 110 },
  });

  const finished = new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value) => {
      if (name === '_csrf' && csrfCheck && !csrfValid) {
        csrfValid = csrfCheck(value);
        if (!csrfValid) csrfRefused = true;
        return;
      }
      const given = fields[name];
      if (given === undefined) fields[name] = value;
      else fields[name] = Array.isArray(given) ? [...given, value] : [given, value];
    });
    parser.on('file', (name, stream, info) => {
      if (!csrfValid || name !== options.fileField || file !== null || !info.filename) {
        if (!csrfValid) csrfRefused = true;
        stream.resume();
        return;
      }
      const writing = writeFile(stream, info.filename, options, (temporary) =>
        temporaries.push(temporary),
      ).then((written) => {
        if (written.truncated) tooLarge = true;
        else file = written.file;
      });
      // Awaited below; when the request fails first, the failure is handled there instead.
      writing.catch(() => undefined);
      writes.push(writing);
    });
    parser.on('close', resolve);
    parser.on('error', reject);
    request.on('aborted', () => reject(new Error('upload cancelled')));
    request.on('close', () => {
      if (!request.complete) reject(new Error('upload cancelled'));
    });
    request.on('error', reject);
  });
  request.pipe(parser);
  try {
    await finished;
    await Promise.all(writes);
  } catch (error) {
    // A cancelled or broken request: its file part never ends, so its writing is stopped here.
    request.unpipe(parser);
    await dropAll(temporaries, options.store);
    throw error;
  }
  const kept = file as ReceivedFile | null;
  if (csrfRefused || !csrfValid) {
    await dropAll(temporaries, options.store);
    throw new ForbiddenException(FORBIDDEN);
  }
  if (tooLarge) await dropAll(temporaries, options.store);
  return { fields, file: tooLarge ? null : kept, tooLarge, notMultipart: false };
}

/** Closes and removes temporary files. */
async function dropAll(temporaries: readonly TemporaryBlob[], store: BlobStore): Promise<void> {
  for (const temporary of temporaries) {
    // Closed first: a stream still opening its file would create it after the removal.
    if (!temporary.stream.closed)
      await new Promise<void>((resolve) => {
        temporary.stream.once('close', () => resolve());
        temporary.stream.destroy();
      });
    await store.discard(temporary.path);
  }
}

async function writeFile(
  stream: NodeJS.ReadableStream & { truncated?: boolean },
  name: string,
  options: ReceiveOptions,
  onTemporary: (temporary: TemporaryBlob) => void,
): Promise<{ temporaryPath: string; truncated: boolean; file: ReceivedFile }> {
  const temporary = await options.store.temporary();
  onTemporary(temporary);
  const text = new Utf8TextCheck();
  const part = await writeStreamedPart(stream, temporary.stream, HEAD_BYTES, (chunk) =>
    text.push(chunk),
  );
  return {
    temporaryPath: temporary.path,
    truncated: part.truncated,
    file: {
      temporaryPath: temporary.path,
      sha256: part.sha256,
      size: part.size,
      name,
      head: part.head,
      utf8Text: text.end(),
    },
  };
}

/** A non-multipart body's fields (a form posted without its enctype): strings only. */
function plainFields(body: unknown): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
      if (typeof value === 'string') fields[key] = value;
      else if (Array.isArray(value)) fields[key] = value.filter((v) => typeof v === 'string');
    }
  }
  return fields;
}
