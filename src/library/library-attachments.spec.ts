import { parseAttachmentReferences } from './library-attachments';

describe('parseAttachmentReferences', () => {
  it('reads library addresses, paths and bare numbers, once each, in order', () => {
    expect(
      parseAttachmentReferences(
        'https://portal.example.org/library/12, /library/7/download\n12 31;/library/5?x=1',
      ),
    ).toEqual({ ids: [12, 7, 31, 5], unreadable: [] });
  });

  it('returns what it cannot read, to be named in the error', () => {
    expect(parseAttachmentReferences('/library/abc 0 https://evil.example.org/x 4')).toEqual({
      ids: [4],
      unreadable: ['/library/abc', '0', 'https://evil.example.org/x'],
    });
  });

  it('treats an empty field as no attachment', () => {
    expect(parseAttachmentReferences(undefined)).toEqual({ ids: [], unreadable: [] });
    expect(parseAttachmentReferences('  \n ')).toEqual({ ids: [], unreadable: [] });
  });
});
