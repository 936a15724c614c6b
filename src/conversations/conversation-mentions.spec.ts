import { matchParticipants } from './conversation-mentions';
import { recipientAddresses } from './conversations.service';

const amina = { id: 1, email: 'amina.kamau@gov.ke', name: 'Amina Kamau' };
const aminaToo = { id: 2, email: 'amina.kamau@gov.ug', name: 'Amina Kamau Nakato' };
const baraka = { id: 3, email: 'Baraka.Mwangi@gov.tz', name: 'Baraka Mwangi' };

describe('matchParticipants', () => {
  it('names a participant by the local part of their address, or by the whole address', () => {
    const { matched, unmatched } = matchParticipants(
      ['baraka.mwangi', 'amina.kamau@gov.ug', 'someone.else'],
      [amina, aminaToo, baraka],
    );
    expect(matched.get('baraka.mwangi')).toBe(baraka);
    expect(matched.get('amina.kamau@gov.ug')).toBe(aminaToo);
    expect(unmatched).toEqual(['someone.else']);
  });

  it('leaves a local part two participants share to neither (nor to the outsiders)', () => {
    const { matched, unmatched } = matchParticipants(['amina.kamau'], [amina, aminaToo]);
    expect(matched.size).toBe(0);
    expect(unmatched).toEqual([]);
  });
});

describe('recipientAddresses', () => {
  it('splits on commas, semicolons, spaces and lines, lower-cases, and says each address once', () => {
    expect(recipientAddresses(' A@x.org, b@x.org;c@x.org\n a@X.org  d@x.org ,, ')).toEqual([
      'a@x.org',
      'b@x.org',
      'c@x.org',
      'd@x.org',
    ]);
    expect(recipientAddresses(' , ; ')).toEqual([]);
  });
});
