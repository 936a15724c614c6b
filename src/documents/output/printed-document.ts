import type { Block } from './document-blocks';

/**
 * A State's document as the three downloads print it, every label already in the document's
 * language: the title, a line about it, its sections as blocks, and the footer (the State's
 * name, the version and the status) each page carries.
 */
export interface PrintedDocument {
  title: string;
  /** BCP 47 / ISO 639-1 code of the document's language. */
  language: string;
  preamble: string;
  sections: { title: string; blocks: Block[]; html: string; problem: string | null }[];
  footer: string;
}
