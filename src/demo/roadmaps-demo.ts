import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../common/actor/actor';
import type { CliIo } from '../cli/cli-command';
import { dateIn } from '../iwg/meetings/zoned-time';
import { Organisation } from '../organisations/organisation.entity';
import { RoadmapEditing } from '../programme/roadmaps/roadmap-editing.service';
import { RoadmapStep } from '../programme/roadmaps/roadmap-step.entity';
import type { StepStatus } from '../programme/roadmaps/step-status';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

const STAFF = 'staff@demo.example.org';
const DAY = 86_400_000;

/**
 * One demo step: its pillar, title, when it starts and how long it runs (days from today), where
 * it stands, its weight, the steps it waits for (by position in the list), and who owns it.
 */
interface DemoStep {
  pillar: string;
  title: string;
  start: number;
  days: number;
  status: StepStatus;
  weight: number;
  after?: number[];
  reason?: string;
  owner?: string;
  /** The status the focal point set afterwards (the history shows both hands). */
  focalSets?: StepStatus;
}

const KENYA: DemoStep[] = [
  {
    pillar: 'legislative',
    title: 'Gap analysis of the legal framework for API and PNR',
    start: -420,
    days: 60,
    status: 'done',
    weight: 2,
  },
  {
    pillar: 'legislative',
    title: 'Draft the PNR regulation under the Data Protection Act',
    start: -350,
    days: 150,
    status: 'done',
    weight: 3,
    after: [0],
    owner: 'focal.kenya@demo.example.org',
  },
  {
    pillar: 'legislative',
    title: 'Public consultation on the draft PNR regulation',
    start: -190,
    days: 90,
    status: 'done',
    weight: 1,
    after: [1],
  },
  {
    pillar: 'legislative',
    title: 'Adopt the PNR regulation and its retention periods',
    start: -90,
    days: 120,
    status: 'in-progress',
    weight: 4,
    after: [2],
    owner: 'focal.kenya@demo.example.org',
  },
  {
    pillar: 'piu',
    title: 'Terms of Reference of the PIU adopted',
    start: -300,
    days: 45,
    status: 'done',
    weight: 2,
  },
  {
    pillar: 'piu',
    title: 'Recruit and vet the PIU’s first twelve analysts',
    start: -250,
    days: 120,
    status: 'done',
    weight: 3,
    after: [4],
  },
  {
    pillar: 'piu',
    title: 'Entry-level training of the analysts on PIU governance',
    start: -120,
    days: 60,
    status: 'done',
    weight: 2,
    after: [5],
    owner: 'expert@demo.example.org',
  },
  {
    pillar: 'piu',
    title: 'Standard operating procedures for the 24/7 watch desk',
    start: -60,
    days: 75,
    status: 'in-progress',
    weight: 3,
    after: [4],
    owner: 'expert@demo.example.org',
  },
  {
    pillar: 'piu',
    title: 'Interagency agreement with immigration and customs on hit referral',
    start: -150,
    days: 100,
    status: 'in-progress',
    weight: 2,
    focalSets: 'in-progress',
  },
  {
    pillar: 'carrier-engagement',
    title: 'Carrier outreach workshop in Nairobi',
    start: -200,
    days: 10,
    status: 'done',
    weight: 1,
  },
  {
    pillar: 'carrier-engagement',
    title: 'Connect the two national carriers for API (PAXLST)',
    start: -180,
    days: 120,
    status: 'done',
    weight: 3,
    after: [9],
  },
  {
    pillar: 'carrier-engagement',
    title: 'Connect the carriers for PNR (PNRGOV push)',
    start: -40,
    days: 160,
    status: 'blocked',
    weight: 4,
    after: [10, 3],
    reason: 'The PNR regulation must be adopted before carriers may push PNR data.',
  },
  {
    pillar: 'carrier-engagement',
    title: 'Onboard foreign carriers serving Jomo Kenyatta International',
    start: -100,
    days: 80,
    status: 'in-progress',
    weight: 3,
    after: [10],
  },
  {
    pillar: 'technology',
    title: 'Install the passenger-data system at the PIU',
    start: -260,
    days: 90,
    status: 'done',
    weight: 3,
  },
  {
    pillar: 'technology',
    title: 'Watchlist feeds: UN Consolidated List and national lists',
    start: -150,
    days: 60,
    status: 'done',
    weight: 2,
    after: [13],
  },
  {
    pillar: 'technology',
    title: 'Disaster-recovery site for the passenger-data system',
    start: -50,
    days: 90,
    status: 'not-started',
    weight: 2,
    after: [13],
  },
  {
    pillar: 'maritime',
    title: 'Assess crew and passenger lists of vessels calling at Mombasa',
    start: -30,
    days: 90,
    status: 'in-progress',
    weight: 2,
  },
  {
    pillar: 'maritime',
    title: 'Extend the PIU’s remit to maritime data',
    start: 60,
    days: 180,
    status: 'not-started',
    weight: 2,
    after: [16, 3],
  },
  {
    pillar: 'technology',
    title: 'Second data centre in Mombasa',
    start: -200,
    days: 60,
    status: 'dropped',
    weight: 1,
  },
];

