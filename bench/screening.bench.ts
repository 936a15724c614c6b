import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import {
  paxlst,
  syntheticTravellers,
  type SyntheticTraveller,
} from '../src/demo/synthetic-messages';
import type { LiveEventPayloads } from '../src/live/live-events';
import { sharedDataDir } from '../src/screening/cli/evaluation/shared-data';
import { loadUnList } from '../src/screening/watchlists/un-list-importer';
import { Client, forEachEngine, runCli, signIn, startPortal, type Portal } from './support/portal';

/**
 * Screening end to end, through the HTTP API of the built portal (one process), on SQLite and
 * MariaDB, with the real UN list and OFAC SDN (SHARED_DATA_DIR) and a national list of
 * BENCH_SCREEN_NATIONAL synthetic entries loaded by a supervisor through the lists page:
 *
 * 1. Capacity: BENCH_SCREEN_MESSAGES PAXLST manifests of 150–500 synthetic travellers, each
 *    with one traveller bearing a UN-listed name, posted as fast as BENCH_SCREEN_CLIENTS
 *    concurrent carriers can. Each is stored, parsed, recorded on its flight and screened in
 *    the background; an analyst's socket hears its hit. Prints messages/s and travellers/s over
 *    the whole run (first POST to last hit heard), the same in flights of 500 per minute, and
 *    202 → hit (which here includes the wait behind the backlog the clients build).
 * 2. Latency at the target rate: BENCH_SCREEN_PACED flights of 500 travellers posted at
 *    BENCH_SCREEN_RATE flights per minute (default 100, the issue's target): p50/p99 from the
 *    POST's 202 to the hit on the analyst's socket.
 * 3. A new version of the national list with 1,000 entries changed: the re-screening of the
 *    flights departing within 72 hours (all of the above): time from the upload's answer to
 *    the job's end (the portal's log line), and travellers re-screened.
 */
const MESSAGES = Number(process.env.BENCH_SCREEN_MESSAGES ?? 100);
const PACED = Number(process.env.BENCH_SCREEN_PACED ?? 40);
const RATE = Number(process.env.BENCH_SCREEN_RATE ?? 100);
const CLIENTS = Number(process.env.BENCH_SCREEN_CLIENTS ?? 4);
const NATIONAL = Number(process.env.BENCH_SCREEN_NATIONAL ?? 5000);
const HOUR = 3_600_000;
const ANALYST = 'analyst.kenya@demo.example.org';

type HitsEvent = LiveEventPayloads['screening.hits'];
type LiveSocket = Socket<{ 'screening.hits': (payload: HitsEvent) => void }>;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const stamp = (at: number) => new Date(at).toISOString().replace(/[-T:]/g, '').slice(0, 12);

/** Individuals of the UN list as a carrier would write them: surname, then given names. */
function listedTravellers(path: string): SyntheticTraveller[] {
  return loadUnList(path)
    .entries.filter((entry) => entry.kind === 'individual')
    .map((entry) =>
      entry.names[0].full
        .toUpperCase()
        .replace(/[^A-Z ]/g, '')
        .trim(),
    )
    .filter((name) => name.split(' ').length >= 2)
    .map((name) => {
      const words = name.split(/\s+/);
      return { surname: words[words.length - 1], givenNames: words.slice(0, -1).join(' ') };
    });
}

const NATIONAL_HEADER =
  'id,surname,given_names,date_of_birth,nationality,gender,document_number,document_type,document_country,category,severity,aliases';

