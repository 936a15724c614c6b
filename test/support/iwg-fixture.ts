import type { DataSource } from 'typeorm';
import { IwgSeeder } from '../../src/iwg/iwg-seeder';
import type { Iwg } from '../../src/iwg/iwg.entity';
import { IwgRegion } from '../../src/organisations/iwg-region.entity';
import { Organisation } from '../../src/organisations/organisation.entity';
import type { TestApp } from './test-app';

/**
 * An IWG region of the given States and its IWG, made the way the portal makes them: the
 * region first (as the demo seed or an admin would), then the seeder's IWG with its categories.
 */
export async function createIwg(t: TestApp, code: string, states: string[]): Promise<Iwg> {
  const dataSource: DataSource = t.dataSource;
  const regions = dataSource.getRepository(IwgRegion);
  const region = await regions.save(regions.create({ code, name: `${code} region` }));
  for (const state of states)
    await dataSource
      .getRepository(Organisation)
      .update({ code: state }, { iwgRegionId: region.id });
  const created = await t.app.get(IwgSeeder).ensureForRegions();
  const iwg = created.find((one) => one.regionId === region.id);
  if (!iwg) throw new Error(`no IWG was seeded for ${code}`);
  return iwg;
}
