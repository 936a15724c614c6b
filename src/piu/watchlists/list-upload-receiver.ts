import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { ForbiddenException } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { deferredCsrfCheck, isMultipart } from '../../common/security/multipart-csrf';
import { writeStreamedPart } from '../../common/http/streamed-part';

/** One uploaded file, written whole to `path` inside the upload's own temporary folder. */
export interface ListFile {
  readonly path: string;
  /** The name the browser sent, for the version's record and the importer's messages. */
  readonly name: string;
  readonly sha256: string;
  readonly size: number;
  /** The first bytes, to tell XML from CSV from binary before the importer runs. */
  readonly head: Buffer;
}

export interface ReceivedListUpload {
  /** The folder holding the files; the caller removes it (`dropUpload`) whatever happens. */
  readonly folder: string;
  /** By form field (`file`, and OFAC's `alt`, `add`, `comments`). */
  readonly files: Record<string, ListFile>;
  /** A file went over the limit: none of it was kept. */
  readonly tooLarge: boolean;
  readonly notMultipart: boolean;
}

export interface ListUploadOptions {
  readonly temporaryRoot: string;
  readonly maxBytes: number;
  /** Form field → the name the file is saved under (OFAC's importer reads a folder by name). */
  readonly fields: Readonly<Record<string, string>>;
}

const HEAD_BYTES = 512;
const FORBIDDEN =
  'The form has expired or was not sent from this site. Reload the page and try again.';

/**
 * Streams a list upload (`multipart/form-data`) to files in a temporary folder of its own,
 * hashing each, so a 5 MB OFAC file is never whole in memory. It follows the library's
 * receiver (src/library/upload/multipart-receiver.ts) for CSRF: when the guard deferred the
 * check, the `_csrf` field must come, valid, before any file part (the form puts it first).
 * Unlike the library's, it takes several named files: OFAC's set is sdn.csv plus the optional
 * alt.csv, add.csv and sdn_comments.csv. Over `maxBytes` for a file, everything is dropped.
 */
export async function receiveListUpload(
  request: Request,
  options: ListUploadOptions,
): Promise<ReceivedListUpload> {
  await mkdir(options.temporaryRoot, { recursive: true });
  const folder = await mkdtemp(join(options.temporaryRoot, 'list-'));
  if (!isMultipart(request)) {
    return { folder, files: {}, tooLarge: false, notMultipart: true };
  }
  const csrfCheck = deferredCsrfCheck(request);
  let csrfValid = csrfCheck === null;
  let csrfRefused = false;
  const files: Record<string, ListFile> = {};
  let tooLarge = false;
  const writes: Promise<void>[] = [];
  const fieldCount = Object.keys(options.fields).length;
  const parser = busboy({
    headers: request.headers,
    defParamCharset: 'utf8',
    limits: {
      fileSize: options.maxBytes,
      files: fieldCount,
      fields: 20,
      fieldSize: 16 * 1024,
      parts: 20 + fieldCount,
    },
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value) => {
      if (name === '_csrf' && csrfCheck && !csrfValid) {
        csrfValid = csrfCheck(value);
        if (!csrfValid) csrfRefused = true;
      }
    });
    parser.on('file', (name, stream, info) => {
      const target = options.fields[name];
      if (!csrfValid || !target || files[name] || !info.filename) {
        if (!csrfValid) csrfRefused = true;
        stream.resume();
        return;
      }
      const writing = writeFile(stream, join(folder, target), info.filename).then((written) => {
        if (written === 'too-large') tooLarge = true;
        else files[name] = written;
      });
      writing.catch(() => undefined);
      writes.push(writing);
    });
    parser.on('close', resolve);
    parser.on('error', reject);
    request.on('aborted', () => reject(new Error('upload cancelled')));
    request.on('error', reject);
  });
  request.pipe(parser);
  try {
    await finished;
    await Promise.all(writes);
  } catch (error) {
    request.unpipe(parser);
    await dropUpload(folder);
    throw error;
  }
  if (csrfRefused || !csrfValid) {
    await dropUpload(folder);
    throw new ForbiddenException(FORBIDDEN);
  }
  return { folder, files: tooLarge ? {} : files, tooLarge, notMultipart: false };
}

/** Removes an upload's temporary folder; absent is fine. */
export async function dropUpload(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

async function writeFile(
  stream: Readable & { truncated?: boolean },
  path: string,
  name: string,
): Promise<ListFile | 'too-large'> {
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  const part = await writeStreamedPart(stream, out, HEAD_BYTES);
  if (part.truncated) return 'too-large';
  return { path, name, sha256: part.sha256, size: part.size, head: part.head };
}