/** A synthetic national list; `changed` entries get a new alias in the next version. */
function nationalList(changed: number): string {
  const rows = [NATIONAL_HEADER];
  for (let i = 0; i < NATIONAL; i++) {
    const [person] = syntheticTravellers(1, 100_000 + i * 7);
    const alias = i < changed ? `${person.givenNames} ${person.surname}X${i}` : '';
    rows.push(
      `NB-${i},${person.surname}Q${i},${person.givenNames},19${String(50 + (i % 50))}-01-01,KEN,M,N${100000 + i},P,KEN,terrorism,high,${alias}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

async function upload(client: Client, listId: number, files: Record<string, string>) {
  const page = await (await client.request(`/screening/lists/${listId}`)).text();
  const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error('no CSRF token on the list page');
  const form = new FormData();
  form.append('_csrf', token);
  for (const [field, path] of Object.entries(files)) {
    const content = path.startsWith('/') ? readFileSync(path) : Buffer.from(path);
    form.append(field, new Blob([content]), `${field}.dat`);
  }
  const answer = await fetch(`${client.base}/screening/lists/${listId}/versions`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: client.cookieHeader },
    body: form,
  });
  if (answer.status !== 303) throw new Error(`upload to list ${listId} answered ${answer.status}`);
}

async function createList(client: Client, kind: string, name: string): Promise<number> {
  const answer = await client.submit('/screening/lists', '/screening/lists', { kind, name });
  const id = /\/screening\/lists\/(\d+)$/.exec(answer.headers.get('location') ?? '')?.[1];
  if (!id) throw new Error(`list ${name} not created: ${answer.status}`);
  return Number(id);
}

async function stateIdOf(portal: Portal): Promise<number> {
  const url = portal.env.DATABASE_URL;
  const dataSource = new DataSource(
    url
      ? { type: 'mysql', url }
      : { type: 'better-sqlite3', database: join(portal.env.DATA_DIR!, 'portal.sqlite') },
  );
  await dataSource.initialize();
  try {
    const [row] = await dataSource.query<{ id: number }[]>(
      "SELECT id FROM organisation WHERE code = 'KEN'",
    );
    return Number(row.id);
  } finally {
    await dataSource.destroy();
  }
}

/** Resolves with the first log line matching `pattern` the portal writes from now on. */
function logLine(portal: Portal, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => {
      portal.child.stdout!.off('data', onData);
      reject(new Error(`no log line ${pattern} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      buffer = (buffer + chunk.toString()).slice(-100_000);
      const match = pattern.exec(buffer);
      if (!match) return;
      clearTimeout(timer);
      portal.child.stdout!.off('data', onData);
      resolve(match);
    };
    portal.child.stdout!.on('data', onData);
  });
}

