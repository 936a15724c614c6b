import { In } from 'typeorm';
import { IwgRegion } from '../src/organisations/iwg-region.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import type { SearchDocument } from '../src/search/search-document';
import { actorFor } from '../src/common/actor/actor';
import { CANDIDATE_CAP, COUNT_CAP, SearchIndex } from '../src/search/search-index.service';
import { UsersService } from '../src/users/users.service';
import { SEARCH_PAGE_SIZE } from '../src/search/search-page.service';
import { createUser } from './support/factories';
import { agentFor, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

/** `/search` through HTTP: the header box, visibility inside the query, paging, escaping. */
describe('/search', () => {
  let t: TestApp;
  let kenya: Agent;
  let uganda: Agent;
  let france: Agent;
  let staff: Agent;
  let staffId: number;

  const titles = (html: string) =>
    [...html.matchAll(/<h2 class="search-hit__title">([\s\S]*?)<\/h2>/g)].map((match) =>
      match[1].replace(/<[^>]+>/g, ''),
    );

  beforeAll(async () => {
    t = await startTestApp();
    const region = await t.dataSource
      .getRepository(IwgRegion)
      .save({ code: 'page-east', name: 'Page East IWG' });
    await t.dataSource
      .getRepository(Organisation)
      .update({ code: In(['KEN', 'UGA']) }, { iwgRegionId: region.id });
    const ken = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const documents: SearchDocument[] = [];
    // 45 programme documents, and 30 of Kenya's own: Uganda must see 45, Kenya 75.
    for (let n = 1; n <= 75; n += 1) {
      documents.push({
        kind: n % 5 === 0 ? 'thread' : 'resource',
        refId: n,
        title: n <= 45 ? `Carrier guidance ${n}` : `Kenya carrier note ${n}`,
        body: `Carrier engagement text number ${n}.`,
        date: new Date(Date.UTC(2026, 0, 1, 0, n)),
        url: `/library/${n}`,
        visibility:
          n <= 45
            ? { level: 'programme', regionId: null, stateId: null }
            : { level: 'state', regionId: null, stateId: ken.id },
      });
    }
    documents.push({
      kind: 'resource',
      refId: 100,
      title: '<script>alert("x")</script> Escaped carrier',
      body: 'A body with <b>markup</b> & an ampersand, about carriers.',
      date: new Date(Date.UTC(2025, 5, 1)),
      url: '/library/100',
      visibility: { level: 'programme', regionId: null, stateId: null },
    });
    await t.app.get(SearchIndex).putMany(documents);
    const agents: Agent[] = [];
    for (const person of [
      { role: 'official', org: 'KEN', name: 'Kenyan Official' },
      { role: 'official', org: 'UGA', name: 'Ugandan Official' },
      { role: 'official', org: 'FRA', name: 'French Official' },
      { role: 'staff', name: 'Staff Person', withTwoFactor: true },
    ] as const) {
      const agent = agentFor(t.server);
      const user = await createUser(t.dataSource, person);
      if (person.role === 'staff') staffId = user.id;
      await signIn(agent, user);
      agents.push(agent);
    }
    [kenya, uganda, france, staff] = agents;
  });
  afterAll(() => t.close());

  it('shows the search box in the header of every signed-in page, and none when signed out', async () => {
    for (const path of ['/', '/account', '/states', '/search']) {
      const page = await kenya.get(path);
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/<form method="get" action="\/search" class="header-search"/);
    }
    const login = await agentFor(t.server).get('/login');
    expect(login.text).not.toContain('header-search');
  });

  it('counts and pages only what the user may see (another State’s rows change nothing)', async () => {
    const ugandan = await uganda.get('/search?q=carrier&kind=resource');
    expect(ugandan.text).toContain('37 results for “carrier”');
    expect(ugandan.text).not.toContain('Kenya carrier note');
    expect(ugandan.text).toContain('Threads (9)');
    expect(ugandan.text).toContain('All (46)');
    // 37 resources: two pages of 20, no third.
    expect(ugandan.text).toContain('Page 1 of 2');
    const second = await uganda.get('/search?q=carrier&kind=resource&page=2');
    expect(titles(second.text)).toHaveLength(37 - SEARCH_PAGE_SIZE);
    expect(second.text).not.toContain('Kenya carrier note');
    const kenyan = await kenya.get('/search?q=carrier&kind=resource');
    expect(kenyan.text).toContain('61 results for “carrier”');
    expect(kenyan.text).toContain('Page 1 of 4');
    expect(titles(kenyan.text)[0]).toContain('Kenya carrier note');
    const staffPage = await staff.get('/search?q=carrier');
    expect(staffPage.text).toContain('All (76)');
    expect((await france.get('/search?q=kenya')).text).toContain('Nothing open to you matches');
  });

  it('counts at most COUNT_CAP hits per kind, and says "at least" beyond', async () => {
    // Meetings: COUNT_CAP + 1 about lighthouses, as many about harbours, one about both (the
    // oldest), and three about lighthouse keepers (older than the first COUNT_CAP lighthouses).
    const meeting = (refId: number, title: string, minutes: number): SearchDocument => ({
      kind: 'meeting',
      refId,
      title,
      body: `${title} minutes.`,
      date: new Date(Date.UTC(2024, 0, 1, 0, minutes)),
      url: `/meetings/${refId}`,
      visibility: { level: 'programme', regionId: null, stateId: null },
    });
    const documents: SearchDocument[] = [];
    for (let n = 0; n <= COUNT_CAP; n += 1) {
      documents.push(meeting(10_000 + n, `Lighthouse review ${n}`, 100 + n));
      documents.push(meeting(20_000 + n, `Harbour review ${n}`, 100 + n));
    }
    documents.push(meeting(30_000, 'Lighthouse harbour review', 1));
    for (let n = 1; n <= 3; n += 1)
      documents.push(meeting(30_000 + n, `Lighthouse keeper review ${n}`, 1 + n));
    await t.app.get(SearchIndex).putMany(documents);

    const many = await uganda.get('/search?q=lighthouse');
    expect(many.text).toContain(
      `At least ${COUNT_CAP.toLocaleString('en')} results for “lighthouse”`,
    );
    expect(many.text).toContain(`Meetings (${COUNT_CAP.toLocaleString('en')}+)`);
    expect(many.text).toContain(`All (${COUNT_CAP.toLocaleString('en')}+)`);
    expect(many.text).toContain(`Page 1 of ${COUNT_CAP / SEARCH_PAGE_SIZE}`);
    expect(titles(many.text)[0]).toBe(`Lighthouse review ${COUNT_CAP}`);
    // The rarest word leads: every keeper is found, however far down the lighthouses.
    const keepers = await uganda.get('/search?q=lighthouse+keeper');
    expect(keepers.text).toContain('3 results for “lighthouse keeper”');
    expect(titles(keepers.text)).toEqual([3, 2, 1].map((n) => `Lighthouse keeper review ${n}`));
    // Two common words found together only further on than the first COUNT_CAP: said so.
    const both = await uganda.get('/search?q=harbour+lighthouse');
    expect(both.text).toContain(
      `None of the first ${CANDIDATE_CAP.toLocaleString('en')} documents of each kind holding your rarest word holds all of “harbour lighthouse”`,
    );
    const cut = await t.app
      .get(SearchIndex)
      .search(actorFor((await t.app.get(UsersService).findAuthenticated(staffId))!), {
        text: 'harbour lighthouse',
        offset: 0,
        limit: 20,
      });
    expect(cut).toMatchObject({ total: 0, totalIsMore: true, hits: [] });
    expect(cut.more.meeting).toBe(true);
  });

  it('ranks and highlights, escaping the document’s own markup', async () => {
    const page = await staff.get('/search?q=escaped');
    expect(page.text).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Escaped</mark> carrier',
    );
    expect(page.text).not.toContain('<script>alert');
    const carriers = await staff.get('/search?q=%22carrier+guidance%22');
    expect(titles(carriers.text)[0]).toBe('Carrier guidance 45');
    expect(carriers.text).toContain('<mark>Carrier</mark> <mark>guidance</mark> 45');
  });

  it('says what to try when nothing matches, and what to type when nothing can be searched', async () => {
    const none = await kenya.get('/search?q=zebra');
    expect(none.text).toContain('Nothing open to you matches “zebra”.');
    expect(none.text).toContain('fewer words');
    const punctuation = await kenya.get('/search?q=%21%3F');
    expect(punctuation.text).toContain('There are no words to search for');
    const start = await kenya.get('/search');
    expect(start.text).toContain('Type a few words in the box above');
    const otherKind = await kenya.get('/search?q=carrier&kind=meeting');
    expect(otherKind.text).toContain('Nothing of this kind matches; other kinds do');
  });

  it('filters by date and language, and refuses bad filters with 400', async () => {
    const dated = await staff.get('/search?q=carrier&from=2025-01-01&to=2025-12-31');
    expect(titles(dated.text)).toEqual([
      '<script>alert("x")</script> Escaped carrier'
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'),
    ]);
    expect((await staff.get('/search?q=carrier&language=fr')).text).toContain(
      'Nothing open to you',
    );
    for (const bad of [
      'kind=song',
      'from=2026-02-31',
      'from=yesterday',
      'iwg=abc',
      `q=${'x'.repeat(201)}`,
      'page=0',
    ])
      expect((await staff.get(`/search?q=carrier&${bad}`)).status).toBe(400);
  });

  it('finds members by name, organisation and role, as the visibility of their entry allows', async () => {
    expect(titles((await uganda.get('/search?q=kenyan+official')).text)).toEqual([
      'Kenyan Official',
    ]);
    expect(titles((await france.get('/search?q=kenyan')).text)).toEqual([]);
    expect(titles((await france.get('/search?q=staff+person')).text)).toEqual(['Staff Person']);
    const byOrganisation = await staff.get('/search?q=kenya&kind=member');
    expect(titles(byOrganisation.text)).toEqual(['Kenyan Official']);
  });
});
