import type { Page } from 'playwright-core';
import { conversationPages } from '../support/conversation-fixture';
import { adminPages, forumPages } from '../support/iwg-fixture';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import {
  startBrowserHarness,
  submitCode,
  submitLogin,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';

/** How much wider than the window the page is (0 when it fits). */
async function overflow(page: Page): Promise<number> {
  // A string, not a function: the test is compiled without the DOM library.
  return page.evaluate<number>(
    `document.scrollingElement.scrollWidth - document.documentElement.clientWidth`,
  );
}

describe('layout: no page is wider than the screen', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('fits every main page in a 390 px phone, and the audit log in a 1366 px laptop', async () => {
    const { t, browser, base } = harness;
    const admin = await createUser(t.dataSource, {
      role: 'admin',
      name: 'Maximiliane Alexandra Konstantinopoulou-Wolfeschlegelsteinhausen',
      email:
        'maximiliane.alexandra.konstantinopoulou-wolfeschlegelsteinhausen@programme.example.org',
      withTwoFactor: true,
    });
    // What made the audit log wide: long addresses, IPv6 addresses, long JSON details.
    const events = t.dataSource.getRepository(AuditEvent);
    for (let i = 0; i < 30; i++) {
      await events.insert({
        occurredAt: new Date(),
        actorId: admin.id,
        actorEmail: admin.email,
        ip: i % 2 ? '::ffff:127.0.0.1' : '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
        action: i % 3 ? 'access.denied' : 'audit.exported',
        targetType: 'user',
        targetId: String(admin.id),
        details: JSON.stringify({
          path: `/states/KEN?${'filter=something-rather-long&'.repeat(8)}`,
          filters: { actor: admin.email, target: 'member-state:KEN', from: '2026-01-01' },
        }),
        reason: null,
        correlationId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      });
    }

    // An IWG forum with a long title, a long word and a code block: what could make it wide.
    // Long words, a long link, code and a quote: the thread's pages must still fit.
    const forum = await forumPages(t, admin.id, {
      title: `Passenger data ${'interoperability'.repeat(4)} across the region's carriers`,
      body: `See https://example.org/${'very-long-path/'.repeat(10)}\n\n\`\`\`\n${'x'.repeat(200)}\n\`\`\`\n\n> ${'quoted '.repeat(30)}`,
    });

    // bypassCSP only for the final self-check, which adds an inline style.
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    const wide: Record<string, number> = {};
    const check = async (label: string) => {
      const extra = await overflow(page);
      if (extra > 0) wide[label] = extra;
    };

    await page.goto(`${base}/login`);
    await check('/login');
    await submitLogin(page, admin.email);
    await page.waitForURL('**/login/two-factor');
    await check('/login/two-factor');
    await submitCode(page, admin.totpSecret!);
    await page.waitForURL(`${base}/`);

    const pages = [...adminPages(admin.id), ...forum, ...(await conversationPages(t, admin.id))];
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      await check(`${path} @390px`);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
    for (const path of ['/admin/audit', '/states', '/admin/member-states', '/admin/users']) {
      await page.goto(`${base}${path}`);
      await check(`${path} @1366px`);
    }
    expect(wide).toEqual({});

    // The measure itself works: a page made wider than the window is caught.
    await page.evaluate(
      `document.querySelector('main').insertAdjacentHTML('beforeend', '<div style="width:2000px">x</div>')`,
    );
    expect(await overflow(page)).toBeGreaterThan(0);
    await context.close();
  });
});
