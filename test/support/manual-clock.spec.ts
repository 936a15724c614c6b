import { ManualClock } from './manual-clock';

describe('ManualClock', () => {
  /** A job repeating every `intervalMs`, as the job runner sets it: each run re-arms the next. */
  function repeating(clock: ManualClock, intervalMs: number, runs: number[]) {
    const tick = () => {
      runs.push(clock.now());
      clock.setTimer(tick, intervalMs);
    };
    clock.setTimer(tick, intervalMs);
  }

  it('advance fires a repeating timer once for each interval, at its time', async () => {
    const clock = new ManualClock(0);
    const runs: number[] = [];
    repeating(clock, 300, runs);
    await clock.advance(1_000);
    expect(runs).toEqual([300, 600, 900]);
    expect(clock.now()).toBe(1_000);
  });

  it('jump fires each due timer once, in order, at the new time, and re-arms from there', async () => {
    const clock = new ManualClock(0);
    const runs: number[] = [];
    const order: string[] = [];
    repeating(clock, 300, runs);
    clock.setTimer(() => order.push('second'), 500);
    clock.setTimer(() => order.push('first'), 200);
    const late = clock.setTimer(() => order.push('late'), 5_000);
    await clock.jump(1_000);
    expect(runs).toEqual([1_000]);
    expect(order).toEqual(['first', 'second']);
    expect(clock.pending).toBe(2);
    await clock.jump(300);
    expect(runs).toEqual([1_000, 1_300]);
    clock.clearTimer(late);
    await clock.jump(10_000);
    expect(order).toEqual(['first', 'second']);
  });

  it('jump skips a timer an earlier callback cleared', async () => {
    const clock = new ManualClock(0);
    const fired: string[] = [];
    const victim = clock.setTimer(() => fired.push('victim'), 200);
    clock.setTimer(() => {
      fired.push('clearer');
      clock.clearTimer(victim);
    }, 100);
    await clock.jump(1_000);
    expect(fired).toEqual(['clearer']);
  });
});
