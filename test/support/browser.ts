import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { STRONG_PASSWORD, totp } from './factories';
import { startTestApp, type TestApp } from './test-app';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, '..', 'browser', 'artifacts');

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface BrowserHarness {
  t: TestApp;
  browser: Browser;
  /** http://127.0.0.1:<port> of the running portal. */
  base: string;
  close(): Promise<void>;
}

/** A free loopback port, to know the portal's address before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real app listening on a loopback port, and Chromium to drive it. PUBLIC_URL is that
 * address, as in production: the live socket accepts only pages of PUBLIC_URL's origin.
 */
export async function startBrowserHarness(): Promise<BrowserHarness> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t = await startTestApp({ PUBLIC_URL: base });
  await t.app.listen(port, '127.0.0.1');
  const browser = await launchChromium();
  return {
    t,
    browser,
    base,
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** Who signs in: an account made by createUser (its TOTP secret when it has a second factor). */
export interface Credentials {
  email: string;
  totpSecret?: string | null;
}

/** Fills the login form on the page and submits it. */
export async function submitLogin(
  page: Page,
  email: string,
  password = STRONG_PASSWORD,
): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Answers the second step of a sign-in with the authenticator's code (now, or at `at`). */
export async function submitCode(page: Page, secret: string, at?: number): Promise<void> {
  await page.getByLabel('Code', { exact: true }).fill(totp.codeAt(secret, at));
  await page.getByRole('button', { name: 'Verify' }).click();
}

/**
 * Signs in through the real forms: the login page, then the second step when the account has
 * one; waits for the dashboard.
 */
export async function signIn(
  page: Page,
  base: string,
  user: Credentials,
  password = STRONG_PASSWORD,
): Promise<void> {
  await page.goto(`${base}/login`);
  await submitLogin(page, user.email, password);
  if (user.totpSecret) {
    await page.waitForURL('**/login/two-factor');
    await submitCode(page, user.totpSecret);
  }
  await page.waitForURL(`${base}/`);
}

/** A browser of the person's own (a new context), signed in, its page on the dashboard. */
export async function signedInPage(
  browser: Browser,
  base: string,
  user: Credentials,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, base, user);
  return page;
}

/**
 * Turns on two-step verification from its set-up page (where a sign-in sends whoever must use
 * it): the code of the secret shown, the password again, ten recovery codes saved; waits for the
 * dashboard. Returns the secret, as the person's authenticator would keep it.
 */
export async function enrolTotp(page: Page, base: string, password: string): Promise<string> {
  const secret = (await page.locator('#totp-secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code', { exact: true }).fill(totp.codeAt(secret));
  // Enrolling asks for the password again.
  await page.getByLabel('Your password').fill(password);
  await page.getByRole('button', { name: 'Turn on' }).click();
  expect(await page.locator('#recovery-codes li').count()).toBe(10);
  await page.getByRole('link', { name: 'I have saved them' }).click();
  await page.waitForURL(`${base}/`);
  return secret;
}

/** Collects console errors of a page: a CSP violation (inline script or style) shows up here. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Contexts told to load axe-core into every page they open. */
const contextsWithAxe = new WeakSet<BrowserContext>();

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns what it finds. Sending
 * axe-core's 550 kB to Chromium costs more than a check: it is sent once per browser context,
 * which then loads it into each page it opens, and added to the page open at the first check.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const context = page.context();
  if (!contextsWithAxe.has(context)) {
    contextsWithAxe.add(context);
    await context.addInitScript({ content: AXE_SOURCE });
  }
  if (!(await page.evaluate<boolean>(`typeof axe !== 'undefined'`))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  // A string, not a function: the test is compiled without the DOM library.
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations)`,
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
