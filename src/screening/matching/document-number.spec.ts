import { normaliseDocumentNumber } from './document-number';

describe('normaliseDocumentNumber', () => {
  it('drops spaces, MRZ fillers, hyphens and dots and reads O as 0 and I as 1', () => {
    expect(normaliseDocumentNumber(' ab 12-34.56<<')).toBe('AB123456');
    expect(normaliseDocumentNumber('OI234')).toBe(normaliseDocumentNumber('0I234'));
    expect(normaliseDocumentNumber('OI234')).toBe('01234');
    expect(normaliseDocumentNumber('A8123456')).not.toBe(normaliseDocumentNumber('AB123456'));
  });
});
