import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/actor/actor';
import { filterValues } from '../../common/lists/filters';
import { AuditEvent } from '../../audit/audit-event.entity';
import { FormError } from '../../common/forms/form-error';
import { UN_REGIONS } from '../data/un-member-states';
import { IwgRegion } from '../../organisations/iwg-region.entity';
import { Organisation, type ProgrammeStatus } from '../../organisations/organisation.entity';
import { ReferenceDataCache } from '../../organisations/reference-data.cache';
import {
  STATUS_CHOICES,
  type MemberStateFilterDto,
  type StatusChoice,
} from './dto/member-state-filter.dto';

/** Audit target type of a Member State; the target id is its ISO 3166-1 alpha-3 code. */
export const MEMBER_STATE_TARGET = 'member-state';

/**
 * The Member States' programme status, for admins and programme staff: the list with regions,
 * one State's page with its status history, and the audited status change.
 */
@Injectable()
export class MemberStatesAdminService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(IwgRegion) private readonly iwgRegions: Repository<IwgRegion>,
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly audit: AuditService,
    private readonly referenceData: ReferenceDataCache,
  ) {}

  async list(filter: MemberStateFilterDto) {
    const query = this.organisations
      .createQueryBuilder('o')
      .leftJoinAndSelect('o.iwgRegion', 'iwg')
      .where('o.kind = :kind', { kind: 'state' })
      .orderBy('o.name', 'ASC');
    if (filter.region) query.andWhere('o.unRegion = :region', { region: filter.region });
    if (filter.status === 'none') query.andWhere('o.programmeStatus IS NULL');
    else if (filter.status)
      query.andWhere('o.programmeStatus = :status', { status: filter.status });
    if (filter.iwg === 'none') query.andWhere('o.iwgRegionId IS NULL');
    else if (filter.iwg) query.andWhere('iwg.code = :iwg', { iwg: filter.iwg });
    const [states, counts] = await Promise.all([query.getMany(), this.countsByStatus()]);
    return {
      ...(await this.formModel(filter)),
      total: states.length,
      summary: STATUS_CHOICES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
      states: states.map((state) => ({
        href: `/admin/member-states/${state.code}`,
        name: state.name,
        code: state.code,
        region: state.unRegion,
        subRegion: state.unSubregion,
        iwgRegion: state.iwgRegion?.name ?? null,
        status: state.programmeStatus ?? 'none',
      })),
    };
  }

  async formModel(filter: MemberStateFilterDto | object) {
    return {
      pageTitle: { key: 'admin.states.title' },
      regions: UN_REGIONS,
      statuses: STATUS_CHOICES,
      iwgRegions: (await this.iwgRegions.find({ order: { name: 'ASC' } })).map((region) => ({
        code: region.code,
        name: region.name,
      })),
      filters: filterValues(filter, ['region', 'status', 'iwg']),
      states: [],
    };
  }

  async page(code: string) {
    const state = await this.load(code);
    const history = await this.events.find({
      where: { targetType: MEMBER_STATE_TARGET, targetId: state.code },
      order: { id: 'DESC' },
      take: 50,
    });
    return {
      pageTitle: state.name,
      statuses: STATUS_CHOICES,
      state: {
        name: state.name,
        code: state.code,
        alpha2: state.alpha2,
        region: state.unRegion,
        subRegion: state.unSubregion,
        iwgRegion: state.iwgRegion?.name ?? null,
        status: state.programmeStatus ?? 'none',
      },
      history: history.map((event) => {
        const details = parseDetails(event.details);
        return {
          occurredAt: event.occurredAt,
          actorEmail: event.actorEmail,
          from: typeof details.from === 'string' ? details.from : 'none',
          to: typeof details.to === 'string' ? details.to : 'none',
        };
      }),
    };
  }

  /**
   * Sets a State's programme status and records the change in the audit log (which is the
   * State's status history), in one transaction. The same for the admin page and the demo seed.
   */
  async changeStatus(
    actor: Actor,
    code: string,
    status: StatusChoice,
  ): Promise<{ code: string; name: string; from: StatusChoice; to: StatusChoice }> {
    const state = await this.load(code);
    const from: StatusChoice = state.programmeStatus ?? 'none';
    if (from === status) throw FormError.field('status', 'admin.states.statusUnchanged');
    const next: ProgrammeStatus | null = status === 'none' ? null : status;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Organisation, { id: state.id }, { programmeStatus: next });
      await this.audit.record(
        actor,
        {
          action: 'member-state.status-changed',
          targetType: MEMBER_STATE_TARGET,
          targetId: state.code,
          details: { from, to: status },
        },
        manager,
      );
    });
    this.referenceData.invalidate();
    return { code: state.code, name: state.name, from, to: status };
  }

  private async load(code: string): Promise<Organisation> {
    const state = /^[A-Za-z]{3}$/.test(code)
      ? await this.organisations.findOne({
          where: { code: code.toUpperCase(), kind: 'state' },
          relations: { iwgRegion: true },
        })
      : null;
    if (!state) throw new NotFoundException();
    return state;
  }

  private async countsByStatus(): Promise<Map<string, number>> {
    const rows = await this.organisations
      .createQueryBuilder('o')
      .select('o.programmeStatus', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('o.kind = :kind', { kind: 'state' })
      .groupBy('o.programmeStatus')
      .getRawMany<{ status: string | null; count: string | number }>();
    return new Map(rows.map((row) => [row.status ?? 'none', Number(row.count)]));
  }
}

function parseDetails(details: string | null): Record<string, unknown> {
  if (!details) return {};
  try {
    const parsed: unknown = JSON.parse(details);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
