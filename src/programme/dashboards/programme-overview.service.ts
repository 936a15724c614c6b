import { Injectable } from '@nestjs/common';
import { userOf, type Actor } from '../../common/actor/actor';
import { VisibilityPolicy } from '../../common/visibility/visibility-policy';
import { PROGRAMME_STATUSES } from '../../organisations/organisation.entity';
import { ReferenceDataCache, type PillarSummary } from '../../organisations/reference-data.cache';
import { disclosureOf, type Disclosure } from './programme-disclosure';
import {
  countByStatus,
  programmeStates,
  regionRows,
  type ProgrammeState,
  type RegionRow,
} from './programme-states';
import type { ProgrammeFilterQuery } from './dto/programme-filter.query';
import { ProgrammeWorkReader, type ProgrammeWork } from './programme-work';

/** The figures the dashboard and the overview report share, for one reader and one filter. */
export interface ProgrammeOverview {
  readonly disclosure: Disclosure;
  readonly region: string | null;
  readonly pillar: PillarSummary | null;
  readonly statuses: readonly string[];
  /** Every Member State, by name; `shown` is those the region filter keeps. */
  readonly states: readonly ProgrammeState[];
  readonly shown: readonly ProgrammeState[];
  readonly byStatus: readonly { status: string | null; count: number }[];
  readonly regions: readonly RegionRow[];
  readonly pillars: readonly PillarSummary[];
  /** The roadmaps and engagements of the `shown` States (every pillar: views narrow them). */
  readonly work: ProgrammeWork;
}

/**
 * Gathers the programme's figures from the modules that own them. The States and their
 * statuses come from the reference data kept in process (no query); the roadmaps' and the
 * experts' figures from their exported services.
 */
@Injectable()
export class ProgrammeOverviewService {
  constructor(
    private readonly referenceData: ReferenceDataCache,
    private readonly policy: VisibilityPolicy,
    private readonly work: ProgrammeWorkReader,
  ) {}

  async overview(actor: Actor, filter: ProgrammeFilterQuery): Promise<ProgrammeOverview> {
    const disclosure = disclosureOf(this.policy.reach(userOf(actor)));
    const [organisations, pillars] = await Promise.all([
      this.referenceData.organisations(),
      this.referenceData.pillars(),
    ]);
    const states = programmeStates(organisations);
    const shown = filter.region ? states.filter((state) => state.region === filter.region) : states;
    const work = await this.work.of(
      filter.region ?? null,
      shown.map((state) => state.id),
    );
    return {
      disclosure,
      region: filter.region ?? null,
      pillar: pillars.find((pillar) => pillar.code === filter.pillar) ?? null,
      statuses: PROGRAMME_STATUSES,
      states,
      shown,
      byStatus: countByStatus(shown, PROGRAMME_STATUSES),
      regions: regionRows(states, PROGRAMME_STATUSES),
      pillars,
      work,
    };
  }
}
