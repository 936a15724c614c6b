import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { VisibilityPolicy } from './visibility-policy';
import { BoundedMap } from '../caching/bounded';

/**
 * Keeps, a short while, something that depends only on what a member may see (their visibility
 * reach) and a few more values (the page's language, a time zone): home page blocks read it once
 * per reach instead of on every page. `clear()` on a change made on this instance; a change made
 * on another shows here within `keptMs`.
 */
export class ReachCache<T> {
  private readonly kept: BoundedMap<string, { until: number; value: T }>;

  constructor(
    private readonly policy: VisibilityPolicy,
    private readonly keptMs = 30_000,
    /** Reaches are few (one per State and region combination); past this, start again. */
    mostKept = 500,
  ) {
    this.kept = new BoundedMap(mostKept);
  }

  async get(
    user: AuthenticatedUser,
    extra: readonly (string | number | boolean | null)[],
    load: () => Promise<T>,
  ): Promise<T> {
    const reach = this.policy.reach(user);
    const key = JSON.stringify([
      reach.everything,
      reach.programme,
      [...reach.regionIds].sort(),
      [...reach.stateIds].sort(),
      ...extra,
    ]);
    const now = Date.now();
    const hit = this.kept.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = await load();
    this.kept.set(key, { until: now + this.keptMs, value });
    return value;
  }

  clear(): void {
    this.kept.clear();
  }
}
