import { certificateCode } from './training-learning.service';
import { normaliseCode } from './training-certificates.service';

describe('certificate codes', () => {
  it('are 20 characters without look-alikes, in four groups, and differ each time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => certificateCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}(-[A-HJKMNP-Z2-9]{5}){3}$/);
  });

  it('are read as people type them: any case, spaces or dashes anywhere', () => {
    expect(normaliseCode(' abcde fghjk-mnpqr stuvw ')).toBe('ABCDE-FGHJK-MNPQR-STUVW');
    expect(normaliseCode('ABCDE-FGHJK-MNPQR')).toBeNull();
    expect(normaliseCode("ABCDE-FGHJK-MNPQR-STUV'")).toBeNull();
  });
});
