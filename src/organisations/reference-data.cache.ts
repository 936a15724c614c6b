import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrganisationKind } from '../common/identity/role';
import { Organisation, type ProgrammeStatus } from './organisation.entity';
import { Pillar } from './pillar.entity';

export interface PillarSummary {
  readonly code: string;
  readonly name: string;
  readonly crossCutting: boolean;
}

export interface OrganisationSummary {
  readonly id: number;
  readonly kind: OrganisationKind;
  readonly code: string;
  readonly name: string;
  readonly iwgRegionId: number | null;
  readonly programmeStatus: ProgrammeStatus | null;
}

/**
 * Reference data that pages and forms read on almost every request (the pillars, the
 * organisations and States for select lists and the dashboard), kept in process.
 *
 * The pillars only change with a code release (the seeder adds them at start-up). The
 * organisations change when an admin or staff edits a State: the service that writes calls
 * invalidate(), and another instance of the portal notices at most ORGANISATIONS_TTL_MS
 * later, when its copy expires.
 */
@Injectable()
export class ReferenceDataCache {
  static readonly ORGANISATIONS_TTL_MS = 30_000;

  private pillarList?: Promise<readonly PillarSummary[]>;
  private organisationList?: {
    readonly loadedAt: number;
    readonly value: Promise<{
      readonly all: readonly OrganisationSummary[];
      readonly byId: ReadonlyMap<number, OrganisationSummary>;
    }>;
  };

  constructor(private readonly dataSource: DataSource) {}

  /** The four pillars and the cross-cutting component, in roadmap order. */
  pillars(): Promise<readonly PillarSummary[]> {
    this.pillarList ??= this.retryable(
      this.dataSource
        .getRepository(Pillar)
        .find({ order: { position: 'ASC' } })
        .then((rows) =>
          rows.map((row) =>
            Object.freeze({ code: row.code, name: row.name, crossCutting: row.crossCutting }),
          ),
        ),
      () => (this.pillarList = undefined),
    );
    return this.pillarList;
  }

  /** Every organisation (States, the programme, partner agencies), by name. */
  async organisations(): Promise<readonly OrganisationSummary[]> {
    return (await this.organisationIndex()).all;
  }

  async organisation(id: number): Promise<OrganisationSummary | undefined> {
    return (await this.organisationIndex()).byId.get(id);
  }

  /** After a change to organisations (a State's status, region, name). */
  invalidate(): void {
    this.organisationList = undefined;
    this.pillarList = undefined;
  }

  private organisationIndex() {
    const cached = this.organisationList;
    if (cached && Date.now() - cached.loadedAt < ReferenceDataCache.ORGANISATIONS_TTL_MS) {
      return cached.value;
    }
    const value = this.retryable(
      this.dataSource
        .getRepository(Organisation)
        .find({ order: { name: 'ASC' } })
        .then((rows) => {
          const all = rows.map((row) =>
            Object.freeze({
              id: row.id,
              kind: row.kind,
              code: row.code,
              name: row.name,
              iwgRegionId: row.iwgRegionId,
              programmeStatus: row.programmeStatus,
            }),
          );
          return { all, byId: new Map(all.map((row) => [row.id, row])) };
        }),
      () => {
        if (this.organisationList?.value === value) this.organisationList = undefined;
      },
    );
    this.organisationList = { loadedAt: Date.now(), value };
    return value;
  }

  /** A failed load (database down) is not kept: the next call tries again. */
  private retryable<T>(load: Promise<T>, forget: () => void): Promise<T> {
    return load.catch((error: unknown) => {
      forget();
      throw error;
    });
  }
}
