import { IwgRegion } from '../src/organisations/iwg-region.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { SearchEntry } from '../src/search/search-entry.entity';
import { createUser } from './support/factories';
import { createIwg } from './support/iwg-fixture';
import { startTestApp, type TestApp } from './support/test-app';

/** Member entries follow their organisations: a State joining a region moves its people. */
describe('member entries when organisations change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('re-scopes indexed members when their State joins an IWG region (an update inside another)', async () => {
    const kenyan = await createUser(t.dataSource, { role: 'official', org: 'KEN' });
    const ugandan = await createUser(t.dataSource, { role: 'focal-point', org: 'UGA' });
    await createUser(t.dataSource, { role: 'official', org: 'KEN' });
    // Organisations updated by criteria: the index's subscriber compares and rewrites entries
    // from within that update.
    const iwg = await createIwg(t, 'EAF', ['KEN', 'UGA']);
    const region = await t.dataSource
      .getRepository(IwgRegion)
      .findOneByOrFail({ id: iwg.regionId });
    const entries = t.dataSource.getRepository(SearchEntry);
    for (const user of [kenyan, ugandan]) {
      const entry = await entries.findOneByOrFail({ kind: 'member', refId: user.id });
      expect(entry.visibility).toMatchObject({ level: 'region', regionId: region.id });
    }
    await t.dataSource
      .getRepository(Organisation)
      .update({ code: 'KEN' }, { name: 'Kenya (Republic)' });
    const renamed = await entries.findOneByOrFail({ kind: 'member', refId: kenyan.id });
    expect(`${renamed.title} ${renamed.body}`).toContain('Kenya (Republic)');
  });
});
