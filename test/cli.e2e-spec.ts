import { ProgrammeStatusChange } from '../src/member-states/record/programme-status-change.entity';
import { Assessment } from '../src/programme/assessments/assessment.entity';
import { ScreeningRule } from '../src/piu/rules/screening-rule.entity';
import { ScreeningRuleVersion } from '../src/piu/rules/screening-rule-version.entity';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { commandRegistry } from '../src/cli/command-registry';
import { runCaptured } from './support/run-captured';
import type { DatabaseConfig } from '../src/config/app-config';
import { parseDatabaseUrl } from '../src/config/load-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { createScratchDatabase, dropScratchDatabase } from '../src/database/scratch-database';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { ForumPost } from '../src/iwg/forum/forum-post.entity';
import { ForumReaction } from '../src/iwg/forum/forum-reaction.entity';
import { ForumReadState } from '../src/iwg/forum/forum-read-state.entity';
import { ActionItem } from '../src/iwg/meetings/action-item.entity';
import { Meeting } from '../src/iwg/meetings/meeting.entity';
import { ForumThread } from '../src/iwg/forum/forum-thread.entity';
import { TrainingCertificate } from '../src/training/training-certificate.entity';
import { TrainingEnrolment } from '../src/training/training-enrolment.entity';
import { User } from '../src/users/user.entity';
import { RoadmapStep } from '../src/programme/roadmaps/roadmap-step.entity';
import { RoadmapStepChange } from '../src/programme/roadmaps/roadmap-step-change.entity';
import { engineUnderTest } from './support/test-app';

async function cli(args: string[], stdin = '') {
  const { code, stdout: out, stderr: err } = await runCaptured(args, commandRegistry, stdin);
  return { code, out, err };
}

