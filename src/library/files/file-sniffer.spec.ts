import { sniffFileType, Utf8TextCheck, type SniffInput } from './file-sniffer';
import { docxOf, odtOf, ooxmlOf, pdfOf, zipOf } from './zip-writer';

function input(bytes: Buffer, name = 'upload.bin'): SniffInput {
  const text = new Utf8TextCheck();
  text.push(bytes);
  return {
    head: bytes.subarray(0, 4096),
    size: bytes.length,
    utf8Text: text.end(),
    name,
    read: (position, length) => Promise.resolve(bytes.subarray(position, position + length)),
  };
}

describe('sniffFileType', () => {
  it.each([
    ['pdf', pdfOf(['hello'])],
    ['docx', docxOf(['hello'])],
    ['xlsx', ooxmlOf('xlsx')],
    ['pptx', ooxmlOf('pptx')],
    ['odt', odtOf('hello')],
    ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2])],
    ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])],
    ['txt', Buffer.from('Bonjour, été — 你好')],
  ])('tells %s from its bytes whatever its name', async (type, bytes) => {
    await expect(sniffFileType(input(bytes, 'misleading.exe'))).resolves.toEqual({
      accepted: true,
      type,
    });
  });

  it('calls valid UTF-8 text CSV only when its name says so', async () => {
    await expect(sniffFileType(input(Buffer.from('a,b\n1,2\n'), 'table.CSV'))).resolves.toEqual({
      accepted: true,
      type: 'csv',
    });
  });

  it('refuses programs, other archives, binary and empty files with a reason', async () => {
    const refused = async (bytes: Buffer) => sniffFileType(input(bytes, 'report.pdf'));
    await expect(refused(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]))).resolves.toEqual({
      accepted: false,
      reason: 'executable',
    });
    await expect(refused(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]))).resolves.toMatchObject({
      reason: 'executable',
    });
    await expect(refused(Buffer.from('#!/bin/sh\nrm -rf /\n'))).resolves.toMatchObject({
      reason: 'executable',
    });
    await expect(refused(zipOf([{ name: 'evil.js', content: 'x' }]))).resolves.toMatchObject({
      reason: 'archive',
    });
    // An OOXML package naming no document part, and a mimetype that is not a text document.
    await expect(
      refused(zipOf([{ name: '[Content_Types].xml', content: '<Types/>' }])),
    ).resolves.toMatchObject({ reason: 'archive' });
    await expect(
      refused(
        zipOf([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet' }]),
      ),
    ).resolves.toMatchObject({ reason: 'archive' });
    await expect(refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).resolves.toMatchObject({
      reason: 'archive',
    });
    await expect(refused(Buffer.from([0xc3, 0x28, 0x41]))).resolves.toMatchObject({
      reason: 'unknown',
    });
    await expect(refused(Buffer.from('text\u0000with a NUL'))).resolves.toMatchObject({
      reason: 'unknown',
    });
    await expect(refused(Buffer.alloc(0))).resolves.toMatchObject({ reason: 'empty' });
  });
});

describe('Utf8TextCheck', () => {
  it('accepts a character split across chunks, and refuses a file that ends inside one', () => {
    const euro = Buffer.from('€');
    const split = new Utf8TextCheck();
    split.push(euro.subarray(0, 1));
    split.push(euro.subarray(1));
    expect(split.end()).toBe(true);
    const cut = new Utf8TextCheck();
    cut.push(euro.subarray(0, 2));
    expect(cut.end()).toBe(false);
  });

  /** What the WHATWG decoder, fed the same chunks, says of the bytes. */
  function decoderAccepts(chunks: Buffer[]): boolean {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
      for (const chunk of chunks) {
        if (chunk.includes(0)) return false;
        decoder.decode(chunk, { stream: true });
      }
      decoder.decode();
      return true;
    } catch {
      return false;
    }
  }

  function checkAccepts(chunks: Buffer[]): boolean {
    const check = new Utf8TextCheck();
    for (const chunk of chunks) check.push(chunk);
    return check.end();
  }

  it('agrees with the WHATWG decoder on every way of cutting text and malformed bytes', () => {
    const samples = [
      Buffer.from('Données passagers; данные; بيانات; 旅客数据; 𝄞 music; € and £'),
      Buffer.from([0xe2, 0x82]), // a cut euro sign
      Buffer.from([0x41, 0xe2, 0x41, 0x82, 0xac]), // a lead byte followed by ASCII
      Buffer.from([0xc0, 0xaf]), // an overlong slash
      Buffer.from([0xed, 0xa0, 0x80]), // a UTF-16 surrogate
      Buffer.from([0xf4, 0x90, 0x80, 0x80]), // past U+10FFFF
      Buffer.from([0x80, 0x41]), // a continuation byte first
      Buffer.from([0xf0, 0x9d, 0x84, 0x9e, 0xf0, 0x9d, 0x84]), // a whole and a cut 4-byte character
      Buffer.from([0xef, 0xbb, 0xbf, 0x61]), // a byte-order mark
    ];
    let cases = 0;
    for (const sample of samples) {
      for (let first = 0; first <= sample.length; first++) {
        for (let second = first; second <= sample.length; second++) {
          const chunks = [
            sample.subarray(0, first),
            sample.subarray(first, second),
            sample.subarray(second),
          ];
          expect(checkAccepts(chunks)).toBe(decoderAccepts(chunks));
          cases += 1;
        }
      }
    }
    expect(cases).toBeGreaterThan(500);
    expect(checkAccepts([samples[0]])).toBe(true);
    expect(checkAccepts([samples[2]])).toBe(false);
  });

  it('checks the bytes without decoding them into strings', () => {
    const decode = jest.spyOn(TextDecoder.prototype, 'decode');
    try {
      const check = new Utf8TextCheck();
      const text = Buffer.from('Données passagers\n'.repeat(4000));
      for (let at = 0; at < text.length; at += 1000) check.push(text.subarray(at, at + 1000));
      expect(check.end()).toBe(true);
      expect(decode).not.toHaveBeenCalled();
    } finally {
      decode.mockRestore();
    }
  });
});
