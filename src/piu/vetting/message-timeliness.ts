import type { MessageRef } from '../../common/i18n/translator';

/** What the flights pages read of a message: no personal data, only when it came. */
export interface MessageTiming {
  flightId: number | null;
  kind: string | null;
  /** Minutes from receipt to scheduled departure; negative: after it; null: unknown. */
  leadMinutes: number | null;
  receivedAt: Date;
}

/** One kind of message (API or PNR) of one flight. */
export interface KindFigures {
  count: number;
  onTime: number;
  late: number;
  /** The lead time of the message received last, when known. */
  latestLead: number | null;
}

export interface FlightMessageFigures {
  api: KindFigures;
  pnr: KindFigures;
}

/**
 * Late: received after the scheduled departure. The State's expectation (API before boarding
 * closes, PNR a day ahead) is not configured yet, so departure is the one line drawn; a
 * message without a lead time (a departure without a time) is neither on time nor late.
 */
export function isLate(leadMinutes: number | null): boolean | null {
  return leadMinutes === null ? null : leadMinutes < 0;
}

const empty = (): KindFigures => ({ count: 0, onTime: 0, late: 0, latestLead: null });

/** Per flight: API (PAXLST) and PNR (PNRGOV) messages received, on time and late. */
export function messageFigures(
  messages: readonly MessageTiming[],
): Map<number, FlightMessageFigures> {
  const figures = new Map<number, FlightMessageFigures>();
  const latestAt = new Map<string, number>();
  for (const message of messages) {
    if (message.flightId === null) continue;
    const side = message.kind === 'PAXLST' ? 'api' : message.kind === 'PNRGOV' ? 'pnr' : undefined;
    if (!side) continue;
    let flight = figures.get(message.flightId);
    if (!flight) figures.set(message.flightId, (flight = { api: empty(), pnr: empty() }));
    const kind = flight[side];
    kind.count++;
    const late = isLate(message.leadMinutes);
    if (late === true) kind.late++;
    else if (late === false) kind.onTime++;
    const key = `${message.flightId}:${side}`;
    const at = message.receivedAt.getTime();
    if (at >= (latestAt.get(key) ?? -Infinity)) {
      latestAt.set(key, at);
      kind.latestLead = message.leadMinutes;
    }
  }
  return figures;
}

export const NO_MESSAGES: FlightMessageFigures = { api: empty(), pnr: empty() };

/** "3 h 20 min before departure", "45 min after departure", "2 d 4 h before departure". */
export function leadText(minutes: number): MessageRef {
  const after = minutes < 0;
  const total = Math.abs(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  const side = after ? 'after' : 'before';
  if (days > 0) return { key: `vetting.lead.days.${side}`, params: { days, hours } };
  if (hours > 0) return { key: `vetting.lead.hours.${side}`, params: { hours, minutes: rest } };
  return { key: `vetting.lead.minutes.${side}`, params: { minutes: rest } };
}
