import { Clock, type ClockTimer } from '../../src/jobs/clock';

interface Timer {
  readonly dueAt: number;
  readonly order: number;
  readonly callback: () => void;
}

/** Lets the promises that a fired timer started settle before the next one fires. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A clock that moves only when a test says so: delays and retries without waiting. */
export class ManualClock extends Clock {
  private current: number;
  private readonly timers = new Set<Timer>();
  private order = 0;

  constructor(start = Date.UTC(2026, 0, 1)) {
    super();
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimer(callback: () => void, delayMs: number): ClockTimer {
    const timer: Timer = {
      dueAt: this.current + Math.max(0, delayMs),
      order: ++this.order,
      callback,
    };
    this.timers.add(timer);
    return timer as unknown as ClockTimer;
  }

  clearTimer(timer: ClockTimer): void {
    this.timers.delete(timer as unknown as Timer);
  }

  /** Timers still to fire. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing what comes due in order, timers set meanwhile included. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await settle();
      const due = this.firstDue(target);
      if (!due) break;
      this.timers.delete(due);
      this.current = due.dueAt;
      due.callback();
    }
    this.current = target;
    await settle();
  }

  /**
   * Moves time forward by `ms` at once, as a machine waking from sleep sees it: every timer due
   * by then fires once, in order, at the new time, and what they set counts from there. A
   * repeating job fires once instead of once for each of its intervals: days of five-minute
   * sweeps would be thousands of runs a test does not look at.
   */
  async jump(ms: number): Promise<void> {
    const target = this.current + ms;
    this.current = target;
    const due = [...this.timers].filter((timer) => timer.dueAt <= target);
    due.sort((a, b) => a.dueAt - b.dueAt || a.order - b.order);
    for (const timer of due) {
      await settle();
      if (!this.timers.delete(timer)) continue;
      timer.callback();
    }
    await settle();
  }

  private firstDue(target: number): Timer | undefined {
    let first: Timer | undefined;
    for (const timer of this.timers) {
      if (timer.dueAt > target) continue;
      if (
        !first ||
        timer.dueAt < first.dueAt ||
        (timer.dueAt === first.dueAt && timer.order < first.order)
      )
        first = timer;
    }
    return first;
  }
}
