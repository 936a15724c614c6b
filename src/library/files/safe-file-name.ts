import { FILE_TYPE_INFO, type FileType } from './file-type';

/** Longest stored name, in characters, extension included. */
const MAX_NAME = 120;

/**
 * The name a file is stored and offered under: the uploaded name's base without any folder,
 * control or reserved character, dots at either end or runs of spaces, cut to a sane length,
 * with the extension of the type the bytes showed (a PDF uploaded as `x.exe` downloads as
 * `x.pdf`). Never empty.
 */
export function safeFileName(uploaded: string, type: FileType): string {
  const base = (uploaded.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f"*:<>?|\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\.[^.]*$/, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const extension = FILE_TYPE_INFO[type].extension;
  const room = MAX_NAME - extension.length - 1;
  const trimmed = [...base].slice(0, room).join('').trim();
  return `${trimmed || 'document'}.${extension}`;
}

/**
 * `Content-Disposition` for a stored name: an ASCII fallback (`filename="…"`, quotes and
 * anything outside printable ASCII replaced) and the exact name as RFC 5987 `filename*`.
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
