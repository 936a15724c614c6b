/**
 * The values rules compare: what the field catalogue's getters read and what the loader types a
 * rule's values as. Their own file, so that the catalogue (which reads them) and the rule types
 * (which compare them) need not import each other.
 */

/**
 * A field value after typing: strings are kept upper-case (string comparison ignores case),
 * dates as ISO `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` strings (which sort as dates).
 */
export type FieldValue = string | number | boolean;

/** What a getter returns: one value, several (any may satisfy), or nothing (field absent). */
export type RawFieldValue = FieldValue | readonly FieldValue[] | undefined;
