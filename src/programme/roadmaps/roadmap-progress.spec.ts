import { isOverdue, roadmapProgress, type ProgressStep } from './roadmap-progress';

const PILLARS = ['legislative', 'piu', 'carrier-engagement', 'technology', 'maritime'];
const step = (overrides: Partial<ProgressStep>): ProgressStep => ({
  pillar: 'piu',
  status: 'not-started',
  weight: 1,
  dueOn: '2030-01-01',
  ...overrides,
});

describe('roadmapProgress', () => {
  const today = '2026-06-15';

  it('weights the done share by each step’s weight', () => {
    const result = roadmapProgress(
      [
        step({ status: 'done' }),
        step({ status: 'done' }),
        step({ status: 'done' }),
        step({ status: 'in-progress', weight: 3 }),
      ],
      PILLARS,
      today,
    );
    expect(result.overall).toMatchObject({
      doneWeight: 3,
      totalWeight: 6,
      share: 0.5,
      percent: 50,
    });
  });

  it('leaves dropped steps out, and counts blocked ones as not done', () => {
    const result = roadmapProgress(
      [
        step({ status: 'done', weight: 2 }),
        step({ status: 'dropped', weight: 8 }),
        step({ status: 'blocked', weight: 2 }),
      ],
      PILLARS,
      today,
    );
    expect(result.overall).toMatchObject({
      steps: 2,
      doneWeight: 2,
      totalWeight: 4,
      share: 0.5,
      blocked: 1,
    });
    expect(result.overall.byStatus).toMatchObject({ done: 1, dropped: 1, blocked: 1 });
  });

  it('gives every pillar, in order, with nothing to measure where no step counts', () => {
    const result = roadmapProgress(
      [
        step({ pillar: 'legislative', status: 'done' }),
        step({ pillar: 'maritime', status: 'dropped' }),
      ],
      PILLARS,
      today,
    );
    expect(result.pillars.map((p) => p.pillar)).toEqual(PILLARS);
    expect(result.pillars[0]).toMatchObject({ share: 1, percent: 100 });
    expect(result.pillars[1]).toMatchObject({ steps: 0, share: null, percent: null });
    expect(result.pillars[4]).toMatchObject({ steps: 0, share: null });
  });

  it('rounds the percentage down, so a roadmap shows 100% only when all is done', () => {
    const steps = [...Array.from({ length: 299 }, () => step({ status: 'done' })), step({})];
    expect(roadmapProgress(steps, PILLARS, today).overall.percent).toBe(99);
    expect(
      roadmapProgress([step({ status: 'done' }), step({}), step({})], PILLARS, today).overall
        .percent,
    ).toBe(33);
  });

  it('counts open steps past their due date as overdue, never done or dropped ones', () => {
    const result = roadmapProgress(
      [
        step({ dueOn: '2026-06-14' }),
        step({ dueOn: '2026-06-14', status: 'blocked' }),
        step({ dueOn: '2026-06-15' }),
        step({ dueOn: '2026-01-01', status: 'done' }),
        step({ dueOn: '2026-01-01', status: 'dropped' }),
      ],
      PILLARS,
      today,
    );
    expect(result.overall.overdue).toBe(2);
    expect(isOverdue({ status: 'in-progress', dueOn: '2026-06-14' }, today)).toBe(true);
    expect(isOverdue({ status: 'in-progress', dueOn: '2026-06-15' }, today)).toBe(false);
  });

  it('has nothing to measure without steps', () => {
    expect(roadmapProgress([], PILLARS, today).overall).toMatchObject({
      steps: 0,
      share: null,
      percent: null,
      overdue: 0,
    });
  });
});
