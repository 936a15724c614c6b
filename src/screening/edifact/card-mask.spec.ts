import { cardLastFour, maskCardNumber, maskCardNumbersInText, passesLuhn } from './card-mask';

describe('card masking', () => {
  it('keeps only the last four digits of a card number', () => {
    expect(maskCardNumber('4111111111111111')).toBe('XXXXXXXXXXXX1111');
    expect(maskCardNumber('372395XXXXX9581')).toBe('XXXXXXXXXXX9581');
    expect(cardLastFour('4111 1111 1111 1234')).toBe('1234');
  });

  it('masks Luhn-valid card numbers in free text, grouped or not, and leaves other numbers', () => {
    expect(maskCardNumbersInText('FOP CC VI 4111 1111 1111 1111 EXP 1228')).toBe(
      'FOP CC VI XXXX XXXX XXXX 1111 EXP 1228',
    );
    expect(maskCardNumbersInText('PAID 5500-0000-0000-0004 OK')).toBe(
      'PAID XXXX-XXXX-XXXX-0004 OK',
    );
    expect(maskCardNumbersInText('CTCR 00115555555555')).toBe('CTCR 00115555555555');
    // Glued to other digits: the card is still found (neighbours may be masked too).
    expect(maskCardNumbersInText('SEAT 30C411111111114111 1111 1111 1111 EXP')).toMatch(
      /XXXX XXXX XXXX 1111 EXP$/,
    );
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
});
