import { gzipSync } from 'node:zlib';
import { DataSource, In } from 'typeorm';
import { loadConfig } from '../src/config/load-config';
import { resolveDataSourceOptions } from '../src/database/data-source-options';
import { VisibilityColumns } from '../src/common/visibility/visibility-columns';
import { bulkInsert } from '../src/database/bulk-insert';
import { AssistanceRequest } from '../src/experts/assistance-request.entity';
import { Engagement } from '../src/experts/engagement.entity';
import { ExpertProfile } from '../src/experts/expert-profile.entity';
import { Organisation, PROGRAMME_STATUSES } from '../src/organisations/organisation.entity';
import { RoadmapStep } from '../src/programme/roadmaps/roadmap-step.entity';
import { User } from '../src/users/user.entity';
import {
  Client,
  PASSWORD,
  SECONDS,
  forEachEngine,
  measure,
  figuresLine,
  reportFailure,
  signIn,
  startPortal,
} from './support/portal';

/**
 * The programme dashboard at the programme's size (`npm run bench -- programme`): 80 States in
 * the programme, 2,000 roadmap steps and 300 experts written straight into the database, then
 * the built portal (`node dist/src/main.js`) started on it. Prints, on SQLite and MariaDB, the
 * dashboard's server time seen from one client asking in turn (p50/p99 of BENCH_SAMPLES pages),
 * autocannon at 10 connections, the page's weight (bytes, and gzipped), and the PDF report of
 * one State: time and size. Target: p99 under 150 ms. BENCH_ENGINES=sqlite runs one engine.
 */
const ADMIN_EMAIL = 'bench-admin@example.org';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const STATES_IN_PROGRAMME = 80;

const line = (label: string, text: string) => process.stdout.write(`${label.padEnd(8)} ${text}\n`);

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

/** Times `count` requests made one after another: p50 and p99 in ms, and the last body. */
async function sequential(
  client: Client,
  path: string,
  count: number,
): Promise<{ p50: number; p99: number; body: Buffer; status: number }> {
  const times: number[] = [];
  let body = Buffer.alloc(0);
  let status = 0;
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const response = await client.request(path);
    body = Buffer.from(await response.arrayBuffer());
    times.push(performance.now() - start);
    status = response.status;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), body, status };
}

const PILLAR_CODES = ['legislative', 'piu', 'carrier-engagement', 'technology', 'maritime'];
const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'blocked', 'dropped'] as const;
const STEPS = 2_000;
const EXPERTS = 300;
const RUNNING = 120;
const DAY_MS = 86_400_000;
const plainIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The programme's data, written in bulk with SQL through the portal's own entities: 80 States
 * in the programme (statuses in turn), 2,000 roadmap steps across them (25 each: every
 * pillar and status, some overdue, some blocked with a reason), 300 vetted experts, and 120
 * engagements running today.
 */
