/** Plain calendar dates (`YYYY-MM-DD`) as whole days since 1970-01-01, for cheap comparisons. */
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a plain date, or null when the text is no real date (2026-02-30). */
export function dayNumber(text: string): number | null {
  const match = PLAIN_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return ms / 86_400_000;
}

/** The plain date (UTC) of an instant. */
export function plainDateOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Whether two inclusive day ranges share a day. */
export function overlaps(aFrom: number, aTo: number, bFrom: number, bTo: number): boolean {
  return aFrom <= bTo && bFrom <= aTo;
}
