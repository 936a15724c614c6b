/** A timer set through a Clock; only the clock that made it can clear it. */
export type ClockTimer = { readonly __clockTimer: true };

/**
 * Time for code that waits: the job runner's delays, retries and repeats read it, so a test
 * drives a controllable clock instead of waiting (test/support/manual-clock.ts) and production
 * uses SystemClock.
 */
export abstract class Clock {
  /** Epoch milliseconds. */
  abstract now(): number;
  /** Calls `callback` once, `delayMs` from now. */
  abstract setTimer(callback: () => void, delayMs: number): ClockTimer;
  abstract clearTimer(timer: ClockTimer): void;
}

/** setTimeout's ceiling; longer waits are taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The real clock. Its timers do not keep the process alive: shutting down never waits for them. */
export class SystemClock extends Clock {
  now(): number {
    return Date.now();
  }

  setTimer(callback: () => void, delayMs: number): ClockTimer {
    const handle: { timeout?: NodeJS.Timeout } = {};
    const dueAt = Date.now() + Math.max(0, delayMs);
    const arm = () => {
      const remaining = dueAt - Date.now();
      if (remaining <= 0) return callback();
      handle.timeout = setTimeout(arm, Math.min(remaining, MAX_TIMER_MS));
      handle.timeout.unref();
    };
    handle.timeout = setTimeout(arm, Math.min(Math.max(0, delayMs), MAX_TIMER_MS));
    handle.timeout.unref();
    return handle as unknown as ClockTimer;
  }

  clearTimer(timer: ClockTimer): void {
    clearTimeout((timer as unknown as { timeout?: NodeJS.Timeout }).timeout);
  }
}
