import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import type { CliIo } from '../cli/cli-command';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { AssistanceRequest } from '../experts/assistance-request.entity';
import { EngagementFeedback } from '../experts/engagement-feedback.entity';
import { Engagement } from '../experts/engagement.entity';
import { ExpertAvailability } from '../experts/expert-availability.entity';
import { raisePoolVersion } from '../experts/expert-pool';
import { ExpertProfile } from '../experts/expert-profile.entity';
import type { ExpertStatus } from '../experts/expert-vocabulary';
import { plainDateOf } from '../experts/matching/plain-date';
import { MentoringSession } from '../experts/mentoring-session.entity';
import { Organisation } from '../organisations/organisation.entity';
import { RoadmapStep } from '../programme/roadmaps/roadmap-step.entity';
import { User } from '../users/user.entity';

const DAY = 86_400_000;
/** The demo expert account (demo-data.ts) who has the running engagement with Kenya. */
const DEMO_EXPERT = 'expert@demo.example.org';

interface DemoExpert {
  email: string;
  name: string;
  status: ExpertStatus;
  consent: boolean;
  backgrounds: string;
  pillars: string;
  languages: string;
  regions: string;
  organisation: string;
  country: string;
  biography: string;
}

/** A pool of varied profiles: lawyers, PIU practitioners, engineers, maritime, and some not listable. */
const POOL: DemoExpert[] = [
  {
    email: DEMO_EXPERT,
    name: 'Lukas Brandt',
    status: 'active',
    consent: true,
    backgrounds: 'detection,policy',
    pillars: 'piu,carrier-engagement',
    languages: 'en,de,fr',
    regions: 'Africa,Europe',
    organisation: 'Federal Police (retired)',
    country: 'DEU',
    biography: 'Set up and led a national PIU for eight years; trains targeting analysts.',
  },
  {
    email: 'expert.amara@demo.example.org',
    name: 'Amara Diallo',
    status: 'active',
    consent: true,
    backgrounds: 'legal,policy',
    pillars: 'legislative',
    languages: 'fr,en,wo',
    regions: 'Africa',
    organisation: 'Ministry of Justice',
    country: 'SEN',
    biography: 'Drafted API/PNR legislation and data-protection safeguards in three States.',
  },
  {
    email: 'expert.chen@demo.example.org',
    name: 'Chen Wei',
    status: 'active',
    consent: true,
    backgrounds: 'technical',
    pillars: 'technology,carrier-engagement',
    languages: 'zh,en',
    regions: 'Asia,Oceania',
    organisation: 'Civil Aviation Authority',
    country: 'SGP',
    biography: 'Integrates carrier connectivity (PAXLST, PNRGOV) with passenger-data systems.',
  },
  {
    email: 'expert.sofia@demo.example.org',
    name: 'Sofía Márquez',
    status: 'active',
    consent: true,
    backgrounds: 'detection',
    pillars: 'piu,maritime',
    languages: 'es,en,pt',
    regions: 'Americas,Europe',
    organisation: 'Coast Guard',
    country: 'ESP',
    biography:
      'Maritime passenger and crew screening; risk indicators for cruise and ferry traffic.',
  },
  {
    email: 'expert.youssef@demo.example.org',
    name: 'Youssef El Amrani',
    status: 'active',
    consent: true,
    backgrounds: 'legal',
    pillars: 'legislative,piu',
    languages: 'ar,fr,en',
    regions: 'Africa,Asia',
    organisation: 'National Data Protection Authority',
    country: 'MAR',
    biography: 'Privacy and human-rights review of PIU procedures and retention rules.',
  },
  {
    email: 'expert.anna@demo.example.org',
    name: 'Anna Kowalska',
    status: 'active',
    consent: true,
    backgrounds: 'policy,detection',
    pillars: 'piu',
    languages: 'pl,en,ru',
    regions: 'Europe,Asia',
    organisation: 'Border Guard',
    country: 'POL',
    biography: 'PIU governance and inter-agency cooperation; writes SOPs and Terms of Reference.',
  },
  {
    email: 'expert.kwame@demo.example.org',
    name: 'Kwame Mensah',
    status: 'active',
    consent: true,
    backgrounds: 'technical,policy',
    pillars: 'carrier-engagement,technology',
    languages: 'en',
    regions: 'Africa',
    organisation: 'Airport Authority',
    country: 'GHA',
    biography: 'Carrier onboarding programmes for regional airlines and ground handlers.',
  },
  {
    email: 'expert.maria@demo.example.org',
    name: 'María Fernández',
    status: 'active',
    consent: true,
    backgrounds: 'legal,policy',
    pillars: 'legislative',
    languages: 'es,en',
    regions: 'Americas',
    organisation: 'Attorney General’s Office',
    country: 'COL',
    biography: 'Legislative drafting for passenger-data regimes under resolution 2396.',
  },
  {
    email: 'expert.ivan@demo.example.org',
    name: 'Ivan Petrov',
    status: 'inactive',
    consent: true,
    backgrounds: 'technical',
    pillars: 'technology',
    languages: 'ru,en',
    regions: 'Europe,Asia',
    organisation: 'Independent',
    country: 'BGR',
    biography: 'Passenger-data system deployment (on leave from the pool this year).',
  },
  {
    email: 'expert.fatima@demo.example.org',
    name: 'Fatima Noor',
    status: 'pending',
    consent: true,
    backgrounds: 'detection',
    pillars: 'piu',
    languages: 'en,ur,ar',
    regions: 'Asia',
    organisation: 'Federal Investigation Agency',
    country: 'PAK',
    biography: 'Targeting rules and watchlist management for a new PIU.',
  },
  {
    email: 'expert.james@demo.example.org',
    name: 'James O’Connor',
    status: 'active',
    consent: false,
    backgrounds: 'policy',
    pillars: 'piu,legislative',
    languages: 'en,ga',
    regions: 'Europe,Oceania',
    organisation: 'Department of Justice',
    country: 'IRL',
    biography: 'Policy adviser; has not yet agreed to be listed.',
  },
  {
    email: 'expert.aiko@demo.example.org',
    name: 'Aiko Tanaka',
    status: 'active',
    consent: true,
    backgrounds: 'technical,detection',
    pillars: 'technology,maritime',
    languages: 'ja,en',
    regions: 'Asia,Oceania',
    organisation: 'Immigration Services Agency',
    country: 'JPN',
    biography: 'Analytics and data quality of API/PNR feeds; maritime manifests.',
  },
];

