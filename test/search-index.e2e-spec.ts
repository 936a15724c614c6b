import { In } from 'typeorm';
import { actorFor, type Actor } from '../src/common/actor/actor';
import { IwgRegion } from '../src/organisations/iwg-region.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import type { SearchDocument } from '../src/search/search-document';
import { SearchEntry } from '../src/search/search-entry.entity';
import { SearchIndex, type SearchRequest } from '../src/search/search-index.service';
import { SearchReindexer } from '../src/search/search-reindexer';
import { MemberSearchSource } from '../src/search/sources/member-search-source';
import { UsersService } from '../src/users/users.service';
import { User } from '../src/users/user.entity';
import { createUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/** The index on the engine under test: what is found, for whom, in which order. */
describe('search index', () => {
  let t: TestApp;
  let index: SearchIndex;
  let ids: { ken: number; uga: number; region: number };
  const actors: Record<string, Actor> = {};

  const request = (text: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({
    text,
    offset: 0,
    limit: 20,
    ...extra,
  });
  const doc = (refId: number, fields: Partial<SearchDocument>): SearchDocument => ({
    kind: 'resource',
    refId,
    title: `Document ${refId}`,
    date: new Date(Date.UTC(2026, 0, refId)),
    visibility: { level: 'programme', regionId: null, stateId: null },
    ...fields,
  });
  const found = async (actor: Actor, text: string, extra: Partial<SearchRequest> = {}) =>
    (await index.search(actor, request(text, extra))).hits.map((hit) => `${hit.kind}:${hit.refId}`);

  beforeAll(async () => {
    t = await startTestApp();
    index = t.app.get(SearchIndex);
    const region = await t.dataSource
      .getRepository(IwgRegion)
      .save({ code: 'search-east', name: 'Search East IWG' });
    await t.dataSource
      .getRepository(Organisation)
      .update({ code: In(['KEN', 'UGA']) }, { iwgRegionId: region.id });
    const organisations = t.dataSource.getRepository(Organisation);
    ids = {
      ken: (await organisations.findOneByOrFail({ code: 'KEN' })).id,
      uga: (await organisations.findOneByOrFail({ code: 'UGA' })).id,
      region: region.id,
    };
    const users = t.app.get(UsersService);
    const people: Record<string, Partial<User> & { org?: string }> = {
      kenya: { role: 'official', org: 'KEN', name: 'Wanjiru Kamau' },
      uganda: { role: 'official', org: 'UGA', name: 'Okello Ocen' },
      france: { role: 'official', org: 'FRA', name: 'Camille Martin' },
      staff: { role: 'staff', name: 'Sara Staff' },
      partner: { role: 'partner', name: 'Pat Partner' },
    };
    for (const [key, person] of Object.entries(people)) {
      const user = await createUser(t.dataSource, person);
      actors[key] = actorFor((await users.findAuthenticated(user.id))!);
    }
    await index.putMany([
      doc(1, { title: 'Passenger data law', body: 'The passenger data law of the programme.' }),
      doc(2, {
        title: 'Kenya PIU notes',
        body: 'Passenger data notes for Kenya only.',
        visibility: { level: 'state', regionId: null, stateId: ids.ken },
      }),
      doc(3, {
        title: 'Regional meeting',
        body: 'Passenger data in the region.',
        visibility: { level: 'region', regionId: ids.region, stateId: null },
      }),
      doc(4, {
        title: 'Staff memo',
        body: 'Passenger data budget.',
        visibility: { level: 'staff', regionId: null, stateId: null },
      }),
      doc(5, { title: 'Éducation et données', body: 'Les données des passagers.', language: 'fr' }),
      doc(6, { title: 'قانون البيانات', body: 'بيانات المسافرين في المدرسة', language: 'ar' }),
      doc(7, { title: '旅客数据', body: '打击恐怖主义的旅客数据', language: 'zh' }),
      doc(8, {
        kind: 'thread',
        title: 'Straße und Daten',
        body: 'Über die Daten.',
        language: 'de',
      }),
    ]);
  });
  afterAll(() => t.close());

  it('finds what each actor may see, and only that, with totals from the query', async () => {
    const kenya = await index.search(actors.kenya, request('passenger data'));
    expect(kenya.hits.map((hit) => hit.refId).sort()).toEqual([1, 2, 3]);
    expect(kenya.total).toBe(3);
    const uganda = await index.search(actors.uganda, request('passenger data'));
    expect(uganda.hits.map((hit) => hit.refId).sort()).toEqual([1, 3]);
    expect(uganda.total).toBe(2);
    expect(uganda.counts.resource).toBe(2);
    expect((await found(actors.france, 'passenger data')).sort()).toEqual(['resource:1']);
    expect((await found(actors.partner, 'passenger data')).sort()).toEqual(['resource:1']);
    expect((await index.search(actors.staff, request('passenger data'))).total).toBe(4);
  });

  it('ranks a title hit first, then by how often the text holds the words', async () => {
    expect(await found(actors.staff, 'passenger')).toEqual([
      'resource:1',
      'resource:4',
      'resource:3',
      'resource:2',
    ]);
  });

  it('folds accents and case, and Arabic letter forms', async () => {
    expect(await found(actors.staff, 'EDUCATION donnees')).toEqual(['resource:5']);
    expect(await found(actors.staff, 'strasse')).toEqual(['thread:8']);
    expect(await found(actors.staff, 'uber')).toEqual(['thread:8']);
    expect(await found(actors.staff, 'المدرسه')).toEqual(['resource:6']);
    expect(await found(actors.staff, 'قانُونَ')).toEqual(['resource:6']);
  });

  it('finds Chinese text by its characters', async () => {
    expect(await found(actors.staff, '数据')).toEqual(['resource:7']);
    expect(await found(actors.staff, '恐怖')).toEqual(['resource:7']);
    expect(await found(actors.staff, '恐数')).toEqual([]);
  });

  it('highlights the found words in the title and the snippet', async () => {
    const [hit] = (await index.search(actors.staff, request('données'))).hits;
    expect(hit.title).toContainEqual({ text: 'données', mark: true });
    expect(hit.snippet.segments).toContainEqual({ text: 'données', mark: true });
  });

  it('filters by kind, language, date and pillar inside the query', async () => {
    expect(await found(actors.staff, 'daten', { kind: 'thread' })).toEqual(['thread:8']);
    expect(await found(actors.staff, 'daten', { kind: 'resource' })).toEqual([]);
    expect(await found(actors.staff, 'passenger', { language: 'fr' })).toEqual([]);
    expect(
      await found(actors.staff, 'passenger', {
        from: new Date(Date.UTC(2026, 0, 2)),
        to: new Date(Date.UTC(2026, 0, 4)),
      }),
    ).toEqual(['resource:3', 'resource:2']);
    await index.put(doc(9, { title: 'Maritime passenger', pillars: ['maritime', 'piu'] }));
    expect(await found(actors.staff, 'passenger', { pillar: 'maritime' })).toEqual(['resource:9']);
    await index.remove('resource', 9);
    expect(await found(actors.staff, 'maritime')).toEqual([]);
  });

  it('pages with the query: offsets and totals agree', async () => {
    const all = await found(actors.staff, 'passenger');
    const first = await index.search(actors.staff, request('passenger', { limit: 3 }));
    const second = await index.search(actors.staff, request('passenger', { offset: 3, limit: 3 }));
    expect(first.total).toBe(4);
    expect(second.total).toBe(4);
    expect([...first.hits, ...second.hits].map((hit) => `${hit.kind}:${hit.refId}`)).toEqual(all);
  });

  it('replaces an entry put again and keeps the full-text index in step', async () => {
    await index.put(doc(1, { title: 'Renamed guidance', body: 'Nothing about travellers.' }));
    expect(await found(actors.staff, 'guidance')).toEqual(['resource:1']);
    expect(await found(actors.staff, 'law')).toEqual([]);
    expect(
      await t.dataSource.getRepository(SearchEntry).countBy({ kind: 'resource', refId: 1 }),
    ).toBe(1);
  });

  it('keeps members current: new, renamed, moved, deactivated', async () => {
    const person = await createUser(t.dataSource, {
      role: 'official',
      org: 'KEN',
      name: 'Achieng Otieno',
    });
    expect(await found(actors.uganda, 'achieng')).toEqual([`member:${person.id}`]);
    expect(await found(actors.france, 'achieng')).toEqual([]);
    expect(await found(actors.partner, 'achieng')).toEqual([]);
    await t.dataSource.getRepository(User).update(person.id, { name: 'Achieng Odhiambo' });
    expect(await found(actors.uganda, 'odhiambo')).toEqual([`member:${person.id}`]);
    expect(await found(actors.uganda, 'otieno')).toEqual([]);
    await t.dataSource.manager.update(User, { id: person.id, active: true }, { active: false });
    expect(await found(actors.staff, 'odhiambo')).toEqual([]);
    expect(await found(actors.partner, 'sara staff')).toEqual([`member:${actors.staff.user!.id}`]);
  });

  it('rebuilds member entries from the users (search:reindex), dropping stale ones', async () => {
    await index.removeAll('member');
    await index.put({
      kind: 'member',
      refId: 999_999,
      title: 'Ghost Person',
      date: new Date(),
      visibility: { level: 'programme', regionId: null, stateId: null },
    });
    expect(await found(actors.staff, 'wanjiru')).toEqual([]);
    const counts = await t.app.get(SearchReindexer).reindex(['member']);
    const active = await t.dataSource.getRepository(User).countBy({ active: true });
    expect(counts.get('member')).toBe(active);
    expect(await found(actors.staff, 'ghost')).toEqual([]);
    expect(await found(actors.uganda, 'wanjiru')).toEqual([`member:${actors.kenya.user!.id}`]);
  });

  it('puts every member in at start when the index holds none (a portal upgraded to search)', async () => {
    await index.removeAll('member');
    expect(await found(actors.uganda, 'wanjiru')).toEqual([]);
    await t.app.get(MemberSearchSource, { strict: false }).onApplicationBootstrap();
    expect(await found(actors.uganda, 'wanjiru')).toEqual([`member:${actors.kenya.user!.id}`]);
  });
});
