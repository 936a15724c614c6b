import { NotFoundException } from '@nestjs/common';
import { StateCodePipe } from './state-code.pipe';

describe('StateCodePipe', () => {
  const pipe = new StateCodePipe();

  it('upper-cases an alpha-3 code', () => {
    expect(pipe.transform('ken')).toBe('KEN');
    expect(pipe.transform('FrA')).toBe('FRA');
  });

  it.each(['KENYA', 'KE', 'K3N', '', 'KEN ', '../', 'ÉTA'])('answers 404 for %j', (value) => {
    expect(() => pipe.transform(value)).toThrow(NotFoundException);
  });
});
