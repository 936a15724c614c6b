/**
 * What a traveller (or any query record) offers to the matcher. Every field is optional: API
 * data gives name parts, a query CSV may give one full name, a lost-document check only a number.
 */
export interface SubjectDocument {
  number: string;
  /** ISO 3166 alpha-3 when known. */
  issuingCountry?: string;
  /** Free text or a code (P passport, I identity card, V visa). */
  type?: string;
}

export interface ScreeningSubject {
  /** The whole name as written; used when the parts are absent, and as an extra query name. */
  fullName?: string;
  givenNames?: string;
  surname?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  dateOfBirth?: string;
  /** ISO 3166 alpha-3. */
  nationality?: string;
  gender?: 'M' | 'F';
  documents?: SubjectDocument[];
}
