/**
 * A moment as the person reads it: "2026-11-23 14:05 Africa/Nairobi", in the time zone of
 * their profile. ISO-like order so it reads the same in every language; the zone name says
 * which clock it is. An unknown zone falls back to UTC rather than failing the page.
 */
export function formatLocalTime(date: Date, timeZone: string): string {
  let zone = timeZone;
  let format: Intl.DateTimeFormat;
  try {
    format = formatterFor(zone);
  } catch {
    zone = 'UTC';
    format = formatterFor(zone);
  }
  const part = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  // Some ICU versions write midnight as 24 in the 24-hour cycle.
  const hour = part.hour === '24' ? '00' : part.hour;
  return `${part.year}-${part.month}-${part.day} ${hour}:${part.minute} ${zone}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  return format;
}
