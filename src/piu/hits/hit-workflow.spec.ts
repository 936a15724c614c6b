import { availableActions, decide, type HitPosition } from './hit-workflow';

const ANA = { userId: 1, supervisor: false };
const BEN = { userId: 2, supervisor: false };
const SUPERVISOR = { userId: 3, supervisor: true };

const at = (
  status: HitPosition['status'],
  assigneeId: number | null = null,
  proposerId: number | null = null,
): HitPosition => ({ status, assigneeId, proposerId });

describe('the hit workflow', () => {
  it('lets anyone take a new hit, which becomes theirs to review', () => {
    expect(decide('take', at('new'), ANA)).toEqual({
      ok: true,
      to: 'in-review',
      assigneeId: 1,
      event: 'taken',
    });
    expect(availableActions(at('new'), ANA)).toEqual(['take']);
  });

  it('tells the second analyst taking a hit that someone holds it', () => {
    expect(decide('take', at('in-review', 1), BEN)).toEqual({
      ok: false,
      refusal: 'held-by-other',
    });
    expect(decide('take', at('in-review', 2), BEN)).toEqual({ ok: false, refusal: 'wrong-status' });
    expect(availableActions(at('in-review', 1), BEN)).toEqual([]);
  });

  it('lets the reviewer release, clear or propose; a supervisor may release it too', () => {
    expect(availableActions(at('in-review', 1), ANA)).toEqual(['release', 'clear', 'propose']);
    expect(decide('release', at('in-review', 1), ANA)).toMatchObject({
      to: 'new',
      assigneeId: null,
    });
    expect(decide('clear', at('in-review', 1), BEN)).toEqual({
      ok: false,
      refusal: 'held-by-other',
    });
    expect(decide('release', at('in-review', 1), SUPERVISOR)).toMatchObject({
      ok: true,
      to: 'new',
    });
    expect(decide('propose', at('in-review', 1), ANA)).toMatchObject({
      to: 'proposed',
      assigneeId: 1,
      event: 'proposed',
    });
  });

  it('needs a second analyst to confirm (four eyes), who may also send it back', () => {
    const proposed = at('proposed', 1, 1);
    expect(decide('confirm', proposed, ANA)).toEqual({ ok: false, refusal: 'own-proposal' });
    expect(decide('send-back', proposed, ANA)).toEqual({ ok: false, refusal: 'own-proposal' });
    expect(availableActions(proposed, ANA)).toEqual([]);
    expect(availableActions(proposed, BEN)).toEqual(['confirm', 'send-back']);
    expect(decide('confirm', proposed, BEN)).toMatchObject({ to: 'confirmed', assigneeId: 1 });
    expect(decide('send-back', proposed, BEN)).toMatchObject({ to: 'in-review', assigneeId: 1 });
  });

  it('escalates only a confirmed hit, and does nothing more with a closed one', () => {
    expect(availableActions(at('confirmed', 1), BEN)).toEqual(['escalate']);
    expect(decide('escalate', at('in-review', 1), ANA)).toEqual({
      ok: false,
      refusal: 'wrong-status',
    });
    expect(availableActions(at('cleared', 1), ANA)).toEqual([]);
    expect(availableActions(at('escalated', 1), ANA)).toEqual([]);
  });
});
