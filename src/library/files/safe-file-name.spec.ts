import { contentDisposition, safeFileName } from './safe-file-name';

describe('safeFileName', () => {
  it('keeps the base name, drops folders and reserved characters, and uses the real type', () => {
    expect(safeFileName('C:\\Users\\a\\Rapport été.PDF', 'pdf')).toBe('Rapport été.pdf');
    expect(safeFileName('../../etc/passwd', 'txt')).toBe('passwd.txt');
    expect(safeFileName('invoice.pdf.exe', 'pdf')).toBe('invoice.pdf.pdf');
    expect(safeFileName('a<b>:"c"|?*\u0000\u202e.docx', 'docx')).toBe('abc.docx');
    expect(safeFileName('...', 'png')).toBe('document.png');
    expect(safeFileName('photo.jpeg', 'jpeg')).toBe('photo.jpg');
    expect(safeFileName('x'.repeat(500), 'csv')).toHaveLength(120);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact name as RFC 5987 filename*', () => {
    expect(contentDisposition('attachment', 'تقرير 2026.pdf')).toBe(
      `attachment; filename="_____ 2026.pdf"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1%202026.pdf`,
    );
    expect(contentDisposition('inline', "it's (v2).pdf")).toBe(
      `inline; filename="it's (v2).pdf"; filename*=UTF-8''it%27s%20%28v2%29.pdf`,
    );
  });
});
