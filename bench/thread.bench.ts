import {
  Client,
  SECONDS,
  WARMUP_SECONDS,
  figuresLine,
  forEachEngine,
  measure,
  reportFailure,
  runCli,
  signIn,
  startPortal,
  warmUp,
} from './support/portal';
import { DEMO_OFFICIAL, longThread, passwordOf } from './support/demo-forum';

/**
 * A forum thread page of 20 posts (NodeBB's topic page), signed in, on one portal process:
 * autocannon at 10 and 50 connections, on SQLite and MariaDB. The data is the demo's
 * (`seed:demo`): the Kenyan official reads the demo IWG's longest thread, page 1 (20 posts with
 * their reactions, read marks and the reply form). NodeBB 4.10 serves its 20-post topic page at
 * 157–166 req/s at 10 connections with p99 441–622 ms at 50 on this kind of machine; the
 * target is twice its throughput, with p99 under 100 ms at 50.
 */

async function benchEngine(label: string, databaseUrl: string, dataDir: string): Promise<void> {
  const portal = await startPortal(databaseUrl, dataDir);
  try {
    const output = await runCli(['seed:demo'], portal.env);
    const official = new Client(portal.base);
    await signIn(official, DEMO_OFFICIAL, passwordOf(output, DEMO_OFFICIAL));
    const url = `${portal.base}${await longThread(official)}?page=1`;
    const page = await (await official.request(url.slice(portal.base.length))).text();
    const posts = (page.match(/data-post="\d+"/g) ?? []).length;
    if (posts !== 20) throw new Error(`the thread page shows ${posts} posts, not 20`);
    process.stdout.write(
      `${label.padEnd(8)} ${await warmUp(url, portal.child.pid, official.cookieHeader)}`,
    );
    for (const connections of [10, 50]) {
      const figures = await measure(url, connections, portal.child.pid, official.cookieHeader);
      process.stdout.write(figuresLine(label, 'thread page, 20 posts', connections, figures));
    }
  } finally {
    await portal.stop();
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `autocannon, ${SECONDS} s a run after ${WARMUP_SECONDS} s of warm-up, one portal process\n`,
  );
  await forEachEngine('thread', benchEngine);
}

main().catch(reportFailure);
