import { AuditEvent } from '../src/audit/audit-event.entity';
import type { AuthenticatedUser } from '../src/common/auth/authenticated-user';
import { VisibilityPolicy } from '../src/common/visibility/visibility-policy';
import { IwgRegion } from '../src/organisations/iwg-region.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import type { Role } from '../src/common/identity/role';
import type { User } from '../src/users/user.entity';
import { toAuthenticatedUser, UsersService } from '../src/users/users.service';
import { createUser } from './support/factories';
import { agentFor, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

/** The State codes a list page links to, in page order. */
function listedCodes(html: string): string[] {
  return [...html.matchAll(/<a href="\/states\/([A-Z]{3})">/g)].map((m) => m[1]);
}

/** Every page of a list, following its "next" links as a person would: the codes and the pages. */
async function everyPage(
  agent: Agent,
  path: string,
): Promise<{ codes: string[]; pages: string[] }> {
  const pages: string[] = [];
  for (let next: string | undefined = path; next && pages.length < 20;) {
    const response = await agent.get(next);
    expect(response.status).toBe(200);
    pages.push(response.text);
    next = /href="([^"]+)" rel="next"/
      .exec(response.text)?.[1]
      .replace(/&amp;/g, '&')
      .replace(/&#x3D;/g, '=');
  }
  return { codes: pages.flatMap(listedCodes), pages };
}

