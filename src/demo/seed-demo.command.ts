import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../common/actor/actor';
import { AuditService, auditActor } from '../audit/audit.service';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import type { CliCommand, CliIo } from '../cli/cli-command';
import { withApplication } from '../cli/cli-application';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { Organisation } from '../organisations/organisation.entity';
import { AccountFactory } from '../users/account-factory';
import { User } from '../users/user.entity';
import { DEMO_PEOPLE, DEMO_REGION, DEMO_STATES } from './demo-data';
import { seedLibraryDemo } from './library-demo';
import { seedDemoForum } from './forum-demo';
import { seedDemoMeetings } from './meetings-demo';
import { seedDemoConversations } from './conversation-demo';
import { seedDemoWatchlists } from './watchlists-demo';
import { seedDemoRules } from './rules-demo';
import { ConversationsModule } from '../conversations/conversations.module';
import { PiuAnalystsModule } from '../piu-analysts/piu-analysts.module';
import { WatchlistsModule } from '../piu/watchlists/watchlists.module';
import { IngestionModule } from '../piu/ingestion/ingestion.module';
import { seedScreeningDemo } from './screening-demo';
import { seedStatesDemo } from './states-demo';
import { AssessmentsModule } from '../programme/assessments/assessments.module';
import { seedDemoRoadmaps } from './roadmaps-demo';
import { RoadmapsModule } from '../programme/roadmaps/roadmaps.module';
import { seedDemoExperts } from './experts-demo';
import { seedTrainingDemo } from './training-demo';
import { TrainingModule } from '../training/training.module';

/** 96 random bits: strong for the policy, easy to copy for the newcomer. */
function demoPassword(): string {
  return `demo-${randomBytes(12).toString('base64url')}`;
}

/**
 * seed:demo: an IWG region of five States at different stages, and one person per role.
 * Idempotent: people already there are left alone. Prints each new account's password once.
 */
export class SeedDemoCommand implements CliCommand {
  async run(_args: string[], io: CliIo): Promise<number> {
    return withApplication(
      async (app) => {
        const dataSource = app.get(DataSource);
        const regions = dataSource.getRepository(IwgRegion);
        const region =
          (await regions.findOneBy({ code: DEMO_REGION.code })) ??
          (await regions.save(regions.create(DEMO_REGION)));
        for (const state of DEMO_STATES) {
          await dataSource
            .getRepository(Organisation)
            .update({ code: state.code }, { iwgRegionId: region.id });
        }
        io.stdout.write(
          `IWG region "${region.name}": ${DEMO_STATES.map((s) => s.code).join(', ')}\n\n`,
        );
        const factory = app.get(AccountFactory);
        const actor = { ...SYSTEM_ACTOR, actorEmail: 'seed:demo' };
        for (const person of DEMO_PEOPLE) {
          if (await dataSource.getRepository(User).existsBy({ email: person.email })) {
            io.stdout.write(
              `${person.email.padEnd(36)} ${person.role.padEnd(12)} (already there)\n`,
            );
            continue;
          }
          const password = demoPassword();
          if (person.role === 'piu-analyst') {
            await this.createAnalyst(
              app.get(DataSource),
              app.get(PasswordHasher),
              app.get(AuditService),
              person,
              password,
            );
          } else {
            await factory.create(
              { ...person, organisationCode: person.organisation, password },
              actor,
            );
          }
          io.stdout.write(`${person.email.padEnd(36)} ${person.role.padEnd(12)} ${password}\n`);
        }
        // Statuses with their history, records and assessments, through the staff's services.
        await seedStatesDemo(app, io);
        io.stdout.write(`\nLibrary: ${await seedLibraryDemo(app)} resources added\n`);
        await seedDemoForum(app, io);
        await seedDemoMeetings(app, io);
        await seedDemoRoadmaps(app, io);
        await seedDemoConversations(app, io);
        await seedDemoWatchlists(app, io);
        await seedScreeningDemo(app, io);
        await seedDemoRules(app, io);
        await seedDemoExperts(app, io);
        await seedTrainingDemo(app, io);
        io.stdout.write(
          '\nadmin, staff and piu-analyst accounts set up two-step verification at first sign-in.\n',
        );
        return 0;
        // The demo's conversations, PIU supervisor and watchlists are written through their
        // own modules' services.
      },
      [
        ConversationsModule,
        PiuAnalystsModule,
        WatchlistsModule,
        IngestionModule,
        AssessmentsModule,
        RoadmapsModule,
        TrainingModule,
      ],
    );
  }

  /**
   * PIU analysts are never created by the platform's operators: in the demo, the
   * Kenyan focal point stands behind the account, as if they had invited the analyst.
   */
  private async createAnalyst(
    dataSource: DataSource,
    hasher: PasswordHasher,
    audit: AuditService,
    person: (typeof DEMO_PEOPLE)[number],
    password: string,
  ): Promise<void> {
    const focalPoint = await dataSource
      .getRepository(User)
      .findOneByOrFail({ role: 'focal-point', organisation: { code: person.organisation } });
    const state = await dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ code: person.organisation });
    const users = dataSource.getRepository(User);
    const user = await users.save(
      users.create({
        email: person.email,
        name: person.name,
        role: 'piu-analyst',
        organisationId: state.id,
        passwordHash: await hasher.hash(password),
      }),
    );
    await audit.record(auditActor(SYSTEM_ACTOR, focalPoint), {
      action: 'user.created',
      targetType: 'user',
      targetId: user.id,
      details: { role: 'piu-analyst', via: 'seed:demo' },
    });
  }
}
