import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { NotificationSource } from '../../src/notifications/notification-source';
import { NotificationsService } from '../../src/notifications/notifications.service';
import {
  ARTIFACTS,
  signIn,
  startBrowserHarness,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';
import type { TestApp } from '../support/test-app';

const SOURCE: NotificationSource = {
  kind: 'browser-test',
  describe: (_user, ids) =>
    Promise.resolve(
      new Map(ids.map((id) => [id, { title: `Draft PNR law, version ${id}`, path: '/account' }])),
    ),
};

describe('the notification badge in Chromium', () => {
  let harness: BrowserHarness;
  let t: TestApp;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    harness = await startBrowserHarness();
    ({ t, browser, base } = harness);
    t.app.get(NotificationsService).registerSource(SOURCE);
  });
  afterAll(() => harness?.close());

  const badge = (page: Page) => page.locator('[data-notification-badge] [data-count]');
  /** Waits until the page's badge says `count` (set by the live script, not a reload). */
  const unread = (page: Page, count: number) =>
    page.locator(`[data-notification-badge][data-unread="${count}"]`).waitFor({ timeout: 5000 });

  it('updates the badge in every open tab, and follows a notification to its subject', async () => {
    const user = await createUser(t.dataSource, { role: 'official', name: 'Wanjiru Kamau' });
    const context = await browser.newContext();
    const first = await context.newPage();
    const errors = watchConsole(first);
    await signIn(first, base, user);
    const second = await context.newPage();
    await second.goto(`${base}/states`);
    await expect(badge(first).isHidden()).resolves.toBe(true);
    // Both tabs' sockets are connected once the script has run; give them a moment.
    await first.waitForLoadState('load');
    await second.waitForLoadState('load');
    await new Promise((resolve) => setTimeout(resolve, 500));

    for (const id of [1, 2]) {
      await t.app.get(NotificationsService).publish({
        type: 'new-resource',
        recipients: [{ userId: user.id, reason: 'state' }],
        subject: { kind: 'browser-test', id },
        params: {},
      });
    }
    for (const page of [first, second]) {
      await unread(page, 2);
      await expect(badge(page).innerText()).resolves.toBe('2');
    }
    await first.screenshot({ path: join(ARTIFACTS, 'notification-badge.png') });

    await first.getByRole('link', { name: /Notifications/ }).click();
    await first.waitForURL(`${base}/notifications`);
    await first.getByRole('link', { name: 'Draft PNR law, version 2' }).click();
    await first.waitForURL(`${base}/account`);
    // Opening it read it: the other tab shows one left, without a reload.
    await unread(second, 1);
    await first.goto(`${base}/notifications`);
    await first.getByRole('button', { name: 'Mark all read' }).click();
    await unread(second, 0);
    await expect(badge(second).isHidden()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
