import type { Client } from './portal';

/** The demo official who reads and writes in the forum benches. */
export const DEMO_OFFICIAL = 'official.kenya@demo.example.org';
/** The demo's thread longer than a page. */
const LONG_THREAD = 'First weeks of PIU operation';

/** The demo official's password, as seed:demo prints it once. */
export function passwordOf(output: string, email: string): string {
  const line = output.split('\n').find((row) => row.startsWith(email));
  const password = line?.trim().split(/\s+/).pop();
  if (!password?.startsWith('demo-')) throw new Error(`seed:demo printed no password for ${email}`);
  return password;
}

/** The address of the long demo thread, found the way a member would: IWG, category, title. */
export async function longThread(client: Client): Promise<string> {
  const list = await (await client.request('/iwg')).text();
  const iwg = /href="(\/iwg\/\d+)"/.exec(list)?.[1];
  if (!iwg) throw new Error('no IWG on /iwg');
  const page = await (await client.request(iwg)).text();
  for (const [, category] of page.matchAll(/href="(\/iwg\/\d+\/categories\/\d+)"/g)) {
    const threads = await (await client.request(category)).text();
    const found = new RegExp(`href="(/iwg/\\d+/threads/\\d+)">${LONG_THREAD}`).exec(threads);
    if (found) return found[1];
  }
  throw new Error(`no thread "${LONG_THREAD}" in ${iwg}`);
}
