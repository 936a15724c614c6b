import { joinTravellers, type KnownTraveller } from './traveller-join';

const known = (id: number, over: Partial<KnownTraveller>): KnownTraveller => ({
  id,
  documentHash: null,
  nameDobHash: null,
  bookingHash: null,
  nameHash: `name-${id}`,
  fromApi: false,
  fromPnr: true,
  ...over,
});

describe('joinTravellers', () => {
  it('joins on the document first, then on name and date of birth', () => {
    const flight = [
      known(1, { documentHash: 'doc-a', nameHash: 'ann' }),
      known(2, { nameDobHash: 'bob-1980', nameHash: 'bob' }),
    ];
    const joined = joinTravellers(flight, [
      {
        documentHash: 'doc-a',
        nameDobHash: 'ann-1990',
        bookingHash: null,
        nameHash: 'ann',
        fromApi: true,
      },
      {
        documentHash: 'doc-b',
        nameDobHash: 'bob-1980',
        bookingHash: null,
        nameHash: 'bob',
        fromApi: true,
      },
      {
        documentHash: 'doc-c',
        nameDobHash: 'cy-1970',
        bookingHash: null,
        nameHash: 'cy',
        fromApi: true,
      },
    ]);
    expect(joined).toEqual([1, 2, undefined]);
  });

  it('joins an API traveller to the only PNR traveller of that name when the PNR has no date of birth', () => {
    const flight = [known(7, { nameHash: 'dana' })];
    expect(
      joinTravellers(flight, [
        {
          documentHash: 'doc-d',
          nameDobHash: 'dana-1985',
          bookingHash: null,
          nameHash: 'dana',
          fromApi: true,
        },
      ]),
    ).toEqual([7]);
  });

  it('keeps namesakes apart: two of one name, or dates of birth that differ', () => {
    const twins = [known(1, { nameHash: 'lee' }), known(2, { nameHash: 'lee' })];
    expect(
      joinTravellers(twins, [
        {
          documentHash: null,
          nameDobHash: 'lee-2000',
          bookingHash: null,
          nameHash: 'lee',
          fromApi: true,
        },
      ]),
    ).toEqual([undefined]);
    const dated = [known(3, { nameHash: 'max', nameDobHash: 'max-1960' })];
    expect(
      joinTravellers(dated, [
        {
          documentHash: null,
          nameDobHash: 'max-1999',
          bookingHash: null,
          nameHash: 'max',
          fromApi: true,
        },
      ]),
    ).toEqual([undefined]);
  });

  it('gives each known traveller to one incoming traveller only', () => {
    const flight = [known(1, { nameDobHash: 'sam-1990', nameHash: 'sam' })];
    expect(
      joinTravellers(flight, [
        {
          documentHash: null,
          nameDobHash: 'sam-1990',
          bookingHash: null,
          nameHash: 'sam',
          fromApi: false,
        },
        {
          documentHash: null,
          nameDobHash: 'sam-1990',
          bookingHash: null,
          nameHash: 'sam',
          fromApi: false,
        },
      ]),
    ).toEqual([1, undefined]);
  });

  it('joins a PNR pushed again on the booking and the name', () => {
    const flight = [known(5, { nameHash: 'ada', bookingHash: 'abc123-ada' })];
    expect(
      joinTravellers(flight, [
        {
          documentHash: null,
          nameDobHash: null,
          bookingHash: 'abc123-ada',
          nameHash: 'ada',
          fromApi: false,
        },
        {
          documentHash: null,
          nameDobHash: null,
          bookingHash: 'xyz789-ada',
          nameHash: 'ada',
          fromApi: false,
        },
      ]),
    ).toEqual([5, undefined]);
  });

  it('does not join on a name alone between two messages of the same kind', () => {
    const flight = [known(4, { nameHash: 'eve', fromApi: false, fromPnr: true })];
    expect(
      joinTravellers(flight, [
        {
          documentHash: null,
          nameDobHash: null,
          bookingHash: null,
          nameHash: 'eve',
          fromApi: false,
        },
      ]),
    ).toEqual([undefined]);
  });
});