const plainIn = (days: number) => plainDateOf(Date.now() + days * DAY);

/**
 * The Pool of Experts for the demo: a dozen experts with varied profiles and standings, periods
 * of availability, Kenya's and Uganda's requests, Lukas Brandt's engagement with Kenya running
 * today (so the demo expert sees Kenya's space), and a closed engagement with Uganda with
 * feedback both ways. Idempotent: nothing is added once the demo expert has a profile.
 */
export async function seedDemoExperts(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  const demoExpert = await dataSource.getRepository(User).findOneBy({ email: DEMO_EXPERT });
  if (!demoExpert) return;
  if (await dataSource.getRepository(ExpertProfile).existsBy({ userId: demoExpert.id })) {
    io.stdout.write('Pool of Experts: already there\n');
    return;
  }
  const hasher = app.get(PasswordHasher);
  await dataSource.transaction(async (manager) => {
    const programme = await manager.getRepository(Organisation).findOneByOrFail({ code: 'UNOCT' });
    const staff = await manager
      .getRepository(User)
      .findOneByOrFail({ email: 'staff@demo.example.org' });
    const focal = await manager
      .getRepository(User)
      .findOneByOrFail({ email: 'focal.kenya@demo.example.org' });
    const profiles = new Map<string, ExpertProfile>();
    for (const expert of POOL) {
      // Pool members other than the demo expert never sign in to the demo: a password nobody knows.
      const user =
        (await manager.getRepository(User).findOneBy({ email: expert.email })) ??
        (await manager.getRepository(User).save(
          manager.getRepository(User).create({
            email: expert.email,
            name: expert.name,
            role: 'expert',
            organisationId: programme.id,
            passwordHash: await hasher.hash(randomBytes(24).toString('base64url')),
          }),
        ));
      profiles.set(
        expert.email,
        await manager.getRepository(ExpertProfile).save(
          manager.getRepository(ExpertProfile).create({
            userId: user.id,
            status: expert.status,
            consent: expert.consent,
            backgrounds: expert.backgrounds,
            pillars: expert.pillars,
            languages: expert.languages,
            regions: expert.regions,
            organisation: expert.organisation,
            countryCode: expert.country,
            biography: expert.biography,
            vettedById: expert.status === 'pending' ? null : staff.id,
            vettedAt: expert.status === 'pending' ? null : new Date(),
          }),
        ),
      );
    }
    const period = (
      email: string,
      kind: 'available' | 'unavailable',
      from: number,
      to: number,
      note = '',
    ) =>
      manager.getRepository(ExpertAvailability).insert({
        expertId: profiles.get(email)!.id,
        kind,
        startsOn: plainIn(from),
        endsOn: plainIn(to),
        note,
      });
    await period(DEMO_EXPERT, 'available', -30, 120);
    await period('expert.amara@demo.example.org', 'available', 0, 180);
    await period('expert.sofia@demo.example.org', 'unavailable', 20, 50, 'Sea trials');
    await period('expert.kwame@demo.example.org', 'available', 10, 90);
    await period('expert.anna@demo.example.org', 'unavailable', -5, 15, 'Annual leave');

    const state = async (code: string) =>
      manager.getRepository(Organisation).findOneByOrFail({ code });
    const ken = await state('KEN');
    const uga = await state('UGA');
    const request = (stateId: number, fields: Partial<AssistanceRequest>) =>
      manager.getRepository(AssistanceRequest).save(
        manager.getRepository(AssistanceRequest).create({
          stateId,
          roadmapStepId: null,
          description: '',
          format: 'remote',
          status: 'open',
          visibility: VisibilityColumns.of('state', { stateId }),
          createdById: focal.id,
          ...fields,
        }),
      );
    // The roadmap steps the requests serve, when the roadmaps demo drew those States' roadmaps.
    const stepOf = async (stateId: number, pillar: string) =>
      (
        await manager
          .getRepository(RoadmapStep)
          .findOne({ where: { stateId, pillar }, order: { id: 'ASC' } })
      )?.id ?? null;
    const running = await request(ken.id, {
      roadmapStepId: await stepOf(ken.id, 'piu'),
      pillar: 'piu',
      topic: 'Mentoring the PIU’s first targeting team',
      language: 'en',
      description: 'Weekly mentoring of four analysts as the PIU starts live API screening.',
      startsOn: plainIn(-10),
      endsOn: plainIn(20),
      effortDays: 8,
      status: 'engaged',
    });
    await request(ken.id, {
      pillar: 'legislative',
      topic: 'Review of the draft PNR regulation',
      language: 'en',
      description: 'Comments on the draft regulation’s safeguards and retention periods.',
      startsOn: plainIn(25),
      endsOn: plainIn(35),
      effortDays: 4,
    });
    await request(uga.id, {
      pillar: 'carrier-engagement',
      topic: 'Onboarding regional carriers to PAXLST',
      language: 'en',
      format: 'in-person',
      startsOn: plainIn(40),
      endsOn: plainIn(44),
      effortDays: 5,
    });
    await request(uga.id, {
      pillar: 'maritime',
      topic: 'Lake Victoria ferry manifests',
      language: 'sw',
      startsOn: plainIn(60),
      endsOn: plainIn(75),
      effortDays: 6,
    });
    const closedRequest = await request(uga.id, {
      roadmapStepId: await stepOf(uga.id, 'legislative'),
      pillar: 'legislative',
      topic: 'Data-protection safeguards in the API bill',
      language: 'fr',
      startsOn: plainIn(-90),
      endsOn: plainIn(-80),
      effortDays: 5,
      status: 'closed',
    });

    const engage = (
      req: AssistanceRequest,
      email: string,
      status: 'active' | 'closed',
      closedAgo?: number,
    ) =>
      manager.getRepository(Engagement).save(
        manager.getRepository(Engagement).create({
          requestId: req.id,
          expertId: profiles.get(email)!.id,
          expertUserId: profiles.get(email)!.userId,
          stateId: req.stateId,
          startsOn: req.startsOn,
          endsOn: req.endsOn,
          status,
          proposedById: staff.id,
          respondedAt: new Date(),
          confirmedById: focal.id,
          confirmedAt: new Date(),
          closedAt: closedAgo === undefined ? null : new Date(Date.now() - closedAgo * DAY),
        }),
      );
    const now = await engage(running, DEMO_EXPERT, 'active');
    const past = await engage(closedRequest, 'expert.youssef@demo.example.org', 'closed', 78);
    await sessions(manager, now.id, demoExpert.id, [
      [-9, 'Targeting rules: first review of the live rules', 120],
      [-2, 'Hit review workflow and escalation to the watch desk', 90],
    ]);
    await sessions(manager, past.id, profiles.get('expert.youssef@demo.example.org')!.userId, [
      [-89, 'Proportionality of the collected data elements', 180],
      [-85, 'Retention and depersonalisation periods', 150],
      [-81, 'Oversight and redress clauses', 120],
    ]);
    await manager.getRepository(EngagementFeedback).insert([
      {
        engagementId: past.id,
        side: 'state',
        knowledge: 5,
        communication: 4,
        responsiveness: 5,
        fit: 4,
        wouldEngageAgain: true,
        comment: 'Clear, practical advice that the drafting committee adopted.',
        commentWithheld: false,
        authorId: focal.id,
        reply: 'Thank you: a pleasure to work with the committee.',
      },
      {
        engagementId: past.id,
        side: 'expert',
        rating: 5,
        comment: 'Well prepared counterparts and a clear mandate.',
        authorId: profiles.get('expert.youssef@demo.example.org')!.userId,
      },
    ]);
    // The demo expert's signed-in copy must pick up the Kenyan assignment.
    await manager.getRepository(User).increment({ id: demoExpert.id }, 'version', 1);
    // A portal already running reloads its copy of the pool.
    await raisePoolVersion(manager);
  });
  io.stdout.write(`Pool of Experts: ${POOL.length} experts, 5 requests, 2 engagements\n`);
}

async function sessions(
  manager: EntityManager,
  engagementId: number,
  recordedById: number,
  rows: [number, string, number][],
): Promise<void> {
  for (const [day, topics, minutes] of rows) {
    await manager.getRepository(MentoringSession).insert({
      engagementId,
      heldOn: plainIn(day),
      topics,
      minutes,
      resourceIds: '',
      recordedById,
    });
  }
}
