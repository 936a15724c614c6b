import { actorFor } from '../../src/common/actor/actor';
import { ForumCategory } from '../../src/iwg/forum/forum-category.entity';
import { ForumPostingService } from '../../src/iwg/forum/forum-posting.service';
import { UsersService } from '../../src/users/users.service';
import { startBrowserHarness, wcagViolations, type BrowserHarness } from '../support/browser';
import { createIwg } from '../support/iwg-fixture';
import type { TestApp } from '../support/test-app';
import { createUser, STRONG_PASSWORD, totp } from '../support/factories';

/** An IWG with a thread (a post edited once, a reply): the forum's pages to check. */
async function forumPages(t: TestApp, adminId: number): Promise<string[]> {
  const iwg = await createIwg(t, 'EAF', ['KEN']);
  const general = await t.dataSource
    .getRepository(ForumCategory)
    .findOneByOrFail({ iwgId: iwg.id, kind: 'general' });
  const actor = actorFor((await t.app.get(UsersService).findAuthenticated(adminId))!);
  const posting = t.app.get(ForumPostingService);
  const posted = await posting.createThread(actor, iwg.id, {
    categoryId: general.id,
    title: 'Carrier connectivity',
    body: 'First **post**',
  });
  await posting.edit(actor, iwg.id, posted.post.id, { body: 'Edited', revision: 1 });
  await posting.reply(actor, iwg.id, posted.thread.id, { body: 'A reply' });
  return [
    '/iwg',
    `/iwg/${iwg.id}`,
    `/iwg/${iwg.id}/manage`,
    `/iwg/${iwg.id}/categories/${general.id}`,
    `/iwg/${iwg.id}/threads/new`,
    `/iwg/${iwg.id}/threads/${posted.thread.id}?page=1`,
    `/iwg/${iwg.id}/posts/${posted.post.id}/edit`,
    `/iwg/${iwg.id}/posts/${posted.post.id}/history`,
  ];
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('the main pages have no WCAG 2.1 A/AA violations, at desktop and phone widths', async () => {
    const { t, browser, base } = harness;
    const admin = await createUser(t.dataSource, { role: 'admin', withTwoFactor: true });
    // The test injects axe as an inline script, which the portal's CSP rightly forbids.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    const check = async (label: string) => {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        const violations = await wcagViolations(page);
        if (violations.length > 0) found[`${label} @${width}px`] = violations;
      }
    };

    await page.goto(`${base}/login`);
    await check('login');
    await page.getByLabel('E-mail address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill('wrong-password-here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await check('login with an error');
    await page.getByLabel('E-mail address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/login/two-factor');
    await check('second factor');
    await page.getByLabel('Code', { exact: true }).fill(totp.codeAt(admin.totpSecret!));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${base}/`);
    for (const path of [
      '/',
      '/account',
      '/account/profile',
      '/account/password',
      '/account/sessions',
      '/account/two-factor',
      '/invitations',
      '/invitations/new',
      '/admin/users',
      `/admin/users/${admin.id}`,
      '/admin/member-states',
      '/admin/member-states/KEN',
      '/admin/audit',
      '/states',
      '/states/KEN',
      '/terms',
      '/no-such-page',
      ...(await forumPages(t, admin.id)),
    ]) {
      await page.goto(`${base}${path}`);
      await check(path);
    }
    expect(found).toEqual({});

    // The check itself works: an image without a text alternative is reported.
    await page.evaluate(
      `document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="/assets/favicon.svg">')`,
    );
    expect((await wcagViolations(page)).join('\n')).toContain('image-alt');
    await context.close();
  });
});
