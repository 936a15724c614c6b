/**
 * The part of fontkit (PDFKit's own font reader, a dependency of ours for this) the reports
 * use: a font parsed once, which PDFKit takes in place of the file's bytes.
 */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
