import { LoginLockout, type LockoutState } from './login-lockout';

const policy = { maxFailures: 10, windowMinutes: 15, baseLockMinutes: 15, maxLockHours: 24 };
const fresh: LockoutState = {
  failedLogins: 0,
  failedLoginWindowStart: null,
  lockedUntil: null,
  lockouts: 0,
};
const minutes = (n: number) => n * 60_000;

function failTimes(lockout: LoginLockout, state: LockoutState, times: number, at: Date) {
  let current = state;
  let lockedNow = false;
  for (let i = 0; i < times; i += 1)
    ({ state: current, lockedNow } = lockout.recordFailure(current, at));
  return { state: current, lockedNow };
}

describe('LoginLockout', () => {
  const lockout = new LoginLockout(policy);
  const start = new Date('2026-01-01T10:00:00Z');

  it('locks for 15 minutes on the tenth failure inside the window', () => {
    const nine = failTimes(lockout, fresh, 9, start);
    expect(nine.lockedNow).toBe(false);
    expect(lockout.isLocked(nine.state, start)).toBe(false);
    const { state, lockedNow } = lockout.recordFailure(nine.state, start);
    expect(lockedNow).toBe(true);
    expect(state.lockedUntil?.getTime()).toBe(start.getTime() + minutes(15));
    expect(lockout.isLocked(state, new Date(start.getTime() + minutes(14)))).toBe(true);
    expect(lockout.isLocked(state, new Date(start.getTime() + minutes(16)))).toBe(false);
  });

  it('starts a new window when failures are more than 15 minutes apart', () => {
    const nine = failTimes(lockout, fresh, 9, start);
    const later = lockout.recordFailure(nine.state, new Date(start.getTime() + minutes(16)));
    expect(later.lockedNow).toBe(false);
    expect(later.state.failedLogins).toBe(1);
  });

  it('doubles each repeated lockout and never exceeds 24 hours', () => {
    let state = fresh;
    const durations: number[] = [];
    let now = start;
    for (let round = 0; round < 10; round += 1) {
      state = failTimes(lockout, state, 10, now).state;
      durations.push((state.lockedUntil!.getTime() - now.getTime()) / 60_000);
      now = new Date(state.lockedUntil!.getTime() + 1);
    }
    expect(durations.slice(0, 5)).toEqual([15, 30, 60, 120, 240]);
    expect(Math.max(...durations)).toBe(24 * 60);
  });

  it('clears the streak on success', () => {
    const locked = failTimes(lockout, fresh, 10, start).state;
    expect(locked.lockouts).toBe(1);
    expect(lockout.cleared()).toEqual(fresh);
  });
});
