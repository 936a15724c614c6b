import { join } from 'node:path';
import {
  ARTIFACTS,
  signedInPage,
  startBrowserHarness,
  watchConsole,
  type BrowserHarness,
} from '../support/browser';
import { createUser } from '../support/factories';
import { createIwg } from '../support/iwg-fixture';

/** Two members in two browsers: a conversation started with the completion, messages live. */
describe('a direct conversation in two browsers', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(() => harness?.close());

  it('starts a conversation by picking a person, then shows messages, typing and the count live', async () => {
    const { t, browser, base } = harness;
    await createIwg(t, 'EAF', ['KEN', 'TZA']);
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
    await writer.goto(`${base}/conversations/new`);
    // The completion proposes Baraka; choosing him fills the address.
    await writer.getByLabel('To').pressSequentially('Bara');
    await writer.getByRole('option', { name: /Baraka Mushi/ }).click();
    expect(await writer.getByLabel('To').inputValue()).toBe('baraka.mushi@example.org, ');
    await writer.getByLabel('Subject (optional)').fill('Carrier connectivity');
    await writer.getByLabel('Message').fill('When do your carriers **start** sending PNR?');
    await writer.screenshot({ path: join(ARTIFACTS, 'conversation-new.png'), fullPage: true });
    await writer.getByRole('button', { name: 'Start the conversation' }).click();
    await writer.waitForURL(/\/conversations\/\d+/);
    const conversationUrl = writer.url().replace(/[?#].*$/, '');

    // Baraka's list counts one unread conversation; opening it (another tab) clears the count
    // in the first tab without a reload, and the list says it changed.
    const home = await signedInPage(browser, base, baraka);
    await home.goto(`${base}/conversations`);
    const badge = home.locator('[data-nav-count="conversations"]');
    expect(await badge.locator('[data-number]').textContent()).toBe('1');
    const reader = await home.context().newPage();
    const readerErrors = watchConsole(reader);
    await reader.goto(conversationUrl);
    await reader.getByText('When do your carriers').waitFor();
    await badge.waitFor({ state: 'hidden', timeout: 5000 });
    // The list in the first tab says it changed.
    await home.getByText('Your conversations changed').waitFor({ timeout: 5000 });
    await home.screenshot({ path: join(ARTIFACTS, 'conversations.png'), fullPage: true });

    await reader.locator('[data-conversation][data-live="on"]').waitFor({ state: 'attached' });
    await writer.goto(`${conversationUrl}?page=1`);
    await writer.locator('[data-conversation][data-live="on"]').waitFor({ state: 'attached' });

    // Typing in one browser shows in the other.
    await writer.getByLabel('Message').fill('Ours');
    await reader.getByText('Amina Kamau is typing…').waitFor({ timeout: 5000 });

    // @ completes the participants' handles.
    await writer.getByLabel('Message').fill('Ours start in **March**, ');
    await writer.getByLabel('Message').pressSequentially('@bar');
    await writer.getByRole('option', { name: 'Baraka Mushi (@baraka.mushi)' }).click();
    expect(await writer.getByLabel('Message').inputValue()).toBe(
      'Ours start in **March**, @baraka.mushi ',
    );
    await writer.getByRole('button', { name: 'Send' }).click();
    await writer.waitForLoadState('load');

    // In the reader's page, without a reload: the message with its Markdown and mention.
    const live = reader.locator('.post--live');
    await live.waitFor({ timeout: 5000 });
    expect(await live.locator('[data-message-body] strong').textContent()).toBe('March');
    expect(await live.locator('.mention').textContent()).toBe('@Baraka Mushi');
    // Seen on the open page: the count stays at nothing to read.
    await reader.waitForTimeout(1000);
    expect(await badge.isHidden()).toBe(true);
    await reader.screenshot({ path: join(ARTIFACTS, 'conversation.png'), fullPage: true });
    expect([...errors, ...readerErrors]).toEqual([]);
  });
});
