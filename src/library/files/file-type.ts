/**
 * The file types the library accepts, told from the bytes (file-sniffer.ts), never from the
 * name or the browser's header. Each has the media type it is served with and the extension a
 * download's name gets, whatever the uploaded name said.
 */
export const FILE_TYPES = [
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'txt',
  'csv',
  'png',
  'jpeg',
] as const;
export type FileType = (typeof FILE_TYPES)[number];

export interface FileTypeInfo {
  readonly mediaType: string;
  readonly extension: string;
  /** Shown in the browser (inline preview) as well as downloaded: no script can run in these. */
  readonly previewable: boolean;
  /** Text the background extraction can read for search. */
  readonly extractable: boolean;
}

export const FILE_TYPE_INFO: Readonly<Record<FileType, FileTypeInfo>> = {
  pdf: { mediaType: 'application/pdf', extension: 'pdf', previewable: true, extractable: true },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    previewable: false,
    extractable: true,
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    previewable: false,
    extractable: false,
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
    previewable: false,
    extractable: false,
  },
  odt: {
    mediaType: 'application/vnd.oasis.opendocument.text',
    extension: 'odt',
    previewable: false,
    extractable: false,
  },
  txt: {
    mediaType: 'text/plain; charset=utf-8',
    extension: 'txt',
    previewable: false,
    extractable: true,
  },
  csv: {
    mediaType: 'text/csv; charset=utf-8',
    extension: 'csv',
    previewable: false,
    extractable: true,
  },
  png: { mediaType: 'image/png', extension: 'png', previewable: true, extractable: false },
  jpeg: { mediaType: 'image/jpeg', extension: 'jpg', previewable: true, extractable: false },
};

export function isFileType(value: unknown): value is FileType {
  return typeof value === 'string' && (FILE_TYPES as readonly string[]).includes(value);
}
