/**
 * Splits a flight designator (`AA123`, `UA0989`, `BAW12A`) into carrier and number. When the
 * message names the carrier separately, that prefix is removed; otherwise the IATA shape decides
 * (two characters, or three letters for ICAO). Anything else is kept whole as the number.
 */
export function splitFlight(
  designator: string,
  carrier: string | undefined,
): { carrier?: string; number?: string } {
  const id = designator.replace(/\s+/g, '').toUpperCase();
  if (id === '') return carrier ? { carrier } : {};
  if (carrier && id.startsWith(carrier) && id.length > carrier.length) {
    return { carrier, number: id.slice(carrier.length) };
  }
  if (carrier) return { carrier, number: id };
  const match = /^([A-Z]{3}|[A-Z0-9]{2})(\d{1,5}[A-Z]?)$/.exec(id);
  if (match) return { carrier: match[1], number: match[2] };
  return { number: id };
}