describe('the Member State space', () => {
  let t: TestApp;
  let kenya: Organisation;
  let france: Organisation;
  let ghana: Organisation;
  beforeAll(async () => {
    t = await startTestApp();
    const organisations = t.dataSource.getRepository(Organisation);
    const eastAfrica = await t.dataSource
      .getRepository(IwgRegion)
      .save({ code: 'EA', name: 'East Africa IWG' });
    await organisations.update(
      { code: 'KEN' },
      { iwgRegionId: eastAfrica.id, programmeStatus: 'implementing' },
    );
    await organisations.update({ code: 'UGA' }, { iwgRegionId: eastAfrica.id });
    kenya = await organisations.findOneByOrFail({ code: 'KEN' });
    france = await organisations.findOneByOrFail({ code: 'FRA' });
    ghana = await organisations.findOneByOrFail({ code: 'GHA' });
  });
  afterAll(() => t.close());

  async function signedIn(role: Role, org?: string): Promise<{ agent: Agent; user: User }> {
    const user = await createUser(t.dataSource, {
      role,
      org,
      withTwoFactor: role === 'admin' || role === 'staff' || role === 'piu-analyst',
    });
    const agent = agentFor(t.server);
    await signIn(agent, user);
    return { agent, user };
  }

  const denials = (actorId: number) =>
    t.dataSource.getRepository(AuditEvent).find({ where: { action: 'access.denied', actorId } });

  it('sends an anonymous visitor to the login page', async () => {
    const response = await agentFor(t.server).get('/states/KEN');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/login?next=%2Fstates%2FKEN');
  });

  it.each(['admin', 'staff'] as const)('lists all 193 States to %s, by name', async (role) => {
    const { agent } = await signedIn(role);
    const { codes, pages } = await everyPage(agent, '/states');
    // 50 a page, so the list is four pages, not one very long one.
    expect(pages.map((page) => listedCodes(page).length)).toEqual([50, 50, 50, 43]);
    expect(codes).toHaveLength(193);
    expect(new Set(codes).size).toBe(193);
    expect(codes[0]).toBe('AFG');
    expect(codes.at(-1)).toBe('ZWE');
    expect(pages[0]).toContain('All 193 Member States');
    expect(pages[0]).toContain('Page 1 of 4');
    expect(pages.join('')).toContain('East Africa IWG');
  });

  it.each(['admin', 'staff'] as const)('opens any State to %s', async (role) => {
    const { agent, user } = await signedIn(role);
    const response = await agent.get('/states/fra');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<h1>France</h1>');
    expect(await denials(user.id)).toHaveLength(0);
  });

  it.each(['official', 'focal-point'] as const)(
    'lists only their own State to a %s',
    async (role) => {
      const { agent } = await signedIn(role, 'KEN');
      const response = await agent.get('/states');
      expect(response.status).toBe(200);
      expect(listedCodes(response.text)).toEqual(['KEN']);
      expect(response.text).toContain('The Member States open to you: 1.');
      // Uganda shares Kenya's IWG region but a State is `state` content, not `region` content.
      expect(response.text).not.toContain('Uganda');
    },
  );

  it("shows a State's details and its active members (name and role) to its own people", async () => {
    await createUser(t.dataSource, { role: 'focal-point', org: 'GHA', name: 'Kwame Mensah' });
    await createUser(t.dataSource, { role: 'official', org: 'GHA', name: 'Ama Owusu' });
    await createUser(t.dataSource, {
      role: 'official',
      org: 'GHA',
      name: 'Gone Away',
      active: false,
    });
    await createUser(t.dataSource, { role: 'official', org: 'NGA', name: 'Chidi Okafor' });
    const { agent } = await signedIn('official', 'GHA');
    const response = await agent.get('/states/GHA');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<h1>Ghana</h1>');
    expect(response.text).toContain('GH');
    expect(response.text).toContain('Africa');
    expect(response.text).toContain('Western Africa');
    expect(response.text).toContain('Not in the programme');
    expect(response.text).toMatch(/Ama Owusu<\/th><td>Member State official/);
    expect(response.text).toMatch(/Kwame Mensah<\/th><td>National focal point/);
    // The members' table lists them by name (the record above names the focal points first).
    const members = response.text.slice(response.text.indexOf('id="state-members"'));
    expect(members.indexOf('Ama Owusu')).toBeLessThan(members.indexOf('Kwame Mensah'));
    expect(response.text).not.toContain('Gone Away');
    expect(response.text).not.toContain('Chidi Okafor');
    expect(response.text).not.toContain('@example.org">'); // no e-mail addresses listed
  });

  it('shows the programme status and IWG region of a State', async () => {
    const { agent } = await signedIn('focal-point', 'KEN');
    const response = await agent.get('/states/KEN');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/id="programme-status"><span class="badge">Implementing/);
    expect(response.text).toContain('East Africa IWG');
  });

  it("answers 404 for another State's page, like a code that does not exist, and logs the denial", async () => {
    const { agent, user } = await signedIn('official', 'KEN');
    const other = await agent.get('/states/FRA');
    const missing = await agent.get('/states/XXX');
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.text).not.toContain('France');
    // Same page either way: nothing tells the two apart.
    const strip = (html: string) => html.replace(/Reference:.*$/m, '');
    expect(strip(other.text)).toEqual(strip(missing.text));

    const rows = await denials(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorEmail: user.email,
      targetType: 'organisation',
      targetId: String(france.id),
    });
    expect(JSON.parse(rows[0].details!)).toEqual({ path: '/states/FRA', code: 'FRA' });

    const lower = await agent.get('/states/gha?x=1');
    expect(lower.status).toBe(404);
    const after = await denials(user.id);
    expect(after).toHaveLength(2);
    expect(JSON.parse(after[1].details!)).toEqual({ path: '/states/gha?x=1', code: 'GHA' });
    expect(after[1].targetId).toBe(String(ghana.id));
  });

  it('filters the list by region and programme status, within what the user may see', async () => {
    const { agent } = await signedIn('staff');
    const organisations = t.dataSource.getRepository(Organisation);
    const oceania = (await organisations.findBy({ kind: 'state', unRegion: 'Oceania' }))
      .map((s) => s.code)
      .sort();
    const byRegion = await agent.get('/states?region=Oceania&status=');
    expect(byRegion.status).toBe(200);
    expect(listedCodes(byRegion.text).sort()).toEqual(oceania);
    expect(oceania).toHaveLength(14);
    expect(byRegion.text).toContain('<option value="Oceania" selected>');
    expect(byRegion.text).toContain(`The Member States open to you: 14.`);

    const implementing = await agent.get('/states?status=implementing');
    expect(listedCodes(implementing.text)).toEqual(['KEN']);
    const notInProgramme = await everyPage(agent, '/states?region=Africa&status=none');
    const africa = await organisations.findBy({ kind: 'state', unRegion: 'Africa' });
    // The filters are kept in the links to the next pages.
    expect(notInProgramme.pages).toHaveLength(2);
    expect(notInProgramme.codes.sort()).toEqual(
      africa
        .filter((s) => s.programmeStatus === null)
        .map((s) => s.code)
        .sort(),
    );
    expect(notInProgramme.codes).not.toContain('KEN');

    expect((await agent.get('/states?region=Atlantis')).status).toBe(400);
    expect((await agent.get('/states?status=finished')).status).toBe(400);

    const official = await signedIn('official', 'KEN');
    const elsewhere = await official.agent.get('/states?region=Europe');
    expect(listedCodes(elsewhere.text)).toEqual([]);
    expect(elsewhere.text).toContain('No Member State you may see matches this filter.');
    expect(listedCodes((await official.agent.get('/states?region=Africa')).text)).toEqual(['KEN']);
  });

  it('answers 404 for a path that is not a State code', async () => {
    const { agent } = await signedIn('staff');
    expect((await agent.get('/states/KENYA')).status).toBe(404);
    expect((await agent.get('/states/K3N')).status).toBe(404);
  });

  it('shows an expert only the States assigned (none yet) and refuses the others with 404', async () => {
    const { agent, user } = await signedIn('expert');
    const list = await agent.get('/states');
    expect(list.status).toBe(200);
    expect(listedCodes(list.text)).toEqual([]);
    expect(list.text).toContain('No Member State is open to you yet.');
    expect((await agent.get('/states/KEN')).status).toBe(404);
    expect(await denials(user.id)).toHaveLength(1);
  });

  it('refuses the whole area to a PIU analyst (403)', async () => {
    const { agent, user } = await signedIn('piu-analyst', 'KEN');
    expect((await agent.get('/states')).status).toBe(403);
    expect((await agent.get('/states/KEN')).status).toBe(403);
    expect(await denials(user.id)).toHaveLength(0);
  });

  it('shows a partner no State whose roadmap was not shared with their agency (404)', async () => {
    const { agent, user } = await signedIn('partner');
    const list = await agent.get('/states');
    expect(list.status).toBe(200);
    expect(listedCodes(list.text)).toEqual([]);
    expect((await agent.get('/states/KEN')).status).toBe(404);
    expect(await denials(user.id)).toHaveLength(1);
  });

  it('searches by part of a name (accents ignored) or by code, keeping the other filters', async () => {
    const { agent } = await signedIn('admin');
    expect(listedCodes((await agent.get('/states?q=cote')).text)).toEqual(['CIV']);
    expect(listedCodes((await agent.get('/states?q=guinea')).text)).toEqual([
      'GNQ',
      'GIN',
      'GNB',
      'PNG',
    ]);
    expect(listedCodes((await agent.get('/states?q=ken')).text)).toEqual(['KEN']);
    expect(listedCodes((await agent.get('/states?q=KE')).text)).toEqual(['KEN']);
    const filtered = await agent.get('/states?q=guinea&region=Oceania');
    expect(listedCodes(filtered.text)).toEqual(['PNG']);
    expect(filtered.text).toMatch(/id="field-q"[^>]*value="guinea"/);
    expect(filtered.text).toContain('Clear the filter');
    expect((await agent.get(`/states?q=${'x'.repeat(101)}`)).status).toBe(400);
    expect((await agent.get('/states?page=0')).status).toBe(400);
  });

  it('lists exactly the States the policy lets each user see (the query agrees with canSee)', async () => {
    const policy = new VisibilityPolicy();
    const users = t.app.get(UsersService);
    const states = await t.dataSource.getRepository(Organisation).findBy({ kind: 'state' });
    expect(states).toHaveLength(193);
    const people: { role: Role; org?: string }[] = [
      { role: 'admin' },
      { role: 'staff' },
      { role: 'official', org: 'KEN' },
      { role: 'focal-point', org: 'UGA' },
      { role: 'official', org: 'FRA' },
      { role: 'expert' },
    ];
    for (const person of people) {
      const { agent, user } = await signedIn(person.role, person.org);
      const me: AuthenticatedUser = (await users.findAuthenticated(user.id))!;
      expect(me).toEqual(toAuthenticatedUser((await users.findById(user.id))!));
      const expected = states
        .filter((s) =>
          policy.canSee(me, { level: 'state', regionId: s.iwgRegionId, stateId: s.id }),
        )
        .map((s) => s.code)
        .sort();
      const listed = (await everyPage(agent, '/states')).codes.sort();
      expect(listed).toEqual(expected);
    }
    expect(kenya.iwgRegionId).not.toBeNull();
  });
});