async function fill(databaseUrl: string, dataDir: string): Promise<string[]> {
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl });
  const dataSource = new DataSource(await resolveDataSourceOptions(config.database));
  await dataSource.initialize();
  try {
    const organisations = dataSource.getRepository(Organisation);
    const states = await organisations.find({ where: { kind: 'state' }, order: { name: 'ASC' } });
    // Every other State of the list, across the regions, until 80: statuses in turn.
    const chosen = states.filter((_, i) => i % 2 === 0).slice(0, STATES_IN_PROGRAMME);
    for (const [i, status] of PROGRAMME_STATUSES.entries()) {
      const ids = chosen.filter((_, n) => n % PROGRAMME_STATUSES.length === i).map((s) => s.id);
      if (ids.length > 0) await organisations.update({ id: In(ids) }, { programmeStatus: status });
    }
    const programme = await organisations.findOneByOrFail({ code: 'UNOCT' });
    await dataSource.transaction(async (manager) => {
      await bulkInsert(
        manager,
        RoadmapStep,
        Array.from({ length: STEPS }, (_, n) => {
          const status = STEP_STATUSES[n % STEP_STATUSES.length];
          const start = -400 + ((n * 37) % 500);
          return {
            stateId: chosen[n % chosen.length].id,
            pillar: PILLAR_CODES[Math.floor(n / chosen.length) % PILLAR_CODES.length],
            title: `Step ${n + 1} of the roadmap`,
            description: 'Generated for the bench.',
            ownerId: null,
            startOn: plainIn(start),
            dueOn: plainIn(start + 30 + ((n * 13) % 300)),
            status,
            blockedReason: status === 'blocked' ? 'Waiting for the law to pass' : null,
            weight: 1 + (n % 5),
          };
        }),
      );
      await bulkInsert(
        manager,
        User,
        Array.from({ length: EXPERTS }, (_, n) => ({
          email: `bench-expert-${n}@example.org`,
          name: `Bench Expert ${n}`,
          role: 'expert' as const,
          organisationId: programme.id,
          passwordHash: 'not-a-password',
        })),
      );
    });
    const experts = await dataSource
      .getRepository(User)
      .find({ where: { role: 'expert' }, select: { id: true }, order: { id: 'ASC' } });
    await dataSource.transaction(async (manager) => {
      await bulkInsert(
        manager,
        ExpertProfile,
        experts.map((user, n) => ({
          userId: user.id,
          status: 'active' as const,
          backgrounds: 'policy,legal',
          pillars: PILLAR_CODES[n % PILLAR_CODES.length],
          languages: 'en,fr',
          regions: 'Africa',
          organisation: 'Bench',
          countryCode: null,
          biography: 'Generated for the bench.',
          consent: true,
        })),
      );
      // Through TypeORM's own insert: bulkInsert knows no embedded columns (the visibility).
      await manager.getRepository(AssistanceRequest).insert(
        Array.from({ length: RUNNING }, (_, n) => ({
          stateId: chosen[n % chosen.length].id,
          roadmapStepId: null,
          pillar: PILLAR_CODES[n % PILLAR_CODES.length],
          topic: `Mentoring ${n + 1}`,
          description: 'Generated for the bench.',
          language: 'en',
          format: 'remote' as const,
          startsOn: plainIn(-10),
          endsOn: plainIn(20 + n),
          effortDays: 5,
          status: 'engaged' as const,
          visibility: VisibilityColumns.of('state', { stateId: chosen[n % chosen.length].id }),
          createdById: experts[0].id,
        })),
      );
    });
    const [profiles, requests] = await Promise.all([
      dataSource.getRepository(ExpertProfile).find({ order: { id: 'ASC' } }),
      dataSource.getRepository(AssistanceRequest).find({ order: { id: 'ASC' } }),
    ]);
    await dataSource.transaction((manager) =>
      bulkInsert(
        manager,
        Engagement,
        requests.map((request, n) => ({
          requestId: request.id,
          expertId: profiles[n % profiles.length].id,
          expertUserId: profiles[n % profiles.length].userId,
          stateId: request.stateId,
          startsOn: request.startsOn,
          endsOn: request.endsOn,
          status: 'active' as const,
          proposedById: experts[0].id,
        })),
      ),
    );
    return chosen.map((state) => state.code);
  } finally {
    await dataSource.destroy();
  }
}

async function benchEngine(label: string, databaseUrl: string, dataDir: string): Promise<void> {
  const env = { ADMIN_EMAIL, ADMIN_PASSWORD: PASSWORD };
  // Started once to migrate and seed, stopped while the data is written, started again so
  // its caches begin from the data.
  await (await startPortal(databaseUrl, dataDir, env)).stop();
  const filled = performance.now();
  const codes = await fill(databaseUrl, dataDir);
  line(label, `data written in ${((performance.now() - filled) / 1000).toFixed(1)} s`);
  const portal = await startPortal(databaseUrl, dataDir, env);
  try {
    const admin = new Client(portal.base);
    await signIn(admin, ADMIN_EMAIL);
    for (const [name, path] of [
      ['dashboard', '/programme'],
      ['dashboard, Africa + PIU', '/programme?region=Africa&pillar=piu'],
    ]) {
      await sequential(admin, path, 20);
      const one = await sequential(admin, path, SAMPLES);
      if (one.status !== 200) throw new Error(`${path} answered ${one.status}`);
      line(
        label,
        `${name.padEnd(24)} one client: p50 ${one.p50.toFixed(1)} ms  p99 ${one.p99.toFixed(1)} ms  ` +
          `page ${(one.body.length / 1024).toFixed(1)} kB (${(gzipSync(one.body).length / 1024).toFixed(1)} kB gzipped)`,
      );
      const figures = await measure(portal.base + path, 10, portal.child.pid, admin.cookieHeader);
      process.stdout.write(figuresLine(label, name, 10, figures));
    }
    const report = `/programme/states/${codes[0]}/report.pdf`;
    await sequential(admin, report, 3);
    const pdf = await sequential(admin, report, 20);
    if (pdf.status !== 200) throw new Error(`${report} answered ${pdf.status}`);
    line(
      label,
      `State report (${codes[0]}) PDF: p50 ${pdf.p50.toFixed(1)} ms  p99 ${pdf.p99.toFixed(1)} ms  ` +
        `${(pdf.body.length / 1024).toFixed(1)} kB`,
    );
    const overview = await sequential(admin, '/programme/overview.pdf', 10);
    line(
      label,
      `overview PDF: p50 ${overview.p50.toFixed(1)} ms  ${(overview.body.length / 1024).toFixed(1)} kB`,
    );
  } finally {
    await portal.stop();
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `programme dashboard: ${STATES_IN_PROGRAMME} States in the programme; ${SAMPLES} pages one after another, then autocannon ${SECONDS} s\n`,
  );
  await forEachEngine('programme', benchEngine);
}

main().catch(reportFailure);
