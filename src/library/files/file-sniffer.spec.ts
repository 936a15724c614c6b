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
});
