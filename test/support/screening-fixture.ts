import { postForm, type Agent } from './http';
import type { TestApp } from './test-app';
import { ScreeningMessage } from '../../src/piu/ingestion/screening-message.entity';

/** Adds a carrier through the supervisor's form and issues a key for it; returns the key. */
export async function carrierWithKey(
  supervisor: Agent,
  code: string,
  name: string,
): Promise<{ carrierId: number; key: string }> {
  const added = await postForm(supervisor, '/screening/carriers', '/screening/carriers', {
    kind: 'airline',
    code,
    name,
  });
  const match = /\/screening\/carriers\/(\d+)$/.exec(added.headers.location ?? '');
  if (added.status !== 303 || !match) throw new Error(`carrier not added: ${added.status}`);
  const carrierId = Number(match[1]);
  const page = await postForm(
    supervisor,
    `/screening/carriers/${carrierId}`,
    `/screening/carriers/${carrierId}/keys`,
    { label: 'tests' },
  );
  const key = /id="api-key">([^<]+)</.exec(page.text)?.[1];
  if (!key) throw new Error(`no key shown: ${page.status}`);
  return { carrierId, key };
}

/** Polls `probe` until it gives a value (real time: the app's jobs run on the real clock). */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the message's screening has committed (its state is no longer `pending`). */
export function screened(t: TestApp, messageId: number): Promise<ScreeningMessage> {
  return eventually(async () => {
    const message = await t.dataSource
      .getRepository(ScreeningMessage)
      .findOneByOrFail({ id: messageId });
    return message.screeningState !== 'pending' ? message : undefined;
  }, `message ${messageId} screened`);
}

const HOUR = 3_600_000;

/** `YYYYMMDDHHMM` this many hours from now, in UTC (the pipeline reads local times as UTC). */
export const stamp = (hoursFromNow: number) =>
  new Date(Date.now() + hoursFromNow * HOUR).toISOString().replace(/[-T:]/g, '').slice(0, 12);
