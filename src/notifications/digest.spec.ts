import { DIGEST_ITEMS_PER_TYPE, assembleDigest, type DigestCandidate } from './digest';

function candidate(id: number, type: DigestCandidate['type'], minutes: number, visible = true) {
  return {
    id,
    type,
    createdAt: new Date(Date.UTC(2026, 0, 5, 8, minutes)),
    actorName: null,
    params: {},
    subject: visible ? { title: `Subject ${id}`, path: `/s/${id}` } : undefined,
  } satisfies DigestCandidate;
}

describe('assembleDigest', () => {
  it('groups by type in the declared order, newest first within a type', () => {
    const digest = assembleDigest([
      candidate(1, 'new-resource', 1),
      candidate(2, 'new-thread', 2),
      candidate(3, 'mention', 3),
      candidate(4, 'new-thread', 4),
    ]);
    expect(digest.sections.map((s) => [s.type, s.items.map((i) => i.id)])).toEqual([
      ['mention', [3]],
      ['new-thread', [4, 2]],
      ['new-resource', [1]],
    ]);
    expect(digest.count).toBe(4);
  });

  it('leaves out what the member may not see, yet counts it as dealt with', () => {
    const digest = assembleDigest([candidate(1, 'reply', 1), candidate(2, 'reply', 2, false)]);
    expect(digest.sections).toEqual([
      { type: 'reply', items: [expect.objectContaining({ id: 1 })] },
    ]);
    expect(digest.count).toBe(1);
    expect(digest.handledIds).toEqual([1, 2]);
  });

  it('is empty when nothing is visible, and lists at most a page per type', () => {
    expect(assembleDigest([candidate(1, 'review', 1, false)]).count).toBe(0);
    const many = Array.from({ length: DIGEST_ITEMS_PER_TYPE + 5 }, (_, i) =>
      candidate(i + 1, 'new-thread', i),
    );
    const digest = assembleDigest(many);
    expect(digest.count).toBe(DIGEST_ITEMS_PER_TYPE);
    expect(digest.sections[0].items[0].id).toBe(DIGEST_ITEMS_PER_TYPE + 5);
    expect(digest.handledIds).toHaveLength(DIGEST_ITEMS_PER_TYPE + 5);
  });
});
