/** The lockout columns of a user row. */
export interface LockoutState {
  failedLogins: number;
  failedLoginWindowStart: Date | null;
  lockedUntil: Date | null;
  lockouts: number;
}

export interface LockoutPolicy {
  maxFailures: number;
  windowMinutes: number;
  baseLockMinutes: number;
  maxLockHours: number;
}

/**
 * Brute-force protection per account: `maxFailures` failures inside `windowMinutes` lock the
 * account for `baseLockMinutes`, doubling with each lockout in a row up to `maxLockHours`, so
 * an attacker can slow a person down but never lock them out for good. A successful sign-in
 * clears the streak.
 *
 * The rules live here as pure functions; the sign-in service applies them to the row with
 * atomic UPDATEs (see `windowStart` and `lockDurationMs`), so concurrent failures all count.
 */
export class LoginLockout {
  constructor(private readonly policy: LockoutPolicy) {}

  get maxFailures(): number {
    return this.policy.maxFailures;
  }

  isLocked(state: Pick<LockoutState, 'lockedUntil'>, now: Date): boolean {
    return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
  }

  /** Failures that started at or before this moment belong to an expired window. */
  windowCutoff(now: Date): Date {
    return new Date(now.getTime() - this.policy.windowMinutes * 60_000);
  }

  /** How long the lock lasts when the account already had `lockouts` locks in a row. */
  lockDurationMs(lockouts: number): number {
    return Math.min(
      this.policy.baseLockMinutes * 60_000 * 2 ** lockouts,
      this.policy.maxLockHours * 3600_000,
    );
  }

  /** The state after one more failure, and whether this failure locked the account. */
  recordFailure(state: LockoutState, now: Date): { state: LockoutState; lockedNow: boolean } {
    const windowOpen =
      state.failedLoginWindowStart !== null &&
      state.failedLoginWindowStart.getTime() > this.windowCutoff(now).getTime();
    const failedLogins = windowOpen ? state.failedLogins + 1 : 1;
    const failedLoginWindowStart = windowOpen ? state.failedLoginWindowStart : now;
    if (failedLogins < this.policy.maxFailures) {
      return { state: { ...state, failedLogins, failedLoginWindowStart }, lockedNow: false };
    }
    return {
      state: {
        failedLogins: 0,
        failedLoginWindowStart: null,
        lockedUntil: new Date(now.getTime() + this.lockDurationMs(state.lockouts)),
        lockouts: state.lockouts + 1,
      },
      lockedNow: true,
    };
  }

  /** After a successful sign-in, or an early unlock: nothing of the streak is kept. */
  cleared(): LockoutState {
    return { failedLogins: 0, failedLoginWindowStart: null, lockedUntil: null, lockouts: 0 };
  }
}
