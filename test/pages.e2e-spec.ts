import type { User } from '../src/users/user.entity';
import { createUser, STRONG_PASSWORD } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import { startTestApp, type TestApp } from './support/test-app';

/** How often `needle` occurs in `text`. */
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('what a new member trips on', () => {
  let t: TestApp;
  let official: User;
  let agent: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    official = await createUser(t.dataSource, { role: 'official', name: 'Olu Official' });
    agent = agentFor(t.server);
    await signIn(agent, official);
  });
  afterAll(() => t?.close());

  it('says a wrong password once, not in a banner and again in the card', async () => {
    const response = await postForm(agentFor(t.server), '/login', '/login', {
      email: official.email,
      password: `${STRONG_PASSWORD}-wrong`,
    });
    expect(response.status).toBe(401);
    expect(count(response.text, 'The e-mail address or password is not correct')).toBe(1);
    expect(count(response.text, 'role="alert"')).toBe(1);
  });

  it('sends a page as UTF-8 HTML of its exact length, text beyond Latin-1 intact', async () => {
    const member = await createUser(t.dataSource, { name: 'Zoë عبد الله 🛂' });
    const memberAgent = agentFor(t.server);
    await signIn(memberAgent, member);
    const response = await memberAgent.get('/').buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
    expect(response.text).toContain('Zoë عبد الله 🛂');
  });

  it('keeps the navigation on a 404 page for a signed-in member (a path no route matches)', async () => {
    const response = await agent.get('/no-such-page');
    expect(response.status).toBe(404);
    expect(response.text).toContain('Page not found');
    expect(response.text).toContain('class="side-nav"');
    expect(response.text).toContain('href="/states"');
    expect(response.text).toContain('Olu Official');
  });

  it('keeps the navigation on a 403 page and a 404 of a row', async () => {
    const forbidden = await agent.get('/admin/users');
    expect(forbidden.status).toBe(403);
    expect(forbidden.text).toContain('class="side-nav"');
    // The navigation shows what the role may use, not the area it was refused.
    expect(forbidden.text).not.toContain('href="/admin/users"');
    const notFound = await agent.get('/states/FRA');
    expect(notFound.status).toBe(404);
    expect(notFound.text).toContain('class="side-nav"');
  });

  it('shows an anonymous visitor the error page without navigation', async () => {
    const response = await agentFor(t.server).get('/no-such-page');
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('class="side-nav"');
    expect(response.text).toContain('Page not found');
  });

  it('serves /favicon.ico as an icon, without a session', async () => {
    const response = await agentFor(t.server).get('/favicon.ico').buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/x-icon');
    expect(response.headers['set-cookie']).toBeUndefined();
    const body = response.body as Buffer;
    // ICONDIR: reserved 0, type 1 (icon), one image.
    expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
  });
});
