import type { Translatable } from '../../common/i18n/translator';
import type { ScreeningFlight } from '../pipeline/screening-flight.entity';

/**
 * `KQ 101` (text: templates show it through `t`, which leaves a non-key as it is); a message
 * that named no flight (`message:<id>:<n>`) is "flight not named in message <id>".
 */
export function flightLabel(
  flight: Pick<ScreeningFlight, 'carrier' | 'number' | 'flightKey'>,
): Translatable {
  const named = [flight.carrier, flight.number].filter(Boolean).join(' ');
  if (named) return named;
  const message = /^message:(\d+):/.exec(flight.flightKey)?.[1] ?? '?';
  return { key: 'vetting.flight.unnamed', params: { message } };
}

/**
 * The scheduled departure as the message gives it (local time at the airport): `2026-12-02
 * 14:05`, or the date alone. Never converted to the reader's time zone: the portal does not
 * know the airport's.
 */
export function departureText(departureLocal: string | null): string | null {
  return departureLocal ? departureLocal.replace('T', ' ') : null;
}

/** `LHR → NBO`, or null when neither end is known. */
export function routeText(flight: Pick<ScreeningFlight, 'departureLocation' | 'arrivalLocation'>) {
  if (!flight.departureLocation && !flight.arrivalLocation) return null;
  return `${flight.departureLocation ?? '?'} → ${flight.arrivalLocation ?? '?'}`;
}
