import { paxlst, syntheticTravellers } from '../src/demo/synthetic-messages';
import { forEachEngine, runCli, startPortal } from './support/portal';

/**
 * Messages through the carrier API of the built portal (one process), on SQLite and MariaDB:
 * PAXLST manifests of 150 to 500 travellers (synthetic), posted by BENCH_INGEST_CLIENTS
 * concurrent clients with the demo carrier's key; each is stored (masked, encrypted, hashed)
 * and parsed before its 202. Prints messages/s, travellers/s and the POST's p50/p99.
 */
const MESSAGES = Number(process.env.BENCH_INGEST_MESSAGES ?? 300);
const CLIENTS = Number(process.env.BENCH_INGEST_CLIENTS ?? 8);

function manifests(): { body: string; travellers: number }[] {
  const list = [];
  for (let i = 0; i < MESSAGES; i++) {
    const travellers = 150 + ((i * 37) % 351);
    const day = String(1 + (i % 28)).padStart(2, '0');
    list.push({
      travellers,
      body: paxlst({
        carrier: 'KQ',
        flight: String(1000 + i),
        from: 'GBLHR',
        to: 'KENBO',
        departure: `202604${day}0830`,
        arrival: `202604${day}1745`,
        travellers: syntheticTravellers(travellers, i * 11),
        reference: `BENCH${i}`,
      }),
    });
  }
  return list;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const work = manifests();
  const bytes = work.reduce((sum, m) => sum + m.body.length, 0);
  process.stdout.write(
    `${MESSAGES} PAXLST messages, ${work.reduce((s, m) => s + m.travellers, 0)} travellers, ${(bytes / 1e6).toFixed(1)} MB, ${CLIENTS} clients\n`,
  );
  await forEachEngine('ingest', async (engine, databaseUrl, dataDir) => {
    const portal = await startPortal(databaseUrl, dataDir, {
      INGEST_KEY_REQUESTS_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    });
    try {
      const seeded = await runCli(['seed:demo'], portal.env);
      const key = /API key \(shown once\): (\S+)/.exec(seeded)?.[1];
      if (!key) throw new Error('seed:demo printed no key');
      const latencies: number[] = [];
      let next = 0;
      let travellers = 0;
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < work.length) {
            const message = work[next++];
            const sent = process.hrtime.bigint();
            const answer = await fetch(`${portal.base}/api/v1/messages`, {
              method: 'POST',
              headers: { 'X-API-Key': key, 'Content-Type': 'application/edifact' },
              body: message.body,
            });
            const result = (await answer.json()) as { status?: string };
            if (answer.status !== 202 || result.status !== 'parsed')
              throw new Error(`answer ${answer.status} ${JSON.stringify(result)}`);
            latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
            travellers += message.travellers;
          }
        }),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      latencies.sort((a, b) => a - b);
      process.stdout.write(
        `${engine.padEnd(8)} ${(work.length / seconds).toFixed(1)} messages/s, ${Math.round(travellers / seconds)} travellers/s ` +
          `(stored + parsed), POST p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms\n`,
      );
    } finally {
      await portal.stop();
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
