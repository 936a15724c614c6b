import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import type { Iwg } from '../src/iwg/iwg.entity';
import { createUser } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import { startTestApp, type TestApp } from './support/test-app';

/** The forums in the community: posts are found by search and their audience is told. */
describe('the forums with search and notifications', () => {
  let t: TestApp;
  let east: Iwg;
  let general: ForumCategory;
  let starter: Agent;
  let replier: Agent;
  let outsider: Agent;
  let staff: Agent;

  const agentOf = async (overrides: Parameters<typeof createUser>[1]) => {
    const agent = agentFor(t.server);
    await signIn(agent, await createUser(t.dataSource, overrides));
    return agent;
  };
  const search = async (agent: Agent, text: string) =>
    (await agent.get(`/search?q=${encodeURIComponent(text)}`)).text;

  beforeAll(async () => {
    t = await startTestApp();
    east = await createIwg(t, 'EAF', ['KEN', 'UGA']);
    await createIwg(t, 'WAF', ['NGA']);
    general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: east.id, kind: 'general' });
    starter = await agentOf({ role: 'official', org: 'KEN', name: 'Wanjiku Njoroge' });
    replier = await agentOf({ role: 'focal-point', org: 'UGA', name: 'Okello Mugisha' });
    outsider = await agentOf({ role: 'official', org: 'NGA' });
    staff = await agentOf({ role: 'staff', withTwoFactor: true });
  });
  afterAll(() => t.close());

  it('finds threads and replies for the IWG only, tells the thread starter of a reply, and forgets a hidden post', async () => {
    const started = await postForm(
      starter,
      `/iwg/${east.id}/threads/new`,
      `/iwg/${east.id}/threads`,
      {
        categoryId: String(general.id),
        title: 'Tamarind pilot for API data',
        body: 'Who has tried it?',
      },
    );
    expect(started.status).toBe(303);
    const threadPath = /\/iwg\/\d+\/threads\/\d+/.exec(started.headers.location)![0];
    const replied = await postForm(replier, `${threadPath}?page=1`, `${threadPath}/posts`, {
      body: 'Uganda ran the **marimba** checks last year.',
    });
    expect(replied.status).toBe(303);

    // The thread by its title, the reply by its own words; not for another region.
    expect(await search(replier, 'tamarind')).toContain(`href="${threadPath}"`);
    expect(await search(starter, 'marimba')).toContain(`href="${threadPath}#post-`);
    expect(await search(outsider, 'tamarind')).not.toContain(threadPath);
    expect(await search(outsider, 'marimba')).not.toContain(threadPath);

    // Starting the thread watches it: its starter hears of the reply, the replier does not.
    const centre = (await starter.get('/notifications')).text;
    expect(centre).toContain('Okello Mugisha replied');
    expect(centre).toContain('Tamarind pilot for API data');
    expect((await replier.get('/notifications')).text).not.toContain('Okello Mugisha replied');

    // The home page: the IWG with news since the starter read it; another region's is not there.
    const home = (await starter.get('/')).text;
    expect(home).toContain('Your working groups');
    expect(home).toContain(`href="/iwg/${east.id}"`);
    expect(home).toMatch(/\d+ threads? (has|have) news since your last visit\./);
    expect((await outsider.get('/')).text).not.toContain(`href="/iwg/${east.id}"`);

    // A moderator hides the reply: it leaves the index.
    const postId = /#post-(\d+)/.exec(await search(starter, 'marimba'))![1];
    const hidden = await postForm(
      staff,
      `${threadPath}?page=1`,
      `/iwg/${east.id}/posts/${postId}/hide`,
      {
        hidden: 'on',
        reason: 'Off topic',
      },
    );
    expect(hidden.status).toBe(303);
    expect(await search(starter, 'marimba')).not.toContain(`#post-${postId}`);
  });
});
