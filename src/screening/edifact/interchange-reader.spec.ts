import { EdifactSyntaxError } from './edifact-syntax-error';
import { readInterchange } from './interchange-reader';

const TWO_MESSAGES = `UNA:+.? '${[
  'UNB+UNOA:4+SENDER:ZZ+RECEIVER:ZZ+260301:0930+IC1',
  'UNG+PAXLST+SENDER+RECEIVER+260301:0930+G1+UN+D:05B',
  'UNH+M1+PAXLST:D:05B:UN:IATA+XX1/260301+01:C',
  'BGM+745',
  'UNT+3+M1',
  'UNH+M2+PAXLST:D:05B:UN:IATA+XX1/260301+02:F',
  'BGM+745',
  'NAD+FL+++DOE:JANE',
  'UNT+4+M2',
  'UNE+2+G1',
  'UNZ+1+IC1',
].join("'\n")}`;

describe('readInterchange', () => {
  it('reads envelopes, several messages, their headers and transfer status', () => {
    const interchange = readInterchange(`${TWO_MESSAGES}'`);
    expect(interchange.diagnostics).toEqual([]);
    expect(interchange).toMatchObject({ syntaxIdentifier: 'UNOA', syntaxVersion: 4, hasUna: true });
    expect(
      interchange.messages.map((m) => [m.index, m.type, m.version, m.release, m.reference]),
    ).toEqual([
      [1, 'PAXLST', 'D', '05B', 'M1'],
      [2, 'PAXLST', 'D', '05B', 'M2'],
    ]);
    expect(interchange.messages[1]).toMatchObject({
      commonAccess: 'XX1/260301',
      transfer: { sequence: 2, marker: 'F' },
    });
    expect(interchange.messages[1].segments.map((s) => s.tag)).toEqual(['BGM', 'NAD']);
    expect(interchange.messages[0].group?.tag).toBe('UNG');
  });

  it('checks UNT, UNE and UNZ counts and references', () => {
    const text = `${TWO_MESSAGES.replace('UNT+4+M2', 'UNT+9+MX').replace('UNE+2+G1', 'UNE+3+G2').replace('UNZ+1+IC1', 'UNZ+2+IC9')}'`;
    const interchange = readInterchange(text);
    expect(interchange.diagnostics.map((d) => [d.code, d.segmentTag, d.messageIndex])).toEqual([
      ['unt-count', 'UNT', 2],
      ['unt-reference', 'UNT', 2],
      ['une-count', 'UNE', undefined],
      ['une-reference', 'UNE', undefined],
      ['unz-count', 'UNZ', undefined],
      ['unz-reference', 'UNZ', undefined],
    ]);
    expect(interchange.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('counts messages in UNZ when there is no group', () => {
    const text =
      "UNB+UNOA:4+A+B+260301:0930+R1'UNH+1+PNRGOV:11:1:IA'MSG+:22'UNT+3+1'UNH+2+PNRGOV:11:1:IA'UNT+2+2'UNZ+2+R1'";
    expect(readInterchange(text).diagnostics).toEqual([]);
  });

  it('ends a message without UNT at the next UNH and reports it', () => {
    const text =
      "UNB+UNOA:4+A+B+260301:0930+R1'UNH+1+PAXLST:D:05B:UN'BGM+745'UNH+2+PAXLST:D:05B:UN'BGM+250'UNT+3+2'UNZ+2+R1'";
    const interchange = readInterchange(text);
    expect(interchange.messages.map((m) => m.segments.length)).toEqual([1, 1]);
    expect(interchange.diagnostics.map((d) => [d.code, d.segmentNumber])).toEqual([
      ['missing-unt', 4],
    ]);
  });

  it('reads a message without UNB/UNZ in loose mode, with warnings', () => {
    const interchange = readInterchange("UNH+1+PAXLST:D:05B:UN'BGM+745'UNT+3+1'");
    expect(interchange.messages).toHaveLength(1);
    expect(interchange.diagnostics.map((d) => d.code)).toEqual(['missing-unb']);
  });

  it('reports segments outside any message and unknown syntax identifiers', () => {
    const interchange = readInterchange("UNB+XXXX:4+A+B+260301:0930+R1'BGM+745'UNZ+0+R1'");
    expect(interchange.diagnostics.map((d) => d.code)).toEqual([
      'unknown-syntax',
      'segment-outside-message',
      'missing-unh',
    ]);
  });

  it('gives an error for input that is not EDIFACT', () => {
    expect(readInterchange('').diagnostics[0]).toMatchObject({
      code: 'unexpected-end',
      severity: 'error',
    });
    expect(readInterchange('hello world').diagnostics.at(-1)).toMatchObject({
      code: 'missing-unh',
      severity: 'error',
    });
  });

  it('throws the first violation in strict mode, naming segment, tag and offset', () => {
    const text = `${TWO_MESSAGES.replace('UNT+4+M2', 'UNT+5+M2')}'`;
    expect(() => readInterchange(text, { strict: true })).toThrow(
      /^segment 9 \(UNT\) at offset \d+: UNT counts 5 segments, the message has 4$/,
    );
  });

  it('decodes bytes as UTF-8 when valid and as Latin-1 otherwise, with byte offsets', () => {
    const utf8 = Buffer.from(
      "UNB+UNOY:4+A+B+260301:0930+R1'UNH+1+PAXLST:D:05B:UN'NAD+FL+++MÜLLER'UNT+9+1'UNZ+1+R1'",
      'utf8',
    );
    const read = readInterchange(utf8);
    expect(read.encoding).toBe('utf-8');
    expect(read.messages[0].segments[0].elements[3]).toEqual(['MÜLLER']);
    const unt = read.diagnostics.find((d) => d.code === 'unt-count')!;
    expect(unt.byteOffset).toBe(unt.offset! + 1);
    const latin1 = Buffer.from(
      "UNB+UNOC:3+A+B+260301:0930+R1'UNH+1+PAXLST:D:05B:UN'NAD+FL+++MÜLLER'UNT+3+1'UNZ+1+R1'",
      'latin1',
    );
    const readLatin = readInterchange(latin1);
    expect(readLatin.encoding).toBe('latin1');
    expect(readLatin.messages[0].segments[0].elements[3]).toEqual(['MÜLLER']);
  });

  it('is an EdifactSyntaxError that strict callers can catch', () => {
    try {
      readInterchange("UNB+UNOA:4+A+B+1+1'UNZ+1+2'", { strict: true });
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(EdifactSyntaxError);
    }
  });
});