const UGANDA: DemoStep[] = [
  {
    pillar: 'legislative',
    title: 'Review the Data Protection and Privacy Act for passenger data',
    start: -90,
    days: 60,
    status: 'done',
    weight: 2,
  },
  {
    pillar: 'legislative',
    title: 'Draft API and PNR provisions in the immigration regulations',
    start: -30,
    days: 150,
    status: 'in-progress',
    weight: 4,
    after: [0],
  },
  {
    pillar: 'piu',
    title: 'Decide where the PIU sits and who leads it',
    start: -60,
    days: 45,
    status: 'blocked',
    weight: 2,
    reason: 'Awaiting the Cabinet’s decision between the police and immigration.',
  },
  {
    pillar: 'piu',
    title: 'Terms of Reference of the PIU',
    start: -10,
    days: 60,
    status: 'not-started',
    weight: 2,
    after: [2],
  },
  {
    pillar: 'piu',
    title: 'Study visit to the Kenyan PIU',
    start: -45,
    days: 5,
    status: 'done',
    weight: 1,
  },
  {
    pillar: 'carrier-engagement',
    title: 'Inventory of carriers serving Entebbe',
    start: -80,
    days: 40,
    status: 'done',
    weight: 1,
  },
  {
    pillar: 'carrier-engagement',
    title: 'Carrier outreach workshop in Entebbe',
    start: -20,
    days: 10,
    status: 'in-progress',
    weight: 1,
    after: [5],
  },
  {
    pillar: 'technology',
    title: 'Choose the passenger-data system',
    start: -70,
    days: 50,
    status: 'in-progress',
    weight: 3,
  },
  {
    pillar: 'technology',
    title: 'Secure connectivity between the PIU and the airport',
    start: 30,
    days: 120,
    status: 'not-started',
    weight: 2,
    after: [7],
  },
  {
    pillar: 'maritime',
    title: 'Lake Victoria ferries: which data exist today',
    start: 40,
    days: 60,
    status: 'not-started',
    weight: 1,
  },
];

const TANZANIA: DemoStep[] = [
  {
    pillar: 'legislative',
    title: 'Legal gap analysis for API and PNR',
    start: -40,
    days: 75,
    status: 'in-progress',
    weight: 2,
  },
  {
    pillar: 'piu',
    title: 'Nominate the national focal point and the PIU task force',
    start: -70,
    days: 30,
    status: 'done',
    weight: 1,
  },
  {
    pillar: 'piu',
    title: 'PIU governance course for the task force',
    start: -20,
    days: 10,
    status: 'in-progress',
    weight: 1,
    after: [1],
  },
  {
    pillar: 'carrier-engagement',
    title: 'First meeting with carriers at Julius Nyerere International',
    start: -15,
    days: 5,
    status: 'not-started',
    weight: 1,
  },
  {
    pillar: 'technology',
    title: 'Requirements for the passenger-data system',
    start: 10,
    days: 90,
    status: 'not-started',
    weight: 2,
    after: [0],
  },
  {
    pillar: 'maritime',
    title: 'Zanzibar and Dar es Salaam ports: data available from shipping agents',
    start: 30,
    days: 90,
    status: 'not-started',
    weight: 1,
  },
];

const ROADMAPS: { code: string; steps: DemoStep[] }[] = [
  { code: 'KEN', steps: KENYA },
  { code: 'UGA', steps: UGANDA },
  { code: 'TZA', steps: TANZANIA },
];

/**
 * The demo States' roadmaps (seed:demo): Kenya well under way (most of the legislative and PIU
 * work done, PNR blocked on the regulation, one step overdue), Uganda after its assessment
 * (a blocked decision on the PIU), Tanzania starting. Written by the demo staff member through
 * the roadmaps' own service, so each step has its history; Kenya's focal point moves one step
 * too. A State whose roadmap has steps already is left alone.
 */
export async function seedDemoRoadmaps(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  const users = app.get(UsersService);
  const editing = app.get(RoadmapEditing);
  const actorOf = async (email: string): Promise<Actor> => {
    const row = await dataSource.getRepository(User).findOneByOrFail({ email });
    return actorFor((await users.findAuthenticated(row.id))!);
  };
  const staff = await actorOf(STAFF);
  const focal = await actorOf('focal.kenya@demo.example.org');
  const idOf = async (email: string) =>
    String((await dataSource.getRepository(User).findOneByOrFail({ email })).id);
  const now = Date.now();
  const day = (offset: number) => dateIn(now + offset * DAY, 'UTC');
  for (const roadmap of ROADMAPS) {
    const state = await dataSource
      .getRepository(Organisation)
      .findOneByOrFail({ code: roadmap.code });
    if (await dataSource.getRepository(RoadmapStep).existsBy({ stateId: state.id })) {
      io.stdout.write(`Roadmap of ${state.name}: already there\n`);
      continue;
    }
    const ids: number[] = [];
    for (const step of roadmap.steps) {
      const created = await editing.create(staff, roadmap.code, {
        pillar: step.pillar,
        title: step.title,
        description: '',
        ownerId: step.owner ? await idOf(step.owner) : '',
        startOn: day(step.start),
        dueOn: day(step.start + step.days),
        status: step.focalSets ? 'not-started' : step.status,
        blockedReason: step.reason,
        weight: step.weight,
        dependsOn: (step.after ?? []).map((index) => String(ids[index])),
      });
      ids.push(created.id);
      if (step.focalSets)
        await editing.setStatus(focal, roadmap.code, created.id, { status: step.focalSets });
    }
    io.stdout.write(`Roadmap of ${state.name}: ${ids.length} steps\n`);
  }
}
