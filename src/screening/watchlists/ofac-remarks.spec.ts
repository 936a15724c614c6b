import { parseOfacBirthDate, parseOfacRemarks } from './ofac-remarks';

describe('OFAC remarks', () => {
  it.each([
    ['12 Jan 1960', { kind: 'exact', date: '1960-01-12' }],
    ['1960', { kind: 'year', year: 1960 }],
    ['Jan 1960', { kind: 'year', year: 1960 }],
    ['circa 1960', { kind: 'year', year: 1960, approximate: true }],
    ['circa 02 Mar 1961', { kind: 'year', year: 1961, approximate: true }],
    ['1958 to 1960', { kind: 'range', fromYear: 1958, toYear: 1960 }],
    ['01 Jan 1958 to 31 Dec 1960', { kind: 'range', fromYear: 1958, toYear: 1960 }],
    ['Jan 1960 to Mar 1960', { kind: 'year', year: 1960 }],
    ['circa 1979-1982', { kind: 'range', fromYear: 1979, toYear: 1982 }],
  ])('reads DOB %s', (text, expected) => {
    expect(parseOfacBirthDate(text)).toEqual(expected);
  });

  it.each(['32 Jan 1960', 'Foo 1960', 'sometime', '1960 to later'])('ignores DOB %s', (text) => {
    expect(parseOfacBirthDate(text)).toBeUndefined();
  });

  it('reads every statement screening uses and ignores the rest', () => {
    expect(
      parseOfacRemarks(
        "DOB 05 Jun 1985; POB Tocoa, Colon, Honduras; citizen Honduras; Gender Female; Numero de Identidad 0209-1985-02347 (Honduras); Phone Number 5551234; a.k.a. 'CACHIROS'; n.k.a. 'NEW NAME'; Passport without number.",
      ),
    ).toEqual({
      datesOfBirth: [{ kind: 'exact', date: '1985-06-05' }],
      placesOfBirth: ['Tocoa, Colon, Honduras'],
      nationalities: ['HND'],
      gender: 'F',
      documents: [
        { type: 'Numero de Identidad', number: '0209-1985-02347', issuingCountry: 'HND' },
      ],
      aliases: [
        { name: 'CACHIROS', quality: 'good' },
        { name: 'NEW NAME', quality: 'good' },
      ],
    });
  });
});
