import { signUnsubscribe, verifyUnsubscribe } from './unsubscribe-token';

const SECRET = 'k'.repeat(40);

describe('unsubscribe tokens', () => {
  it('round-trips a member and a topic', () => {
    const token = signUnsubscribe(SECRET, { userId: 42, topic: 'new-thread' });
    expect(token).toMatch(/^42\.new-thread\.[\w-]{43}$/);
    expect(verifyUnsubscribe(SECRET, token)).toEqual({ userId: 42, topic: 'new-thread' });
    expect(
      verifyUnsubscribe(SECRET, signUnsubscribe(SECRET, { userId: 7, topic: 'digest' })),
    ).toEqual({ userId: 7, topic: 'digest' });
  });

  it('refuses another member, another topic, another secret, or any altered character', () => {
    const token = signUnsubscribe(SECRET, { userId: 42, topic: 'mention' });
    const mac = token.split('.')[2];
    expect(verifyUnsubscribe(SECRET, `43.mention.${mac}`)).toBeNull();
    expect(verifyUnsubscribe(SECRET, `42.reply.${mac}`)).toBeNull();
    expect(verifyUnsubscribe('x'.repeat(40), token)).toBeNull();
    for (let i = 0; i < token.length; i++) {
      const altered = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
      expect(verifyUnsubscribe(SECRET, altered)).toBeNull();
    }
  });

  it('refuses a well-signed topic that is no notification type, and malformed tokens', () => {
    const bogus = signUnsubscribe(SECRET, { userId: 1, topic: 'mention' }).replace(
      'mention',
      'everything',
    );
    expect(verifyUnsubscribe(SECRET, bogus)).toBeNull();
    expect(verifyUnsubscribe(SECRET, '')).toBeNull();
    expect(verifyUnsubscribe(SECRET, '1.mention')).toBeNull();
    expect(verifyUnsubscribe(SECRET, '1.mention.short')).toBeNull();
  });
});
