import { AuditEvent } from '../src/audit/audit-event.entity';
import { WatchlistIndexService } from '../src/piu/watchlists/watchlist-index.service';
import { Watchlist } from '../src/piu/watchlists/watchlist.entity';
import { WatchlistVersionRecord } from '../src/piu/watchlists/watchlist-version.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { csrfFrom, postForm, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';
import {
  analystAgent,
  createList,
  NATIONAL_HEADER,
  NATIONAL_V1,
  NATIONAL_V2,
  uploadVersion,
} from './support/watchlist-fixture';

const UN_XML = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>1</DATAID><FIRST_NAME>ZORVATH</FIRST_NAME><SECOND_NAME>KELLIAN</SECOND_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER>
      <LISTED_ON>2020-01-01</LISTED_ON>
      <NATIONALITY><VALUE>Kenya</VALUE></NATIONALITY>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1980-05-05</DATE></INDIVIDUAL_DATE_OF_BIRTH>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES/>
</CONSOLIDATED_LIST>`;

describe('watchlists of a PIU', () => {
  let t: TestApp;
  let supervisor: Agent;
  let analyst: Agent;
  let foreign: Agent;
  let kenya: number;
  let listId: number;
  let firstVersionId: number;
  let secondVersionId: number;

  beforeAll(async () => {
    t = await startTestApp({ WATCHLIST_MAX_MB: '1' });
    supervisor = (await analystAgent(t, 'KEN', true)).agent;
    analyst = (await analystAgent(t, 'KEN', false)).agent;
    foreign = (await analystAgent(t, 'UGA', true)).agent;
    kenya = (await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' })).id;
  });
  afterAll(() => t.close());

  const versions = () => t.dataSource.getRepository(WatchlistVersionRecord).count();
  const indexes = () => t.app.get(WatchlistIndexService);

  it('lets a supervisor create a list and load two versions, with a report and a diff', async () => {
    const page = await supervisor.get('/screening/lists');
    expect(page.status).toBe(200);
    expect(page.text).toContain('no other State’s upload changes your screening');
    expect(page.text).toContain('New list');

    listId = await createList(supervisor, 'csv', 'National security list');
    const first = await uploadVersion(supervisor, listId, {
      file: { name: 'national-v1.csv', content: NATIONAL_V1 },
    });
    expect(first.status).toBe(303);
    firstVersionId = Number(/versions\/(\d+)$/.exec(first.headers.location)![1]);
    const second = await uploadVersion(supervisor, listId, {
      file: { name: 'national-v2.csv', content: NATIONAL_V2 },
    });
    expect(second.status).toBe(303);
    secondVersionId = Number(/versions\/(\d+)$/.exec(second.headers.location)![1]);

    const stored = await t.dataSource
      .getRepository(WatchlistVersionRecord)
      .findOneByOrFail({ id: secondVersionId });
    expect(stored).toMatchObject({
      number: 2,
      previousVersionId: firstVersionId,
      fileName: 'national-v2.csv',
      entryCount: 3,
      rowsRead: 3,
      skippedCount: 0,
      addedCount: 1,
      removedCount: 1,
      changedCount: 1,
    });
    expect(stored.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    const list = await t.dataSource.getRepository(Watchlist).findOneByOrFail({ id: listId });
    expect(list.currentVersionId).toBe(secondVersionId);

    const version = await analyst.get(second.headers.location);
    expect(version.status).toBe(200);
    expect(version.text).toContain('national-v2.csv');
    expect(version.text).toContain('Changes since version 1');
    expect(version.text).toMatch(/data-change="added" data-reference="csv:NAT-4"/);
    expect(version.text).toMatch(/data-change="removed" data-reference="csv:NAT-2"/);
    expect(version.text).toMatch(/data-change="changed" data-reference="csv:NAT-1"/);
    // Field by field: the date of birth, the new alias, the severity.
    expect(version.text).toContain('<del aria-label="before">1971-04-02</del>');
    expect(version.text).toContain('<ins aria-label="now">1971-04-03</ins>');
    expect(version.text).toContain('<ins aria-label="now">Aldo QUORVENNE</ins>');
    expect(version.text).toContain('<ins aria-label="now">critical</ins>');
    const onlyAdded = await analyst.get(`${second.headers.location}?change=added`);
    expect(onlyAdded.text).toContain('csv:NAT-4');
    expect(onlyAdded.text).not.toContain('csv:NAT-2');

    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findBy({ action: 'screening.list-version-loaded', targetId: String(listId) });
    expect(audit).toHaveLength(2);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'screening.list-created', targetId: String(listId) }),
    ).toBe(1);

    // The State's index covers the new version once rebuilt, in the background.
    await indexes().settled();
    const current = indexes().current(kenya)!;
    expect(current.versionIds).toEqual([secondVersionId]);
    expect(current.index.entryCount).toBe(3);
  });

  it('takes two uploads of one list at once in turn: numbered one after the other, each diffed against the one before', async () => {
    // Another State's, so this list stays out of the Kenyan index the other tests count.
    const tanzania = (await analystAgent(t, 'TZA', true)).agent;
    const id = await createList(tanzania, 'csv', 'Loaded twice at once');
    const [one, two] = await Promise.all([
      uploadVersion(tanzania, id, { file: { name: 'a.csv', content: NATIONAL_V1 } }),
      uploadVersion(tanzania, id, { file: { name: 'b.csv', content: NATIONAL_V2 } }),
    ]);
    expect([one.status, two.status]).toEqual([303, 303]);
    const loaded = await t.dataSource
      .getRepository(WatchlistVersionRecord)
      .find({ where: { watchlistId: id }, order: { number: 'ASC' } });
    expect(loaded.map((version) => version.number)).toEqual([1, 2]);
    expect(loaded[0].previousVersionId).toBeNull();
    expect(loaded[1].previousVersionId).toBe(loaded[0].id);
    expect(loaded[1].addedCount + loaded[1].removedCount + loaded[1].changedCount).toBeGreaterThan(
      0,
    );
    const list = await t.dataSource.getRepository(Watchlist).findOneByOrFail({ id });
    expect(list.currentVersionId).toBe(loaded[1].id);
  });

  it('lets a plain analyst read everything, but not create nor upload (403, with the message)', async () => {
    expect((await analyst.get('/screening/lists')).text).toContain('National security list');
    const listPage = await analyst.get(`/screening/lists/${listId}`);
    expect(listPage.status).toBe(200);
    expect(listPage.text).not.toContain('Load a new version');
    const before = await versions();
    const upload = await uploadVersion(analyst, listId, {
      file: { name: 'x.csv', content: NATIONAL_V1 },
    });
    expect(upload.status).toBe(403);
    expect(upload.text).toContain('Only a supervisor of the PIU may do this.');
    const create = await postForm(analyst, '/screening/purpose', '/screening/lists', {
      kind: 'csv',
      name: 'Mine',
    });
    expect(create.status).toBe(403);
    expect(await versions()).toBe(before);
  });

  it("answers 404 to another State's analysts for the list, its versions and its upload", async () => {
    expect((await foreign.get(`/screening/lists/${listId}`)).status).toBe(404);
    expect(
      (await foreign.get(`/screening/lists/${listId}/versions/${secondVersionId}`)).status,
    ).toBe(404);
    expect((await foreign.get('/screening/lists')).text).not.toContain(
      `href="/screening/lists/${listId}"`,
    );
    const before = await versions();
    const upload = await uploadVersion(foreign, listId, {
      file: { name: 'x.csv', content: NATIONAL_V1 },
    });
    expect(upload.status).toBe(404);
    expect(await versions()).toBe(before);
    // A version id of one list under another list is not there either.
    const own = await createList(foreign, 'csv', 'Uganda list');
    expect((await foreign.get(`/screening/lists/${own}/versions/${secondVersionId}`)).status).toBe(
      404,
    );
    expect((await foreign.get('/screening/lists/abc')).status).toBe(404);
  });

  it('imports a CSV with broken rows and reports each skipped row with its number and reason', async () => {
    const broken = [
      NATIONAL_HEADER,
      'NAT-1,QUORVEN,Aldric Tamsin,1971-04-03,KEN,M,K1234567,P,KEN,terrorism,critical,',
      'NAT-5,KRELLANE,Ivo,31/12/1970,KEN,M,,,,terrorism,high,',
      'NAT-6,,,,KEN,M,,,,terrorism,high,',
      'NAT-7,TOO,Few,cells',
    ].join('\n');
    const response = await uploadVersion(supervisor, listId, {
      file: { name: 'broken.csv', content: broken },
    });
    expect(response.status).toBe(303);
    const skipped = await supervisor.get(`${response.headers.location}?show=skipped`);
    expect(skipped.text).toMatch(/data-row="3".*date_of_birth &#x27;31\/12\/1970&#x27;/s);
    expect(skipped.text).toMatch(/data-row="4".*no name/s);
    expect(skipped.text).toMatch(/data-row="5".*4 cells, the header has 12/s);
    const stored = await t.dataSource
      .getRepository(WatchlistVersionRecord)
      .findOneByOrFail({ id: Number(/versions\/(\d+)$/.exec(response.headers.location)![1]) });
    expect(stored).toMatchObject({ entryCount: 1, skippedCount: 3, rowsRead: 4 });
  });

  describe('refuses a file that does not import, with its reason, and changes nothing', () => {
    let unList: number;
    beforeAll(async () => {
      unList = await createList(supervisor, 'un', 'UN Consolidated List');
    });

    it.each([
      [
        'XML uploaded to a CSV list',
        'csv',
        { name: 'un.xml', content: UN_XML },
        'but this list takes CSV',
      ],
      ['CSV uploaded to the UN list', 'un', { name: 'n.csv', content: NATIONAL_V1 }, 'is not XML'],
      [
        'a binary file',
        'csv',
        { name: 'list.xlsx', content: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1]) },
        'is not a text file',
      ],
      ['an empty file', 'csv', { name: 'empty.csv', content: '' }, 'empty.csv is empty'],
      [
        'a header the template does not know',
        'csv',
        { name: 'odd.csv', content: 'id,surname,shoe_size\n1,X,42' },
        'unknown column &#x27;shoe_size&#x27;',
      ],
      [
        'malformed XML',
        'un',
        { name: 'bad.xml', content: '<CONSOLIDATED_LIST><INDIVIDUALS>' },
        'malformed XML',
      ],
      [
        'a file over the limit',
        'csv',
        { name: 'big.csv', content: `${NATIONAL_HEADER}\n${'x'.repeat(1024 * 1024 + 10)}` },
        'over 1 MB',
      ],
      ['no file at all', 'csv', null, 'Choose the file to load.'],
    ] as const)('%s', async (_label, kind, file, message) => {
      const target = kind === 'un' ? unList : listId;
      const before = await versions();
      const current = (await t.dataSource.getRepository(Watchlist).findOneByOrFail({ id: target }))
        .currentVersionId;
      const response = await uploadVersion(supervisor, target, file ? { file } : {});
      expect(response.status).toBe(400);
      expect(response.text).toContain(message);
      if (file) expect(response.text).toContain('Nothing was loaded');
      expect(await versions()).toBe(before);
      expect(
        (await t.dataSource.getRepository(Watchlist).findOneByOrFail({ id: target }))
          .currentVersionId,
      ).toBe(current);
    });

    it('names the uploaded file, never the temporary path, in the importer’s reason', async () => {
      const response = await uploadVersion(supervisor, listId, {
        file: { name: 'odd.csv', content: 'id,shoe_size\n1,42' },
      });
      expect(response.text).toContain('odd.csv: unknown column');
      expect(response.text).not.toContain('/tmp');
    });

    it('loads the UN list and keeps its date', async () => {
      const response = await uploadVersion(supervisor, unList, {
        file: { name: 'consolidated.xml', content: UN_XML },
      });
      expect(response.status).toBe(303);
      const page = await analyst.get(response.headers.location);
      expect(page.text).toContain('ZORVATH KELLIAN');
      expect(page.text).toContain('First version: every entry is new');
      await indexes().settled();
      expect(indexes().current(kenya)!.index.entryCount).toBe(2);
    });
  });

  it('refuses a forged or missing CSRF token on an upload', async () => {
    const before = await versions();
    const forged = await supervisor
      .post(`/screening/lists/${listId}/versions`)
      .field('_csrf', 'forged')
      .attach('file', Buffer.from(NATIONAL_V1), 'n.csv');
    expect(forged.status).toBe(403);
    expect(await versions()).toBe(before);
    expect(await csrfFrom(supervisor, `/screening/lists/${listId}`)).toBeTruthy();
  });

  it('re-renders the new-list form with its messages', async () => {
    const response = await postForm(supervisor, '/screening/lists', '/screening/lists', {
      kind: '',
      name: 'National security list',
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain('Choose the kind of list.');
    const taken = await postForm(supervisor, '/screening/lists', '/screening/lists', {
      kind: 'csv',
      name: 'National security list',
    });
    expect(taken.status).toBe(400);
    expect(taken.text).toContain('Your State already has a list of that name.');
    expect(taken.text).toContain('value="National security list"');
  });
});
