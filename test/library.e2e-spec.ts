import { createWriteStream, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { CookieAccessInfo } from 'cookiejar';
import { BlobStore } from '../src/library/storage/blob-store';
import { join } from 'node:path';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { IwgRegion } from '../src/organisations/iwg-region.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { docxOf, odtOf, ooxmlOf, pdfOf } from '../src/library/files/zip-writer';
import { LibraryEvents, type LibraryEvent } from '../src/library/library-events';
import { LibraryResource } from '../src/library/library-resource.entity';
import { LibraryVersion } from '../src/library/library-version.entity';
import { LibrarySearchService } from '../src/library/library-search.service';
import { LibraryAudienceService } from '../src/library/library-audience.service';
import { TextExtractionService } from '../src/library/extraction/text-extraction.service';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('rest of a picture'),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('jfif')]);

describe('the library', () => {
  let t: TestApp;
  let staff: Agent;
  let official: Agent;
  let otherOfficial: Agent;
  let expert: Agent;
  let partner: Agent;
  let kenya: Organisation;
  let region: IwgRegion;
  const events: LibraryEvent[] = [];

  /** The files under DATA_DIR/files (temporary ones included). */
  function storedFiles(): string[] {
    const root = join(t.config.dataDir, 'files');
    const found: string[] = [];
    const walk = (dir: string) => {
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else found.push(join(dir, entry.name));
      }
    };
    walk(root);
    return found.sort();
  }

  async function upload(
    agent: Agent,
    fields: Record<string, string | string[]>,
    file: { content: Buffer; name: string } | null,
    action = '/library',
    formPage = '/library/new',
  ) {
    const token = await csrfFrom(agent, formPage);
    const request = agent.post(action).field('_csrf', token);
    for (const [name, value] of Object.entries(fields)) {
      for (const one of Array.isArray(value) ? value : [value]) request.field(name, one);
    }
    if (file) request.attach('file', file.content, file.name);
    return request;
  }

  const basics = (overrides: Record<string, string | string[]> = {}) => ({
    kind: 'file',
    title: 'PNR guidance',
    summary: 'How to set up a PIU',
    pillars: ['piu', 'maritime'],
    tags: 'PNR, data protection',
    language: 'en',
    documentDate: '2026-05-04',
    visibility: `state:${kenya.id}`,
    ...overrides,
  });

  function idOf(location: string | undefined): number {
    const match = /^\/library\/(\d+)$/.exec(location ?? '');
    if (!match) throw new Error(`not a resource page: ${location}`);
    return Number(match[1]);
  }

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_MAX_MB: '1' });
    t.app.get(LibraryEvents).subscribe((event) => {
      events.push(event);
    });
    kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const regions = t.dataSource.getRepository(IwgRegion);
    region = (await regions.findOneBy({})) ?? (await regions.save({ code: 'east', name: 'East' }));
    await t.dataSource
      .getRepository(Organisation)
      .update({ code: 'KEN' }, { iwgRegionId: region.id });
    const agent = async (role: Parameters<typeof createUser>[1]) => {
      const a = agentFor(t.server);
      await signIn(a, await createUser(t.dataSource, role));
      return a;
    };
    staff = await agent({ role: 'staff', withTwoFactor: true });
    official = await agent({ role: 'official', org: 'KEN' });
    otherOfficial = await agent({ role: 'official', org: 'FRA' });
    expert = await agent({ role: 'expert' });
    partner = await agent({ role: 'partner' });
  });
  afterAll(() => t.close());

  it('accepts each type from its bytes, lists it with type, size, language and visibility', async () => {
    const samples: [string, Buffer, string][] = [
      ['guide.pdf', pdfOf(['Passenger data guide']), 'pdf'],
      ['note.docx', docxOf(['Word text about carriers']), 'docx'],
      ['sheet.xlsx', ooxmlOf('xlsx'), 'xlsx'],
      ['slides.pptx', ooxmlOf('pptx'), 'pptx'],
      ['text.odt', odtOf('OpenDocument text'), 'odt'],
      ['readme.txt', Buffer.from('Plain text, été'), 'txt'],
      ['table.csv', Buffer.from('a,b\n1,2\n'), 'csv'],
      ['picture.png', PNG, 'png'],
      ['photo.jpg', JPEG, 'jpeg'],
    ];
    for (const [name, content, type] of samples) {
      const response = await upload(official, basics({ title: `Sample ${type}` }), {
        content,
        name,
      });
      expect(response.status).toBe(303);
      const row = await t.dataSource
        .getRepository(LibraryResource)
        .findOneByOrFail({ id: idOf(response.headers.location) });
      expect([row.fileType, row.status]).toEqual([type, 'published']);
    }
    const list = await official.get('/library?type=docx');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Sample docx');
    expect(list.text).not.toContain('Sample pdf');
    expect(list.text).toContain('Word document');
    expect(list.text).toContain('State: Kenya');
    expect(list.text).toMatch(/\d KB/);
  });

  it('refuses a renamed program and an oversize file with a reason, keeping nothing', async () => {
    const before = storedFiles();
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const refused = await upload(official, basics({ title: 'Not a PDF' }), {
      content: program,
      name: 'report.pdf',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('This file is a program');
    expect(refused.text).toContain('value="Not a PDF"');
    // Said once, above the page: not again above the form.
    expect(refused.text.split('Please correct the fields marked below.')).toHaveLength(2);
    const big = await upload(official, basics({ title: 'Too big' }), {
      content: Buffer.alloc(1024 * 1024 + 10, 0x41),
      name: 'big.txt',
    });
    expect(big.status).toBe(400);
    expect(big.text).toContain('larger than 1 MB');
    expect(storedFiles()).toEqual(before);
    expect(await t.dataSource.getRepository(LibraryResource).countBy({ title: 'Too big' })).toBe(0);
  });

  it('says so when the disk is full during an upload, and keeps nothing', async () => {
    const store = t.app.get(BlobStore);
    const before = storedFiles();
    // /dev/full answers every write with ENOSPC, as a full disk does.
    const spy = jest.spyOn(store, 'temporary').mockImplementation(async () => ({
      path: await store.temporaryPath(),
      stream: createWriteStream('/dev/full'),
    }));
    try {
      const full = await upload(official, basics({ title: 'Disk full' }), {
        content: Buffer.alloc(256 * 1024, 0x41),
        name: 'full.txt',
      });
      expect(full.status).toBe(400);
      expect(full.text).toContain('could not be stored');
    } finally {
      spy.mockRestore();
    }
    expect(storedFiles()).toEqual(before);
    expect(await t.dataSource.getRepository(LibraryResource).countBy({ title: 'Disk full' })).toBe(
      0,
    );
  });

  it('drops a cancelled upload: nothing half-written stays, not even under a temporary name', async () => {
    const before = storedFiles();
    const server = t.app.getHttpServer();
    if (!server.listening)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    // The signed-in official's cookies, as the browser holds them.
    const jar = (
      official as unknown as {
        jar: { getCookies(access: unknown): { name: string; value: string }[] };
      }
    ).jar;
    const cookie = jar
      .getCookies(CookieAccessInfo.All)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const token = await csrfFrom(official, '/library/new');
    const boundary = 'cancelled-upload';
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.txt"\r\n\r\n`;
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      `POST /library HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 10000000\r\n\r\n${head}`,
    );
    socket.write(Buffer.alloc(200_000, 0x41));
    // Part of the file is on the server, under its temporary name…
    for (let i = 0; i < 50 && storedFiles().length === before.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storedFiles().filter((path) => path.includes('.incoming'))).toHaveLength(1);
    // …and the browser goes away.
    socket.destroy();
    for (let i = 0; i < 50 && storedFiles().length !== before.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storedFiles()).toEqual(before);
  });

  it('refuses a forged upload (no or a wrong CSRF field) and stores nothing', async () => {
    const before = storedFiles();
    const forged = await official
      .post('/library')
      .field('_csrf', 'forged')
      .field('title', 'Forged')
      .attach('file', Buffer.from('text'), 'a.txt');
    expect(forged.status).toBe(403);
    const missing = await official
      .post('/library')
      .attach('file', Buffer.from('text'), 'a.txt')
      .field('title', 'Forged');
    expect(missing.status).toBe(403);
    // Only the upload routes read the token from the stream: elsewhere a multipart body is refused.
    const elsewhere = await official
      .post('/library/1/delete')
      .field('_csrf', await csrfFrom(official, '/library/new'));
    expect(elsewhere.status).toBe(403);
    expect(storedFiles()).toEqual(before);
    // A script sends the token as a header instead.
    const token = await csrfFrom(official, '/library/new');
    const scripted = await official
      .post('/library')
      .set('x-csrf-token', token)
      .field('kind', 'link')
      .field('title', 'Scripted link')
      .field('url', 'https://example.org/scripted')
      .field('pillars', 'piu')
      .field('language', 'en')
      .field('visibility', `state:${kenya.id}`);
    expect(scripted.status).toBe(303);
    const badHeader = await official
      .post('/library')
      .set('x-csrf-token', 'forged')
      .field('_csrf', token)
      .field('title', 'Forged');
    expect(badHeader.status).toBe(403);
    expect(await t.dataSource.getRepository(LibraryResource).countBy({ title: 'Forged' })).toBe(0);
  });

  it('stores the same bytes once', async () => {
    const content = Buffer.from('The very same bytes, twice.');
    const first = await upload(official, basics({ title: 'Copy one' }), { content, name: 'a.txt' });
    const count = storedFiles().length;
    const second = await upload(official, basics({ title: 'Copy two' }), {
      content,
      name: 'b.txt',
    });
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(storedFiles().length).toBe(count);
  });

  it('downloads with safe headers, previews PDFs with a script-free policy, audits each', async () => {
    const created = await upload(official, basics({ title: 'Headers' }), {
      content: pdfOf(['Headers']),
      name: '../Rapport été: final?.exe',
    });
    const id = idOf(created.headers.location);
    const download = await official.get(`/library/${id}/download`).buffer(true);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Rapport _t_ final.pdf"; filename*=UTF-8''Rapport%20%C3%A9t%C3%A9%20final.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toMatch(/^private/);
    const preview = await official.get(`/library/${id}/preview`);
    expect(preview.headers['content-disposition']).toMatch(/^inline;/);
    expect(preview.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
    const textResource = await upload(official, basics({ title: 'No preview' }), {
      content: Buffer.from('plain'),
      name: 'x.txt',
    });
    expect(
      (await official.get(`/library/${idOf(textResource.headers.location)}/preview`)).status,
    ).toBe(404);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'library.file-downloaded', targetId: String(id) }),
    ).toBe(2);
  });

  it("answers 404 and audits another State's resource, on its page and its download", async () => {
    const created = await upload(official, basics({ title: 'Kenya only' }), {
      content: Buffer.from('secret of Kenya'),
      name: 'k.txt',
    });
    const id = idOf(created.headers.location);
    expect((await otherOfficial.get(`/library/${id}`)).status).toBe(404);
    expect((await otherOfficial.get(`/library/${id}/download`)).status).toBe(404);
    expect((await partner.get(`/library/${id}/versions/1/download`)).status).toBe(404);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'access.denied', targetType: 'library-resource', targetId: String(id) }),
    ).toBe(3);
    const list = await otherOfficial.get('/library');
    expect(list.text).not.toContain('Kenya only');
  });

  it('refuses a level the author may not publish at', async () => {
    const response = await upload(
      official,
      basics({ title: 'Everyone', visibility: 'programme' }),
      {
        content: Buffer.from('x'),
        name: 'x.txt',
      },
    );
    expect(response.status).toBe(400);
    expect(response.text).toContain('You may not share a resource with these people.');
  });

  it('puts an expert proposal in the review queue; staff reject with a reason, then approve another', async () => {
    const proposed = await upload(
      expert,
      basics({ title: 'Expert proposal', visibility: 'programme' }),
      {
        content: Buffer.from('advice'),
        name: 'advice.txt',
      },
    );
    expect(proposed.status).toBe(303);
    const id = idOf(proposed.headers.location);
    expect((await official.get(`/library/${id}`)).status).toBe(404);
    expect((await official.get('/library')).text).not.toContain('Expert proposal');
    expect((await expert.get(`/library/${id}`)).text).toContain('Waiting for review');
    const queue = await staff.get('/library/review');
    expect(queue.text).toContain('Expert proposal');
    const token = await csrfFrom(staff, '/library/review');
    const empty = await staff
      .post(`/library/review/${id}/reject`)
      .type('form')
      .send({ _csrf: token, reason: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Say why');
    const rejected = await staff
      .post(`/library/review/${id}/reject`)
      .type('form')
      .send({ _csrf: token, reason: 'Needs sources' });
    expect(rejected.status).toBe(303);
    expect((await expert.get(`/library/${id}`)).text).toContain('Needs sources');
    expect((await official.get(`/library/${id}`)).status).toBe(404);
    // The author corrects it: back in the queue, the reason gone.
    const resubmitted = await expert
      .post(`/library/${id}`)
      .type('form')
      .send({
        _csrf: await csrfFrom(expert, `/library/${id}/edit`),
        ...basics({ title: 'Expert proposal, with sources', visibility: 'programme' }),
      });
    expect(resubmitted.status).toBe(303);
    expect((await staff.get('/library/review')).text).toContain('Expert proposal, with sources');
    expect((await official.get(`/library/${id}`)).status).toBe(404);

    const second = await upload(
      partner,
      basics({ title: 'Partner proposal', visibility: 'programme' }),
      null,
    );
    expect(second.status).toBe(400);
    const link = await upload(
      partner,
      basics({
        kind: 'link',
        url: 'https://example.org/guide',
        title: 'Partner link',
        visibility: 'programme',
      }),
      null,
    );
    expect(link.status).toBe(303);
    const linkId = idOf(link.headers.location);
    const audience = t.app.get(LibraryAudienceService);
    expect((await audience.reviewQueueRecipients(linkId)).length).toBeGreaterThan(0);
    const approved = await staff
      .post(`/library/review/${linkId}/approve`)
      .type('form')
      .send({ _csrf: token });
    expect(approved.status).toBe(303);
    expect((await official.get(`/library/${linkId}`)).status).toBe(200);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['resource.proposed', 'resource.rejected', 'resource.approved']),
    );
    const actions = (await t.dataSource.getRepository(AuditEvent).find()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'library.resource-proposed',
        'library.resource-rejected',
        'library.resource-approved',
      ]),
    );
  });

  it('keeps old versions listed and downloadable; extracts text in the background', async () => {
    const created = await upload(official, basics({ title: 'Versioned' }), {
      content: pdfOf(['First edition of the manual']),
      name: 'manual.pdf',
    });
    const id = idOf(created.headers.location);
    const second = await upload(
      official,
      { note: 'Second edition' },
      { content: docxOf(['Second edition of the manual']), name: 'manual.docx' },
      `/library/${id}/versions`,
      `/library/${id}/versions/new`,
    );
    expect(second.status).toBe(303);
    const page = await official.get(`/library/${id}`);
    expect(page.text).toContain('Version 2');
    expect(page.text).toContain('Second edition');
    expect(page.text).toContain('manual.pdf');
    const old = await official.get(`/library/${id}/versions/1/download`).buffer(true);
    expect(old.headers['content-type']).toBe('application/pdf');
    await t.app.get(TextExtractionService).extract(id);
    const versions = await t.dataSource
      .getRepository(LibraryVersion)
      .find({ where: { resourceId: id }, order: { number: 'ASC' } });
    expect(versions.map((v) => v.extractionStatus)).toEqual(['done', 'done']);
    expect(versions[0].extractedText).toContain('First edition of the manual');
    expect(versions[1].extractedText).toContain('Second edition of the manual');
    const document = await t.app.get(LibrarySearchService).searchDocument(id);
    expect(document).toMatchObject({
      title: 'Versioned',
      language: 'en',
      url: `/library/${id}`,
      tags: ['data protection', 'pnr'],
      pillars: ['maritime', 'piu'],
    });
    expect(document!.text).toContain('Second edition of the manual');
  });

  it('catches up with text whose job was lost (a restart without Redis)', async () => {
    const created = await upload(official, basics({ title: 'Lost job' }), {
      content: Buffer.from('text read by the sweep'),
      name: 'lost.txt',
    });
    const id = idOf(created.headers.location);
    const versions = t.dataSource.getRepository(LibraryVersion);
    // As if the job had been lost: the version is still waiting.
    await versions.update({ resourceId: id }, { extractionStatus: 'pending', extractedText: null });
    await t.app.get(TextExtractionService).extractWaiting();
    const version = await versions.findOneByOrFail({ resourceId: id });
    expect([version.extractionStatus, version.extractedText]).toEqual([
      'done',
      'text read by the sweep',
    ]);
  });

  it('keeps a file whose text cannot be read, marked as such', async () => {
    const broken = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(50, 0x20)]);
    const created = await upload(official, basics({ title: 'Broken PDF' }), {
      content: broken,
      name: 'b.pdf',
    });
    const id = idOf(created.headers.location);
    await t.app.get(TextExtractionService).extract(id);
    const page = await official.get(`/library/${id}`);
    expect(page.text).toContain('could not be read');
    expect((await official.get('/library')).text).toContain('Broken PDF');
  });

  it('groups translations in a family and marks the older ones', async () => {
    const english = await upload(official, basics({ title: 'Family EN' }), {
      content: Buffer.from('en v1'),
      name: 'en.txt',
    });
    const englishId = idOf(english.headers.location);
    const french = await upload(
      official,
      basics({ title: 'Famille FR', language: 'fr', translationOf: String(englishId) }),
      { content: Buffer.from('fr v1'), name: 'fr.txt' },
      '/library',
      `/library/new?translationOf=${englishId}`,
    );
    const frenchId = idOf(french.headers.location);
    await upload(
      official,
      { note: 'v2' },
      { content: Buffer.from('en v2'), name: 'en.txt' },
      `/library/${englishId}/versions`,
      `/library/${englishId}/versions/new`,
    );
    const englishPage = await official.get(`/library/${englishId}`);
    expect(englishPage.text).toContain('Also in:');
    expect(englishPage.text).toContain('French');
    expect(englishPage.text).toContain(`data-older="${frenchId}"`);
    const frenchPage = await official.get(`/library/${frenchId}`);
    expect(frenchPage.text).toContain('English');
    expect(frenchPage.text).toContain('id="self-older"');
  });

  it('edits (author, focal point of the State), filters, pages, and deletes softly', async () => {
    const created = await upload(official, basics({ title: 'To edit', tags: 'alpha' }), {
      content: Buffer.from('e'),
      name: 'e.txt',
    });
    const id = idOf(created.headers.location);
    const focal = agentFor(t.server);
    await signIn(focal, await createUser(t.dataSource, { role: 'focal-point', org: 'KEN' }));
    const token = await csrfFrom(focal, `/library/${id}/edit`);
    const edited = await focal
      .post(`/library/${id}`)
      .type('form')
      .send({
        _csrf: token,
        ...basics({ title: 'Edited by focal point', tags: 'beta', kind: 'file' }),
      });
    expect(edited.status).toBe(303);
    expect((await official.get('/library?tag=beta')).text).toContain('Edited by focal point');
    expect((await otherOfficial.get(`/library/${id}/edit`)).status).toBe(404);
    const byTitle = await official.get(
      '/library?sort=title&pillar=piu&language=en&from=2026-01-01&to=2026-12-31',
    );
    expect(byTitle.status).toBe(200);
    expect(byTitle.text).toContain('Edited by focal point');
    for (const n of [1, 2, 3]) {
      const link = basics({ kind: 'link', url: `https://example.org/${n}`, title: `Link ${n}` });
      expect((await upload(official, link, null)).status).toBe(303);
    }
    const first = await official.get('/library?sort=title');
    expect(first.text).toContain('rel="next"');
    const page2 = await official.get('/library?sort=title&page=2');
    expect(page2.status).toBe(200);
    const titles = (html: string) => [...html.matchAll(/data-resource="(\d+)"/g)].map((m) => m[1]);
    expect(titles(first.text)).toHaveLength(20);
    expect(titles(page2.text).filter((id) => titles(first.text).includes(id))).toEqual([]);
    const bad = await official.get('/library?type=exe');
    expect(bad.status).toBe(400);
    const deleted = await official
      .post(`/library/${id}/delete`)
      .type('form')
      .send({ _csrf: await csrfFrom(official, `/library/${id}`) });
    expect(deleted.status).toBe(303);
    expect((await official.get(`/library/${id}`)).status).toBe(404);
    expect(
      await t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'library.resource-deleted', targetId: String(id) }),
    ).toBe(1);
    expect(await t.app.get(LibrarySearchService).searchDocument(id)).toBeNull();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'resource.deleted', resourceId: id }),
    );
  });

  it('names the members to tell of a new resource by the policy', async () => {
    const created = await upload(official, basics({ title: 'Audience' }), {
      content: Buffer.from('aud'),
      name: 'a.txt',
    });
    const id = idOf(created.headers.location);
    const audience = t.app.get(LibraryAudienceService);
    const noFollowers = () => Promise.resolve(new Map<string, number[]>());
    const recipients = (await audience.newResourceRecipients(id, noFollowers)).map((r) => {
      expect(r.reason).toBe('state');
      return r.userId;
    });
    const kenyans = await t.dataSource.query<{ id: number }[]>(
      'SELECT id FROM "user" WHERE organisation_id = ?'.replace(
        /"/g,
        t.config.database.engine === 'mysql' ? '`' : '"',
      ),
      [kenya.id],
    );
    expect(recipients.length).toBeGreaterThan(0);
    expect(recipients.every((r) => kenyans.some((k) => Number(k.id) === r))).toBe(true);
    const follower = await createUser(t.dataSource, { role: 'partner' });
    const withFollowers = await audience.newResourceRecipients(id, () =>
      Promise.resolve(new Map([['piu', [follower.id]]])),
    );
    // A follower of the pillar who may not see the State's resource hears nothing of it.
    expect(withFollowers.map((r) => r.userId)).not.toContain(follower.id);
  });
});