describe('database commands of the CLI', () => {
  let dataDir: string;
  let database: DatabaseConfig;
  let scratch: DatabaseConfig | undefined;
  const saved = { ...process.env };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cttp-cli-'));
    if (engineUnderTest() === 'mysql') {
      scratch = await createScratchDatabase(
        parseDatabaseUrl(process.env.DATABASE_URL!),
        'cttp_cli',
      );
      database = scratch;
    } else {
      database = parseDatabaseUrl(`sqlite:${join(dataDir, 'cli.sqlite')}`);
    }
    process.env.DATA_DIR = dataDir;
    process.env.DATABASE_URL = database.url;
  });

  afterAll(async () => {
    process.env = saved;
    if (scratch) await dropScratchDatabase(scratch);
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
    const dataSource = new DataSource(
      dataSourceOptions(database, engineUnderTest() === 'mysql' ? 'mariadb' : 'mysql'),
    );
    await dataSource.initialize();
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }

  it('help lists every command on standard output, so `cli help | less` shows it', async () => {
    const result = await cli(['help']);
    expect(result).toMatchObject({ code: 0, err: '' });
    for (const name of ['migrate', 'users:create', 'seed:demo', 'parse', 'screen', 'lists']) {
      expect(result.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    }
  });

  it('migrate applies the migrations once', async () => {
    const first = await cli(['migrate']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/applied Init\d+/);
    const second = await cli(['migrate']);
    expect(second.out).toBe('database is up to date\n');
  });

  it('users:create makes an account from a password on standard input, and prints only its result', async () => {
    const result = await cli(
      [
        'users:create',
        '--email',
        'Maria.Lopez@example.org',
        '--name',
        'María López',
        '--role',
        'official',
        '--state',
        'mex',
      ],
      'violet-harbour-quantum-47-lantern\n',
    );
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^created user \d+ maria\.lopez@example\.org \(official\)\n$/);
    await withDatabase(async (dataSource) => {
      const user = await dataSource.getRepository(User).findOneOrFail({
        where: { email: 'maria.lopez@example.org' },
        relations: { organisation: true },
      });
      expect(user.organisation.code).toBe('MEX');
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(
        await dataSource
          .getRepository(AuditEvent)
          .countBy({ action: 'user.created', targetId: String(user.id) }),
      ).toBe(1);
    });
  });

  it('users:create refuses what the rules forbid, with one error line and exit 2', async () => {
    const analyst = await cli(
      [
        'users:create',
        '--email',
        'a@example.org',
        '--name',
        'A',
        '--role',
        'piu-analyst',
        '--state',
        'KEN',
      ],
      'violet-harbour-quantum-47-lantern',
    );
    expect(analyst.code).toBe(2);
    expect(analyst.err).toMatch(
      /^error: PIU analysts are invited by their own State's focal point/,
    );
    const weak = await cli(
      [
        'users:create',
        '--email',
        'b@example.org',
        '--name',
        'B',
        '--role',
        'staff',
        '--org',
        'UNOCT',
      ],
      'password1234',
    );
    expect(weak.code).toBe(2);
    expect(weak.err.split('\n').filter(Boolean)).toHaveLength(1);
    const wrongOrg = await cli(
      [
        'users:create',
        '--email',
        'c@example.org',
        '--name',
        'C',
        '--role',
        'official',
        '--org',
        'CTED',
      ],
      'violet-harbour-quantum-47-lantern',
    );
    expect(wrongOrg.err).toContain('belongs to a state organisation');
    expect(weak.out + analyst.out + wrongOrg.out).toBe('');
  });

  it('users:unlock clears a lockout', async () => {
    await withDatabase((dataSource) =>
      dataSource
        .getRepository(User)
        .update(
          { email: 'maria.lopez@example.org' },
          { lockedUntil: new Date(Date.now() + 3600_000), lockouts: 2 },
        ),
    );
    const result = await cli(['users:unlock', '--email', 'maria.lopez@example.org']);
    expect(result).toMatchObject({ code: 0, out: 'unlocked maria.lopez@example.org\n' });
    await withDatabase(async (dataSource) => {
      const user = await dataSource
        .getRepository(User)
        .findOneByOrFail({ email: 'maria.lopez@example.org' });
      expect(user.lockedUntil).toBeNull();
      expect(user.lockouts).toBe(0);
    });
  });

  it('seed:demo creates a region and one person per role, and is idempotent', async () => {
    const first = await cli(['seed:demo']);
    expect(first.code).toBe(0);
    expect(first.out).toContain('analyst.kenya@demo.example.org');
    expect(first.out.match(/demo-[\w-]{16}/g)).toHaveLength(8);
    expect(first.out).toContain('IWG forum "Eastern Africa Informal Working Group": 12 threads');
    const second = await cli(['seed:demo']);
    expect(second.out.match(/\(already there\)/g)).toHaveLength(8);
    expect(second.out).toContain('already has threads');
    expect(first.out).toContain('2 meetings (one held, one ahead), 4 action items');
    expect(second.out).toContain(
      'IWG meetings of "Eastern Africa Informal Working Group": already there',
    );
    expect(first.out).toContain('Roadmap of Kenya: 19 steps');
    expect(second.out).toContain('Roadmap of Kenya: already there');
    expect(first.out).toContain('Conversations: 3 added');
    expect(second.out).toContain('Conversations: already there');
    expect(first.out).toContain('Targeting rules of KEN: 2 added');
    expect(second.out).toContain('Targeting rules of KEN: 0 added');
    expect(first.out).toContain('Member States: 12 status changes, 3 assessments added');
    expect(second.out).toContain('Member States: 0 status changes, 0 assessments added');
    expect(first.out).toContain('Training: "PIU governance: an entry-level course" published');
    expect(first.out).toContain('Training: official.kenya@demo.example.org enrolled, completed');
    expect(first.out).toContain('Kenya has an active SOP (its roadmap step done)');
    expect(second.out).not.toContain('Training:');
    await withDatabase(async (dataSource) => {
      // The course: three learners, the Kenyan official done with a certificate.
      const enrolments = await dataSource.getRepository(TrainingEnrolment).find();
      expect(enrolments).toHaveLength(3);
      expect(enrolments.filter((row) => row.completedAt !== null)).toHaveLength(1);
      expect(await dataSource.getRepository(TrainingCertificate).count()).toBe(1);
      // The demo State's rules: one on at its second version, one draft.
      const rules = await dataSource.getRepository(ScreeningRule).find({ order: { id: 'ASC' } });
      expect(rules.map((r) => [r.status, r.currentVersion, r.activeVersion])).toEqual([
        ['on', 2, 2],
        ['draft', 1, null],
      ]);
      expect(await dataSource.getRepository(ScreeningRuleVersion).count()).toBe(3);
      const roles = (await dataSource.getRepository(User).find()).map((user) => user.role);
      expect(new Set(roles)).toEqual(
        new Set(['admin', 'staff', 'partner', 'focal-point', 'official', 'expert', 'piu-analyst']),
      );
      // Each State's status history is recorded by the demo staff member, once: the State's
      // record shows who set each step and when it took effect.
      const changes = await dataSource.getRepository(AuditEvent).find({
        where: { action: 'member-state.status-changed' },
        order: { id: 'ASC' },
      });
      expect(changes.map((event) => event.targetId)).toEqual([
        ...['KEN', 'KEN', 'KEN', 'KEN', 'UGA', 'UGA', 'UGA'],
        ...['TZA', 'TZA', 'ETH', 'ETH', 'RWA'],
      ]);
      expect(changes[0].actorEmail).toBe('staff@demo.example.org');
      expect(JSON.parse(changes[0].details!)).toEqual({
        from: 'none',
        to: 'interested',
        effectiveOn: '2023-02-14',
      });
      expect(await dataSource.getRepository(ProgrammeStatusChange).count()).toBe(12);
      const assessments = await dataSource.getRepository(Assessment).find({ order: { id: 'ASC' } });
      expect(assessments.map((one) => one.status)).toEqual(['finalised', 'draft', 'finalised']);
      // The demo roadmaps: Kenya's across every pillar, some done, overdue and blocked, one
      // step moved by the Kenyan focal point; Uganda's and Tanzania's smaller.
      const steps = await dataSource.getRepository(RoadmapStep).find();
      expect(steps).toHaveLength(19 + 10 + 6);
      const day = new Date().toISOString().slice(0, 10);
      expect(steps.filter((step) => step.status === 'done').length).toBeGreaterThan(10);
      expect(steps.filter((step) => step.status === 'blocked')).toHaveLength(2);
      expect(
        steps.filter(
          (s) => ['not-started', 'in-progress', 'blocked'].includes(s.status) && s.dueOn < day,
        ).length,
      ).toBeGreaterThanOrEqual(3);
      expect(new Set(steps.map((step) => step.pillar)).size).toBe(5);
      const focalChange = await dataSource
        .getRepository(RoadmapStepChange)
        .findOneBy({ kind: 'status', authorName: 'Wanjiru Kamau' });
      expect(focalChange).not.toBeNull();
      // Kenya's watchlist-hit SOP is tied to its SOP step: made active, it marked the step done.
      const sopStep = steps.find(
        (step) => step.title === 'Standard operating procedures for the 24/7 watch desk',
      )!;
      expect(sopStep.status).toBe('done');
      expect(
        await dataSource
          .getRepository(RoadmapStepChange)
          .countBy({ stepId: sopStep.id, kind: 'completed', authorName: 'Wanjiru Kamau' }),
      ).toBe(1);
      // The demo IWG's forum: threads in the six UN languages, pinned and locked ones, and
      // unread threads for the Kenyan official.
      // The demo IWG's meetings: one held (minutes, action items two done, one overdue) and
      // one ahead, each with its thread in General (12 forum threads and 2 meeting threads).
      const meetings = await dataSource.getRepository(Meeting).find({ order: { startsAt: 'ASC' } });
      expect(meetings.map((m) => [m.startsAt < new Date(), m.minutes !== null])).toEqual([
        [true, true],
        [false, false],
      ]);
      expect(meetings.every((m) => m.threadId !== null)).toBe(true);
      const items = await dataSource.getRepository(ActionItem).find();
      expect(items.filter((item) => item.status === 'done')).toHaveLength(2);
      const today = new Date().toISOString().slice(0, 10);
      expect(items.filter((item) => item.status === 'open' && item.dueOn < today)).toHaveLength(1);
      const threads = await dataSource.getRepository(ForumThread).find();
      expect(threads.length).toBe(14);
      expect(threads.some((thread) => thread.pinned)).toBe(true);
      expect(threads.some((thread) => thread.locked)).toBe(true);
      expect(threads.some((thread) => thread.postCount > 20)).toBe(true);
      const languages = await dataSource
        .getRepository(ForumPost)
        .createQueryBuilder('p')
        .select('DISTINCT p.language', 'language')
        .getRawMany<{ language: string }>();
      expect(languages.map((row) => row.language).sort()).toEqual([
        'ar',
        'en',
        'es',
        'fr',
        'ru',
        'zh',
      ]);
      expect(await dataSource.getRepository(ForumReaction).count()).toBeGreaterThan(0);
      expect(await dataSource.getRepository(ForumReadState).count()).toBeGreaterThan(0);
    });
  });
});
