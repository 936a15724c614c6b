/**
 * The IANA time zones the runtime knows (Intl.supportedValuesOf), with UTC first: ICU lists
 * only the canonical zone names, which leaves UTC itself out, and it is the default.
 */
export const TIME_ZONES: readonly string[] = [
  'UTC',
  ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC'),
];

const KNOWN = new Set(TIME_ZONES);

export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && KNOWN.has(value);
}
