import { ForbiddenException } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { deferredCsrfCheck, isMultipart } from '../../common/security/multipart-csrf';

/** One file of the form: its bytes, or nothing when it went over the limit. */
export interface UploadedFile {
  name: string;
  bytes: Buffer | null;
  tooLarge: boolean;
}

/** Most files one upload takes. */
export const MAX_FILES = 20;

const FORBIDDEN =
  'The form has expired or was not sent from this site. Reload the page and try again.';

/**
 * Reads the upload page's `multipart/form-data` body: the `_csrf` field (checked before any
 * file is taken, as the guard deferred it to here), then up to MAX_FILES files of the `files`
 * field, each held in memory up to `maxBytes` (a message is a few megabytes at most); a file
 * over the limit is read to its end and dropped, and reported as too large.
 */
export async function receiveUploads(
  request: Request,
  maxBytes: number,
): Promise<UploadedFile[] | null> {
  if (!isMultipart(request)) return null;
  const csrfCheck = deferredCsrfCheck(request);
  let csrfValid = csrfCheck === null;
  let refused = false;
  const files: UploadedFile[] = [];
  const parser = busboy({
    headers: request.headers,
    defParamCharset: 'utf8',
    limits: {
      fileSize: maxBytes,
      files: MAX_FILES,
      fields: 10,
      fieldSize: 4096,
      parts: MAX_FILES + 10,
    },
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('field', (name, value) => {
      if (name === '_csrf' && csrfCheck && !csrfValid) {
        csrfValid = csrfCheck(value);
        if (!csrfValid) refused = true;
      }
    });
    parser.on('file', (name, stream, info) => {
      if (!csrfValid) refused = true;
      if (!csrfValid || name !== 'files' || !info.filename) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      const file: UploadedFile = {
        name: info.filename.slice(0, 200),
        bytes: null,
        tooLarge: false,
      };
      files.push(file);
      stream.on('data', (chunk: Buffer) => {
        if (!file.tooLarge) chunks.push(chunk);
      });
      stream.on('limit', () => {
        file.tooLarge = true;
        chunks.length = 0;
      });
      stream.on('end', () => {
        if (!file.tooLarge) file.bytes = Buffer.concat(chunks);
      });
    });
    parser.on('close', resolve);
    parser.on('error', reject);
    request.on('aborted', () => reject(new Error('upload cancelled')));
    request.pipe(parser);
  });
  if (refused || !csrfValid) throw new ForbiddenException(FORBIDDEN);
  return files;
}
