import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { createDefaultCategories } from './iwg-categories';
import { Iwg } from './iwg.entity';

/**
 * One IWG for each IWG region that has none, named after the region, with its forum's
 * categories. Runs at every start (after the reference data) and after the demo seed adds a
 * region; a region that already has an IWG, open or closed, is left alone.
 */
@Injectable()
export class IwgSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): Promise<void> {
    return this.ensureForRegions().then(() => undefined);
  }

  /** The IWGs created (none when every region has one). */
  async ensureForRegions(): Promise<Iwg[]> {
    return this.dataSource.transaction(async (manager) => {
      const regions = await manager
        .getRepository(IwgRegion)
        .createQueryBuilder('region')
        .where((qb) => {
          const sub = qb.subQuery().select('1').from(Iwg, 'iwg').where('iwg.regionId = region.id');
          return `NOT EXISTS ${sub.getQuery()}`;
        })
        .orderBy('region.id')
        .getMany();
      const created: Iwg[] = [];
      for (const region of regions) {
        const iwg = await manager
          .getRepository(Iwg)
          .save(manager.getRepository(Iwg).create({ regionId: region.id, name: region.name }));
        await createDefaultCategories(manager, iwg);
        created.push(iwg);
      }
      if (created.length > 0) this.logger.log(`seeded ${created.length} IWGs`);
      return created;
    });
  }
}
