import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../common/actor/actor';
import type { CliIo } from '../cli/cli-command';
import { ActionItemsService } from '../iwg/meetings/action-items.service';
import type { ActionStatus } from '../iwg/meetings/action-item.entity';
import { Meeting } from '../iwg/meetings/meeting.entity';
import { MeetingsService } from '../iwg/meetings/meetings.service';
import { dateIn } from '../iwg/meetings/zoned-time';
import { Iwg } from '../iwg/iwg.entity';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_REGION } from './demo-data';

const STAFF = 'staff@demo.example.org';
const ZONE = 'Africa/Nairobi';
const DAY = 86_400_000;

/** The past meeting's action items: who, what, due how many days from today, where it stands. */
const ACTIONS: { owner: string; title: string; dueInDays: number; status: ActionStatus }[] = [
  {
    owner: 'official.kenya@demo.example.org',
    title: 'Share the carrier onboarding checklist in the library',
    dueInDays: -25,
    status: 'done',
  },
  {
    owner: 'official.uganda@demo.example.org',
    title: 'Circulate the draft SOP for the PIU watch desk',
    dueInDays: -20,
    status: 'done',
  },
  {
    owner: 'focal.kenya@demo.example.org',
    title: 'Send the draft PNR regulation to the secretariat for comments',
    dueInDays: -5,
    status: 'open',
  },
  {
    owner: 'partner@demo.example.org',
    title: 'Share the analysis of PNR retention periods under resolution 2396',
    dueInDays: 10,
    status: 'in-progress',
  },
];

const PAST_MINUTES = `**Present:** Kenya, Uganda, Tanzania, Ethiopia, the secretariat, CTED (guest), one expert.

1. The chair welcomed the new members of the Ugandan PIU.
2. Kenya reported on connecting two national carriers (API live, PNRGOV in test).
3. The group agreed to compare data-retention periods in the draft PNR laws before the next meeting.
4. The expert presented the 24/7 roster model; States will adapt it to their PIUs.

Next meeting: online, in about two weeks.`;

/**
 * The demo IWG's meetings (seed:demo): a meeting held in person about six weeks ago, with its
 * agenda, minutes and action items (two done, one overdue, one in progress), and an online
 * meeting in twelve days; each with its forum thread. Written through the meetings' own
 * services by the demo secretariat. Left alone when the demo IWG has meetings already.
 */
export async function seedDemoMeetings(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  const region = await dataSource
    .getRepository(IwgRegion)
    .findOneByOrFail({ code: DEMO_REGION.code });
  const iwg = await dataSource.getRepository(Iwg).findOneByOrFail({ regionId: region.id });
  if (await dataSource.getRepository(Meeting).existsBy({ iwgId: iwg.id })) {
    io.stdout.write(`IWG meetings of "${iwg.name}": already there\n`);
    return;
  }
  const users = app.get(UsersService);
  const actorOf = async (email: string): Promise<Actor> => {
    const row = await dataSource.getRepository(User).findOneByOrFail({ email });
    return actorFor((await users.findAuthenticated(row.id))!);
  };
  const secretariat = await actorOf(STAFF);
  const meetings = app.get(MeetingsService);
  const actions = app.get(ActionItemsService);
  const now = Date.now();
  const day = (offset: number) => dateIn(now + offset * DAY, ZONE);

  const past = await meetings.schedule(secretariat, iwg.id, {
    title: 'Annual in-person meeting of the Eastern Africa IWG',
    startsAt: `${day(-40)}T09:00`,
    endsAt: `${day(-40)}T17:00`,
    timeZone: ZONE,
    mode: 'in-person',
    place: 'United Nations Office at Nairobi, Gigiri, Conference Room 4',
    agenda: [
      'Welcome and adoption of the agenda | Chair (Kenya) | 15',
      'Tour de table: progress on the roadmaps | Member States | 90',
      'Carrier engagement: API and PNRGOV connections | Kenya | 45',
      'PNR legislation and data-retention periods | CTED | 45',
      'PIU operations: the 24/7 roster | Pool of Experts | 30',
      'Any other business',
    ].join('\n'),
  });
  await meetings.recordMinutes(secretariat, iwg.id, past.id, PAST_MINUTES);
  for (const action of ACTIONS) {
    const owner = await dataSource.getRepository(User).findOneByOrFail({ email: action.owner });
    const { item } = await actions.add(secretariat, iwg.id, past.id, {
      title: action.title,
      ownerId: owner.id,
      dueOn: day(action.dueInDays),
    });
    if (action.status !== 'open')
      await actions.setStatus(secretariat, iwg.id, past.id, item.id, action.status);
  }

  await meetings.schedule(secretariat, iwg.id, {
    title: 'Quarterly online meeting: PNR legislation',
    startsAt: `${day(12)}T14:00`,
    endsAt: `${day(12)}T16:00`,
    timeZone: ZONE,
    mode: 'online',
    onlineUrl: 'https://meet.example.org/eastern-africa-iwg',
    agenda: [
      'Follow-up of the action items | Secretariat | 15',
      'Data-retention periods compared | CTED | 45',
      'Draft PNR regulation of Kenya | Kenya | 40',
      'Dates of the next meetings | Chair | 10',
    ].join('\n'),
  });
  io.stdout.write(
    `IWG meetings of "${iwg.name}": 2 meetings (one held, one ahead), ${ACTIONS.length} action items\n`,
  );
}