async function benchEngine(engine: string, databaseUrl: string, dataDir: string): Promise<void> {
  const data = sharedDataDir();
  const un = join(data, 'watchlists', 'un', 'consolidated.xml');
  const ofac = join(data, 'watchlists', 'ofac', '2024-07-02', 'sdn.csv');
  const listed = listedTravellers(un);
  const portal = await startPortal(databaseUrl, dataDir, {
    INGEST_KEY_REQUESTS_PER_MINUTE: '1000000',
    LOG_LEVEL: 'info',
  });
  const sockets: LiveSocket[] = [];
  try {
    const seeded = await runCli(['seed:demo'], portal.env);
    const key = /API key \(shown once\): (\S+)/.exec(seeded)?.[1];
    const password = new RegExp(`${ANALYST.replace(/\./g, '\\.')}\\s+piu-analyst\\s+(\\S+)`).exec(
      seeded,
    )?.[1];
    if (!key || !password) throw new Error('seed:demo printed no key or analyst password');
    const analyst = new Client(portal.base);
    await signIn(analyst, ANALYST, password);
    await analyst.submit('/screening/purpose', '/screening/purpose', { purpose: 'screening' });
    const national = await createList(analyst, 'csv', 'Bench national list');
    await upload(analyst, national, { file: nationalList(0) });
    await upload(analyst, await createList(analyst, 'un', 'UN'), { file: un });
    await upload(analyst, await createList(analyst, 'ofac', 'OFAC SDN'), { file: ofac });

    const stateId = await stateIdOf(portal);
    const socket: LiveSocket = io(portal.base, {
      extraHeaders: { cookie: analyst.cookieHeader, origin: portal.base },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const joined = await new Promise<boolean>((resolve) =>
      (
        socket as unknown as { emit: (e: string, r: string, a: (ok: boolean) => void) => void }
      ).emit('subscribe', `screening:${stateId}`, resolve),
    );
    if (!joined) throw new Error('the analyst could not join the screening room');
    const heard = new Map<number, number>();
    socket.on('screening.hits', (event) => {
      const at = performance.now();
      for (const hit of event.hits) if (!heard.has(hit.messageId)) heard.set(hit.messageId, at);
    });

    const post = (body: string) =>
      fetch(`${portal.base}/api/v1/messages`, {
        method: 'POST',
        headers: { 'X-API-Key': key, 'Content-Type': 'application/edifact' },
        body,
      });
    // The indexes are built in the background: a probe with a listed name waits for them.
    const now = Date.now();
    for (let probe = 0; ; probe++) {
      const answer = await post(
        paxlst({
          carrier: 'KQ',
          flight: String(9000 + probe),
          from: 'GBLHR',
          to: 'KENBO',
          departure: stamp(now + 2 * HOUR),
          arrival: stamp(now + 10 * HOUR),
          travellers: [listed[0]],
          reference: `PROBE${probe}`,
        }),
      );
      const { id } = (await answer.json()) as { id: number };
      const until = Date.now() + 5000;
      while (!heard.has(id) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      if (heard.has(id)) break;
      if (probe > 60) throw new Error('no hit on the probe: the indexes were never built');
    }

    const manifest = (i: number, count: number) => {
      const travellers = syntheticTravellers(count - 1, i * 11);
      travellers.splice(i % count, 0, listed[(i * 13) % listed.length]);
      const departure = now + (2 + (i % 68)) * HOUR;
      return {
        travellers: count,
        body: paxlst({
          carrier: 'KQ',
          flight: String(1000 + i),
          from: 'GBLHR',
          to: 'KENBO',
          departure: stamp(departure),
          arrival: stamp(departure + 8 * HOUR),
          travellers,
          reference: `SCREEN${i}`,
        }),
      };
    };
    const work = Array.from({ length: MESSAGES }, (_, i) => manifest(i, 150 + ((i * 37) % 351)));
    const accepted = new Map<number, number>();
    let next = 0;
    let travellers = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < work.length) {
          const message = work[next++];
          const answer = await post(message.body);
          const at = performance.now();
          const result = (await answer.json()) as { id: number; status: string };
          if (answer.status !== 202 || result.status !== 'parsed')
            throw new Error(`answer ${answer.status} ${JSON.stringify(result)}`);
          accepted.set(result.id, at);
          travellers += message.travellers;
        }
      }),
    );
    const until = Date.now() + 10 * 60_000;
    while ([...accepted.keys()].some((id) => !heard.has(id)) && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const missing = [...accepted.keys()].filter((id) => !heard.has(id)).length;
    const last = Math.max(...[...accepted.keys()].map((id) => heard.get(id) ?? 0));
    const seconds = (last - started) / 1000;
    const latencies = [...accepted]
      .filter(([id]) => heard.has(id))
      .map(([id, at]) => heard.get(id)! - at)
      .sort((a, b) => a - b);
    process.stdout.write(
      `${engine.padEnd(8)} ${MESSAGES} messages, ${travellers} travellers: ${(MESSAGES / seconds).toFixed(1)} messages/s, ` +
        `${Math.round(travellers / seconds)} travellers/s stored + parsed + screened ` +
        `(= ${Math.round((travellers / seconds / 500) * 60)} flights of 500 per minute); ` +
        `202 → hit with the backlog p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(0)} ms${missing ? ` (${missing} never heard!)` : ''}\n`,
    );

    // At the target rate: one flight of 500 every 60/RATE seconds, whatever the answers take.
    const paced = new Map<number, number>();
    const interval = 60_000 / RATE;
    const pacedStart = performance.now();
    await Promise.all(
      Array.from({ length: PACED }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * interval));
        const answer = await post(manifest(MESSAGES + i, 500).body);
        const at = performance.now();
        const result = (await answer.json()) as { id: number };
        if (answer.status !== 202) throw new Error(`answer ${answer.status}`);
        paced.set(result.id, at);
      }),
    );
    const pacedUntil = Date.now() + 5 * 60_000;
    while ([...paced.keys()].some((id) => !heard.has(id)) && Date.now() < pacedUntil)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const pacedLatencies = [...paced]
      .filter(([id]) => heard.has(id))
      .map(([id, at]) => heard.get(id)! - at)
      .sort((a, b) => a - b);
    process.stdout.write(
      `${engine.padEnd(8)} ${PACED} flights of 500 at ${RATE} flights/min (${((performance.now() - pacedStart) / 1000).toFixed(0)} s): ` +
        `202 → hit on the analyst's socket p50 ${percentile(pacedLatencies, 50).toFixed(0)} ms, ` +
        `p99 ${percentile(pacedLatencies, 99).toFixed(0)} ms` +
        `${paced.size - pacedLatencies.length ? ` (${paced.size - pacedLatencies.length} never heard!)` : ''}\n`,
    );

    const done = logLine(
      portal,
      /re-screened (\d+) travellers of (\d+) flights of State \d+ in (\d+) ms \(list/,
      10 * 60_000,
    );
    const uploadStarted = performance.now();
    await upload(analyst, national, { file: nationalList(1000) });
    const uploaded = performance.now();
    const [, screened, flights, jobMs] = await done;
    process.stdout.write(
      `${engine.padEnd(8)} national list version with 1,000 entries changed: upload ${((uploaded - uploadStarted) / 1000).toFixed(1)} s, ` +
        `re-screening of ${screened} travellers on ${flights} flights departing within 72 h: ${(Number(jobMs) / 1000).toFixed(1)} s ` +
        `(${((performance.now() - uploadStarted) / 1000).toFixed(1)} s from the upload's start to the last hit recorded)\n`,
    );
  } finally {
    for (const socket of sockets) socket.close();
    await portal.stop();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(sharedDataDir(), 'watchlists', 'un', 'consolidated.xml'))) {
    process.stdout.write(`no shared data in ${sharedDataDir()}: set SHARED_DATA_DIR\n`);
    return;
  }
  await forEachEngine('screening', benchEngine);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
