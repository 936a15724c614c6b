import { SessionEndings, type EndedSessions } from './session-endings';

describe('SessionEndings', () => {
  it('tells every subscriber, even when one of them throws, until it unsubscribes', () => {
    const endings = new SessionEndings();
    const heard: EndedSessions[] = [];
    endings.subscribe(() => {
      throw new Error('a broken listener');
    });
    const unsubscribe = endings.subscribe((ended) => heard.push(ended));
    endings.announce({ kind: 'user', userId: 7, exceptSid: 'keep' });
    endings.announce({ kind: 'sessions', sids: ['a', 'b'] });
    unsubscribe();
    endings.announce({ kind: 'sessions', sids: ['c'] });
    expect(heard).toEqual([
      { kind: 'user', userId: 7, exceptSid: 'keep' },
      { kind: 'sessions', sids: ['a', 'b'] },
    ]);
  });

  it('announces nothing for an empty list of sessions', () => {
    const endings = new SessionEndings();
    const heard: EndedSessions[] = [];
    endings.subscribe((ended) => heard.push(ended));
    endings.announce({ kind: 'sessions', sids: [] });
    expect(heard).toEqual([]);
  });
});
