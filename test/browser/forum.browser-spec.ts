import { join } from 'node:path';
import { ForumCategory } from '../../src/iwg/forum/forum-category.entity';
import { ARTIFACTS, startBrowserHarness, signedInPage, watchConsole } from '../support/browser';
import type { BrowserHarness } from '../support/browser';
import { createUser } from '../support/factories';
import { createIwg } from '../support/iwg-fixture';

/** Two members on one thread in two browsers: what one posts appears in the other without a reload. */
describe('an IWG forum thread in two browsers', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('shows a new post, "is typing" and a reaction in the other browser without a reload', async () => {
    const { t, browser, base } = harness;
    const iwg = await createIwg(t, 'EAF', ['KEN', 'TZA']);
    const general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: iwg.id, kind: 'general' });
    const amina = await createUser(t.dataSource, {
      role: 'official',
      org: 'KEN',
      name: 'Amina Kamau',
    });
    const baraka = await createUser(t.dataSource, {
      role: 'focal-point',
      org: 'TZA',
      name: 'Baraka Mushi',
      email: 'baraka.mushi@example.org',
    });

    const writer = await signedInPage(browser, base, amina);
    const errors = watchConsole(writer);
    await writer.goto(`${base}/iwg/${iwg.id}/threads/new?category=${general.id}`);
    await writer.getByLabel('Title').fill('Carrier connectivity timelines');
    await writer.getByLabel('Your post').fill('When do carriers **start** sending PNR?');
    await writer.getByRole('button', { name: 'Start the thread' }).click();
    await writer.waitForURL(/\/threads\/\d+/);
    const threadUrl = writer.url().replace(/[?#].*$/, '');

    const reader = await signedInPage(browser, base, baraka);
    const readerErrors = watchConsole(reader);
    await reader.goto(`${threadUrl}?page=1`);
    await reader.getByText('When do carriers').waitFor();
    // Both pages' sockets have joined the thread's room.
    await reader.locator('[data-forum][data-live="on"]').waitFor({ state: 'attached' });
    await writer.locator('[data-forum][data-live="on"]').waitFor({ state: 'attached' });

    // Typing in one browser shows in the other.
    await writer.getByLabel('Your post').fill('Our carriers');
    await reader.getByText('Amina Kamau is typing…').waitFor({ timeout: 5000 });

    await writer.getByLabel('Your post').fill('Ours start in **March**, with @baraka.mushi.');
    await writer.getByRole('button', { name: 'Post the reply' }).click();
    await writer.waitForLoadState('load');

    // In the reader's page, without a reload: the post with its rendered Markdown and mention.
    const live = reader.locator('.post--live');
    await live.waitFor({ timeout: 5000 });
    expect(await live.locator('[data-post-body] strong').textContent()).toBe('March');
    expect(await live.locator('.mention').textContent()).toBe('@Baraka Mushi');

    // A reaction in the reader's browser updates the writer's count live.
    await writer.goto(`${threadUrl}?page=1`);
    await writer.locator('[data-forum][data-live="on"]').waitFor({ state: 'attached' });
    await reader.goto(`${threadUrl}?page=1`);
    await reader.locator('[data-reaction="like"]').first().click();
    await writer
      .locator('[data-reaction="like"] [data-count]')
      .first()
      .filter({ hasText: '1' })
      .waitFor({ timeout: 5000 });
    await reader.screenshot({ path: join(ARTIFACTS, 'forum-thread.png'), fullPage: true });
    expect([...errors, ...readerErrors]).toEqual([]);
  });
});
