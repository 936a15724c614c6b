import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ExpertPoolState } from './expert-pool-state.entity';
import { codesOf, HOLDING_STATUSES } from './expert-vocabulary';
import {
  backgroundMask,
  pillarMask,
  regionMask,
  type DayRange,
  type PoolExpert,
} from './matching/expert-matching';
import { dayNumber } from './matching/plain-date';

/** The one row of `expert_pool_state`. */
const POOL_STATE_ID = 1;

/** ExpertPool.changed() for writers outside the module's services (the demo seeder). */
export async function raisePoolVersion(manager: EntityManager): Promise<void> {
  const states = manager.getRepository(ExpertPoolState);
  const result = await states.increment({ id: POOL_STATE_ID }, 'version', 1);
  if (!result.affected) await states.insert({ id: POOL_STATE_ID, version: 1 });
}

interface ProfileRow {
  id: number;
  name: string;
  status: PoolExpert['status'];
  consent: number | boolean;
  backgrounds: string;
  pillars: string;
  regions: string;
  languages: string;
}

/**
 * The whole pool in the compact form the matching reads (matching/expert-matching.ts): four
 * queries, whatever the pool's size (profiles, declared periods, engagements holding dates, the
 * States' ratings), joined in memory by expert id.
 *
 * Kept in process with the stamp it was loaded at, and checked against the database on every
 * use (one small query): the pool's version (`expert_pool_state`, raised by `changed()` in the
 * transaction of every change to profiles, periods, vetting, engagements and ratings) and the
 * versions of the experts' accounts (a name changed, an account deactivated: the user row's
 * version goes up with any change). A change made by any instance of the portal is therefore
 * seen on the next request, with no time-to-live. A copy can only rank: proposing an expert
 * checks their status and dates again in its transaction.
 */
@Injectable()
export class ExpertPool {
  private cached?: {
    readonly today: string;
    readonly stamp: string;
    readonly pool: Promise<PoolExpert[]>;
  };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Raises the pool's version, in the transaction (`manager`) of a change to what the matching
   * reads; every instance reloads its copy on its next use.
   */
  changed(manager: EntityManager): Promise<void> {
    return raisePoolVersion(manager);
  }

  /** The pool as of `today` (a plain date: periods and engagements that ended are left out). */
  async current(today: string): Promise<PoolExpert[]> {
    // The stamp is read before the pool: a change committed in between makes the copy newer
    // than its stamp (reloaded once more next time), never older.
    const stamp = await this.stamp();
    const cached = this.cached;
    if (cached && cached.today === today && cached.stamp === stamp) return cached.pool;
    const pool = this.load(today);
    this.cached = { today, stamp, pool };
    // A failed load is not kept: the next request tries again.
    pool.catch(() => {
      if (this.cached?.pool === pool) this.cached = undefined;
    });
    return pool;
  }

  /** What the kept copy is compared with: the pool's version and its accounts' versions. */
  async stamp(): Promise<string> {
    const q = (name: string) => this.dataSource.driver.escape(name);
    const [row] = await this.dataSource.query<
      { pool: number | string | null; accounts: number | string | null }[]
    >(
      `SELECT (SELECT s.version FROM ${q('expert_pool_state')} s WHERE s.id = ${POOL_STATE_ID}) AS pool, ` +
        `(SELECT COALESCE(SUM(u.${q('version')}), 0) FROM ${q('expert_profile')} p ` +
        `JOIN ${q('user')} u ON u.id = p.user_id) AS accounts`,
    );
    return `${Number(row?.pool ?? 0)}:${Number(row?.accounts ?? 0)}`;
  }

  /** Reads the pool from the database (current() keeps the answer). */
  async load(today: string): Promise<PoolExpert[]> {
    const q = (name: string) => this.dataSource.driver.escape(name);
    const holding = HOLDING_STATUSES.map((status) => `'${status}'`).join(', ');
    const [profiles, periods, engagements, ratings] = await Promise.all([
      this.dataSource.query<ProfileRow[]>(
        `SELECT p.id, u.name, p.status, p.consent, p.backgrounds, p.pillars, p.regions, ` +
          `p.languages FROM ${q('expert_profile')} p JOIN ${q('user')} u ON u.id = p.user_id ` +
          // A literal: better-sqlite3 binds no booleans, and 1 is true on both engines.
          `WHERE u.active = 1`,
      ),
      this.dataSource.query<
        { expert_id: number; kind: string; starts_on: string; ends_on: string }[]
      >(
        `SELECT expert_id, kind, starts_on, ends_on FROM ${q('expert_availability')} WHERE ends_on >= ?`,
        [today],
      ),
      this.dataSource.query<
        { expert_id: number; status: string; starts_on: string; ends_on: string }[]
      >(
        `SELECT expert_id, status, starts_on, ends_on FROM ${q('expert_engagement')} ` +
          `WHERE status IN (${holding}) AND ends_on >= ?`,
        [today],
      ),
      this.dataSource.query<{ expert_id: number; average: number | string }[]>(
        `SELECT e.expert_id, AVG((f.knowledge + f.communication + f.responsiveness + f.fit) / 4.0) AS average ` +
          `FROM ${q('expert_feedback')} f JOIN ${q('expert_engagement')} e ON e.id = f.engagement_id ` +
          `WHERE f.side = 'state' GROUP BY e.expert_id`,
      ),
    ]);
    const available = new Map<number, DayRange[]>();
    const unavailable = new Map<number, DayRange[]>();
    const engaged = new Map<number, DayRange[]>();
    const load = new Map<number, number>();
    // The same few hundred dates and code lists recur across thousands of rows: each is read
    // once per load (this is most of a load's time outside the database).
    const day = memo((text: string) => dayNumber(text) ?? 0);
    const backgrounds = memo((text: string) => backgroundMask(codesOf(text)));
    const pillars = memo((text: string) => pillarMask(codesOf(text)));
    const regions = memo((text: string) => regionMask(codesOf(text)));
    const languages = memo((text: string): readonly string[] => Object.freeze(codesOf(text)));
    const push = (map: Map<number, DayRange[]>, id: number, from: string, to: string) => {
      const range = { from: day(from), to: day(to) };
      const list = map.get(id);
      if (list) list.push(range);
      else map.set(id, [range]);
    };
    for (const period of periods) {
      const id = Number(period.expert_id);
      push(
        period.kind === 'available' ? available : unavailable,
        id,
        period.starts_on,
        period.ends_on,
      );
    }
    for (const engagement of engagements) {
      const id = Number(engagement.expert_id);
      push(engaged, id, engagement.starts_on, engagement.ends_on);
      if (engagement.status !== 'proposed') load.set(id, (load.get(id) ?? 0) + 1);
    }
    const feedback = new Map(ratings.map((row) => [Number(row.expert_id), Number(row.average)]));
    return profiles.map((row) => {
      const id = Number(row.id);
      return {
        id,
        name: row.name,
        status: row.status,
        consent: Boolean(Number(row.consent)),
        backgrounds: backgrounds(row.backgrounds),
        pillars: pillars(row.pillars),
        regions: regions(row.regions),
        languages: languages(row.languages),
        available: available.get(id) ?? [],
        unavailable: unavailable.get(id) ?? [],
        engaged: engaged.get(id) ?? [],
        feedback: feedback.get(id) ?? null,
        load: load.get(id) ?? 0,
      };
    });
  }
}

/** `read`, remembering its answer for each text (for one load). */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = read(text);
      known.set(text, value);
    }
    return value;
  };
}
