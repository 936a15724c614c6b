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
 */
export class LoginLockout {
  constructor(private readonly policy: LockoutPolicy) {}

  isLocked(state: LockoutState, now: Date): boolean {
    return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
  }

  /** The state after one more failure, and whether this failure locked the account. */
  recordFailure(state: LockoutState, now: Date): { state: LockoutState; lockedNow: boolean } {
    const windowMs = this.policy.windowMinutes * 60_000;
    const windowOpen =
      state.failedLoginWindowStart !== null &&
      now.getTime() - state.failedLoginWindowStart.getTime() < windowMs;
    const failedLogins = windowOpen ? state.failedLogins + 1 : 1;
    const failedLoginWindowStart = windowOpen ? state.failedLoginWindowStart : now;
    if (failedLogins < this.policy.maxFailures) {
      return { state: { ...state, failedLogins, failedLoginWindowStart }, lockedNow: false };
    }
    const lockMs = Math.min(
      this.policy.baseLockMinutes * 60_000 * 2 ** state.lockouts,
      this.policy.maxLockHours * 3600_000,
    );
    return {
      state: {
        failedLogins: 0,
        failedLoginWindowStart: null,
        lockedUntil: new Date(now.getTime() + lockMs),
        lockouts: state.lockouts + 1,
      },
      lockedNow: true,
    };
  }

  /** After a successful sign-in, or an admin's early unlock: nothing of the streak is kept. */
  cleared(): LockoutState {
    return { failedLogins: 0, failedLoginWindowStart: null, lockedUntil: null, lockouts: 0 };
  }
}
