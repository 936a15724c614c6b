import { EdifactSyntaxError } from './edifact/edifact-syntax-error';
import { parseMessage } from './parse-message';

const PAXLST = [
  "UNH+P1+PAXLST:D:05B:UN:IATA+XX1'",
  "BGM+745'",
  "TDT+20+XX1+++XX'",
  "LOC+125+GVA'",
  "DTM+189:2603011200:201'",
  "LOC+87+JFK'",
  "DTM+232:2603011500:201'",
  "NAD+FL+++DOE:JANE'",
  "DTM+329:800101'",
  "CNT+42:1'",
  "UNT+11+P1'",
].join('');
const PNRGOV = [
  "UNH+R1+PNRGOV:13:1:IA+XX1'",
  "MSG+:22'",
  "TVL+010326:1200:010326:1500+GVA+JFK+XX+1'",
  "EQN+1'",
  "SRC'",
  "RCI+XX:LOC123'",
  "TIF+DOE+JOHN MR:A:1'",
  "UNT+8+R1'",
].join('');

describe('parseMessage', () => {
  it('detects PAXLST and PNRGOV per message in one interchange', () => {
    const text = `UNB+IATA:1+XX+GOV+260301:0900+I1'${PAXLST}${PNRGOV}UNZ+2+I1'`;
    const result = parseMessage(text, { strict: true });
    expect(result.ok).toBe(true);
    expect(
      result.messages.map((m) => [m.format, m.version, m.messageIndex, m.travellers[0]?.surname]),
    ).toEqual([
      ['PAXLST', 'D05B', 1, 'DOE'],
      ['PNRGOV', '13.1', 2, 'DOE'],
    ]);
    expect(result.messages[1].travellers[0]).toMatchObject({
      givenNames: 'JOHN',
      title: 'MR',
      pnrLocator: 'LOC123',
    });
  });

  it('skips a message type it does not know, with a warning, and keeps the others', () => {
    const text = `UNB+UNOA:4+XX+GOV+260301:0900+I1'UNH+C1+CUSRES:D:05B:UN'BGM+962'UNT+3+C1'${PAXLST}UNZ+2+I1'`;
    const result = parseMessage(text);
    expect(result.messages.map((m) => m.format)).toEqual(['PAXLST']);
    expect(result.diagnostics.map((d) => [d.code, d.messageIndex])).toEqual([
      ['unknown-message-type', 1],
    ]);
  });

  it('never throws in loose mode: input that is not EDIFACT comes back with its error', () => {
    for (const input of ['', 'hello', Buffer.from([0xff, 0xfe, 0x00, 0x27]), "'''", 'UNA']) {
      const result = parseMessage(input);
      expect(result.ok).toBe(false);
      expect(result.error?.severity).toBe('error');
      expect(result.messages).toEqual([]);
    }
  });

  it('keeps a damaged message with its warnings and reads the rest of the batch', () => {
    const damaged = PAXLST.replace("UNT+11+P1'", '');
    const text = `UNB+IATA:1+XX+GOV+260301:0900+I1'${damaged}${PNRGOV}UNZ+2+I1'`;
    const result = parseMessage(text);
    expect(result.messages.map((m) => m.format)).toEqual(['PAXLST', 'PNRGOV']);
    expect(result.messages[0].diagnostics.map((d) => d.code)).toEqual(['missing-unt']);
    expect(result.messages[0].travellers).toHaveLength(1);
  });

  it('reads every interchange of an input that holds several back to back', () => {
    const first = `UNB+IATA:1+XX+GOV+260301:0900+I1'${PAXLST}UNZ+1+I1'`;
    const second = `UNA:+.? '\nUNB+IATA:1+XX+GOV+260301:0901+I2'${PNRGOV}UNZ+1+I2'`;
    const result = parseMessage(`${first}\n${second}\n`, { strict: true });
    expect(
      result.messages.map((m) => [m.format, m.messageIndex, m.controlReferences.interchange]),
    ).toEqual([
      ['PAXLST', 1, 'I1'],
      ['PNRGOV', 2, 'I2'],
    ]);
    const broken = parseMessage(`${first}\n${second.replace("UNT+8+R1'", "UNT+9+R1'")}`);
    const unt = broken.messages[1].diagnostics[0];
    expect(unt).toMatchObject({ code: 'unt-count', segmentNumber: 22, messageIndex: 2 });
    expect(`${first}\n${second}`.slice(unt.offset, unt.offset! + 4)).toBe('UNT+');
  });

  it('throws EdifactSyntaxError in strict mode', () => {
    expect(() => parseMessage('hello', { strict: true })).toThrow(EdifactSyntaxError);
  });

  it('reads two-digit birth years against the reference date', () => {
    const text = PAXLST.replace('DTM+329:800101', 'DTM+329:250601');
    const before = parseMessage(text, { referenceDate: new Date('2025-01-01') });
    const after = parseMessage(text, { referenceDate: new Date('2026-01-01') });
    expect(before.messages[0].travellers[0].dateOfBirth).toBe('1925-06-01');
    expect(after.messages[0].travellers[0].dateOfBirth).toBe('2025-06-01');
  });
});
