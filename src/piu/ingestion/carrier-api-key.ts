import { randomBytes } from 'node:crypto';

/** `cttp_` + 43 characters of base64url (256 random bits). */
const KEY_PATTERN = /^cttp_[A-Za-z0-9_-]{43}$/;
/** How much of a key is shown to tell keys apart: `cttp_` and six characters (36 bits). */
export const VISIBLE_PREFIX_LENGTH = 11;

/** A new carrier API key: 256 bits from the system's random source, with a visible prefix. */
export function newCarrierApiKey(): { key: string; prefix: string } {
  const key = `cttp_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, VISIBLE_PREFIX_LENGTH) };
}

/** True for something shaped like a key of ours (checked before any hashing or lookup). */
export function isCarrierApiKeyShape(value: string): boolean {
  return KEY_PATTERN.test(value);
}
