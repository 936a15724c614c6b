import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { filterValues } from '../../common/lists/filters';
import { UN_REGIONS } from '../data/un-member-states';
import { IwgRegion } from '../../organisations/iwg-region.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { STATUS_CHOICES, type MemberStateFilterDto } from './dto/member-state-filter.dto';

/**
 * The Member States' list with their programme status, for admins and programme staff. A
 * State's status is changed by ProgrammeStatusService (the record's page).
 */
@Injectable()
export class MemberStatesAdminService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(IwgRegion) private readonly iwgRegions: Repository<IwgRegion>,
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
        href: `/states/${state.code}/record`,
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
