import { isLate, leadText, messageFigures } from './message-timeliness';

const at = (iso: string) => new Date(iso);

describe('flights’ message figures', () => {
  it('counts API and PNR messages per flight, on time and late, with the latest lead time', () => {
    const figures = messageFigures([
      { flightId: 1, kind: 'PNRGOV', leadMinutes: 72 * 60, receivedAt: at('2026-03-01T00:00Z') },
      { flightId: 1, kind: 'PNRGOV', leadMinutes: 90, receivedAt: at('2026-03-03T22:30Z') },
      { flightId: 1, kind: 'PAXLST', leadMinutes: -15, receivedAt: at('2026-03-04T00:15Z') },
      { flightId: 1, kind: 'PAXLST', leadMinutes: 30, receivedAt: at('2026-03-03T23:30Z') },
      { flightId: 2, kind: 'PAXLST', leadMinutes: null, receivedAt: at('2026-03-03T23:30Z') },
      // Not about a flight, or not a passenger message: left out.
      { flightId: null, kind: 'PAXLST', leadMinutes: 5, receivedAt: at('2026-03-03T23:30Z') },
      { flightId: 1, kind: null, leadMinutes: 5, receivedAt: at('2026-03-03T23:30Z') },
    ]);
    expect(figures.get(1)).toEqual({
      api: { count: 2, onTime: 1, late: 1, latestLead: -15 },
      pnr: { count: 2, onTime: 2, late: 0, latestLead: 90 },
    });
    expect(figures.get(2)).toEqual({
      api: { count: 1, onTime: 0, late: 0, latestLead: null },
      pnr: { count: 0, onTime: 0, late: 0, latestLead: null },
    });
    expect(figures.has(3)).toBe(false);
  });

  it('calls a message late when it came after the departure', () => {
    expect(isLate(-1)).toBe(true);
    expect(isLate(0)).toBe(false);
    expect(isLate(600)).toBe(false);
    expect(isLate(null)).toBeNull();
  });

  it('says a lead time in days, hours or minutes, before or after departure', () => {
    expect(leadText(45)).toEqual({ key: 'vetting.lead.minutes.before', params: { minutes: 45 } });
    expect(leadText(-200)).toEqual({
      key: 'vetting.lead.hours.after',
      params: { hours: 3, minutes: 20 },
    });
    expect(leadText(3 * 1440 + 125)).toEqual({
      key: 'vetting.lead.days.before',
      params: { days: 3, hours: 2 },
    });
    expect(leadText(0)).toEqual({ key: 'vetting.lead.minutes.before', params: { minutes: 0 } });
  });
});
