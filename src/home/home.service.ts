import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { ReferenceDataCache } from '../organisations/reference-data.cache';
import { DashboardBlocks } from './dashboard-blocks';
import { BoundedMap } from '../common/caching/bounded';

/**
 * The signed-in person's start page: who they are, their State, and the blocks the modules
 * contribute for them (DashboardBlocks).
 */
const COLLEAGUES_KEPT_MS = 60_000;

@Injectable()
export class HomeService {
  /** Every home page asks it: plain SQL built once rather than a query builder per call. */
  private readonly colleaguesSql: string;
  /**
   * Colleagues per organisation, kept a minute: a count that moves when someone joins or
   * leaves, shown on every home page of the organisation.
   */
  // Organisations are a few hundred at most; past that, start again.
  private readonly colleaguesKept = new BoundedMap<
    number,
    { until: number; count: Promise<number> }
  >(1_000);

  constructor(
    private readonly referenceData: ReferenceDataCache,
    private readonly dataSource: DataSource,
    private readonly blocks: DashboardBlocks,
  ) {
    const user = dataSource.driver.escape('user');
    this.colleaguesSql = `SELECT COUNT(*) AS n FROM ${user} WHERE organisation_id = ? AND active = 1`;
  }

  async dashboard(actor: Actor, previousLoginAt: number | undefined) {
    const user = userOf(actor);
    const [pillars, state, colleagues, blocks] = await Promise.all([
      this.referenceData.pillars(),
      user.stateId ? this.referenceData.organisation(user.stateId) : Promise.resolve(undefined),
      this.colleagues(user.organisationId),
      this.blocks.load(actor),
    ]);
    return {
      pageTitle: { key: 'home.title' },
      greeting: { key: 'home.greeting', params: { name: user.name } },
      roleLabel: { key: `roles.${user.role}` },
      organisationName: user.organisationName,
      state: state ? { name: state.name, code: state.code, status: state.programmeStatus } : null,
      colleagues,
      lastLoginAt: previousLoginAt === undefined ? null : new Date(previousLoginAt),
      pillars: pillars.map((pillar) => ({ name: pillar.name, crossCutting: pillar.crossCutting })),
      twoFactorEnabled: user.twoFactorEnabled,
      blocks,
    };
  }

  private colleagues(organisationId: number): Promise<number> {
    const now = Date.now();
    const kept = this.colleaguesKept.get(organisationId);
    if (kept && kept.until > now) return kept.count;
    const count = this.dataSource
      .query<{ n: number | string }[]>(this.colleaguesSql, [organisationId])
      .then((rows) => Number(rows[0].n));
    this.colleaguesKept.set(organisationId, { until: now + COLLEAGUES_KEPT_MS, count });
    count.catch(() => this.colleaguesKept.delete(organisationId));
    return count;
  }
}
