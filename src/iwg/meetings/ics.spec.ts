import { escapeText, foldLine, serialiseIcs, utcDateTime, type IcsEvent } from './ics';

const EVENT: IcsEvent = {
  uid: 'meeting-7@cttp.example.org',
  sequence: 2,
  stamp: new Date('2026-02-01T08:15:30.123Z'),
  start: new Date('2026-03-05T11:00:00Z'),
  end: new Date('2026-03-05T13:30:00Z'),
  summary: 'Q1 meeting; API, PNR',
  description: 'Agenda:\n1. Welcome\\intro',
  location: 'Nairobi, UNON',
  url: 'https://cttp.example.org/iwg/3/meetings/7',
  cancelled: false,
};

describe('iCalendar serialiser', () => {
  it('writes one VEVENT with CRLF line ends, UTC times and the fields a calendar needs', () => {
    const ics = serialiseIcs(EVENT);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toEqual(
      expect.arrayContaining([
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:meeting-7@cttp.example.org',
        'SEQUENCE:2',
        'DTSTAMP:20260201T081530Z',
        'DTSTART:20260305T110000Z',
        'DTEND:20260305T133000Z',
        'SUMMARY:Q1 meeting\\; API\\, PNR',
        'DESCRIPTION:Agenda:\\n1. Welcome\\\\intro',
        'LOCATION:Nairobi\\, UNON',
        'URL:https://cttp.example.org/iwg/3/meetings/7',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
      ]),
    );
  });

  it('marks a cancelled meeting and leaves out what is not there', () => {
    const ics = serialiseIcs({ ...EVENT, cancelled: true, location: null, description: '' });
    expect(ics).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(ics).not.toContain('LOCATION');
    expect(ics).not.toContain('DESCRIPTION');
  });

  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('writes UTC date-times without separators or fractions', () => {
    expect(utcDateTime(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
  });

  it('folds lines longer than 75 octets, continuation lines starting with a space', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBe(3);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('never splits a multi-byte UTF-8 character when folding', () => {
    // 2-, 3- and 4-byte characters, placed so a byte count of 75 would fall inside one.
    for (const text of ['é'.repeat(90), 'اجتماع'.repeat(20), '会议'.repeat(40), '🗓'.repeat(40)]) {
      const line = `SUMMARY:${text}`;
      const parts = foldLine(line).split('\r\n');
      for (const part of parts) {
        const bytes = Buffer.from(part, 'utf8');
        expect(bytes.length).toBeLessThanOrEqual(75);
        // Decoding each line alone gives back the same text: no character was cut in two.
        expect(bytes.toString('utf8')).toBe(part);
        expect(part).not.toContain('\uFFFD');
      }
      expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    }
  });

  it('folds the whole file, so no line of it is over 75 octets', () => {
    const ics = serialiseIcs({ ...EVENT, summary: 'Réunion trimestrielle '.repeat(10) });
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
