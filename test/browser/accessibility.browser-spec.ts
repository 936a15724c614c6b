import {
  startBrowserHarness,
  submitCode,
  submitLogin,
  wcagViolations,
  type BrowserHarness,
} from '../support/browser';
import { conversationPages } from '../support/conversation-fixture';
import { adminPages, forumPages } from '../support/iwg-fixture';
import { createUser } from '../support/factories';

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
    await submitLogin(page, admin.email, 'wrong-password-here');
    await check('login with an error');
    await submitLogin(page, admin.email);
    await page.waitForURL('**/login/two-factor');
    await check('second factor');
    await submitCode(page, admin.totpSecret!);
    await page.waitForURL(`${base}/`);
    const conversations = await conversationPages(t, admin.id);
    for (const path of [
      ...adminPages(admin.id),
      ...(await forumPages(t, admin.id)),
      ...conversations,
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
