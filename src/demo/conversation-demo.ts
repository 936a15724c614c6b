import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../common/actor/actor';
import type { CliIo } from '../cli/cli-command';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationsService } from '../conversations/conversations.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

/** Who writes, by the demo person's e-mail. */
const STAFF = 'staff@demo.example.org';
const FOCAL = 'focal.kenya@demo.example.org';
const KENYA = 'official.kenya@demo.example.org';
const UGANDA = 'official.uganda@demo.example.org';
const EXPERT = 'expert@demo.example.org';
const PARTNER = 'partner@demo.example.org';

interface DemoConversation {
  subject?: string;
  /** The first is the starter; the others are the recipients. */
  people: string[];
  messages: [string, string][];
}

const CONVERSATIONS: DemoConversation[] = [
  {
    subject: 'Dates for the assessment mission to Nairobi',
    people: [STAFF, FOCAL, KENYA],
    messages: [
      [
        STAFF,
        'Dear both, we would like to hold the **legislative and PIU assessment** in the week of 9 March. Would that suit the ministry?',
      ],
      [
        FOCAL,
        'Thank you, Tomás. The week of 9 March works. @official.kenya, could you check the availability of the border-management directorate?',
      ],
      [KENYA, 'The directorate is available on 10 and 11 March; the 12th is a national holiday.'],
      [
        STAFF,
        'Noted: interviews on 10–11 March, the debrief on 13 March. I will send the draft agenda by Friday.',
      ],
    ],
  },
  {
    people: [KENYA, UGANDA],
    messages: [
      [
        KENYA,
        'Grace, your daily data-quality report for carriers came up at the IWG meeting. Could you share the template you use?',
      ],
      [
        UGANDA,
        'Of course. It lists per flight: records received, records without document numbers, and late transmissions. I will post it in the library too.',
      ],
      [KENYA, 'Very helpful, thank you!'],
    ],
  },
  {
    subject: 'Mentoring plan for the Kenyan PIU',
    people: [EXPERT, STAFF, PARTNER],
    messages: [
      [
        EXPERT,
        'I have drafted a six-week mentoring plan: SOP walk-through, hit review exercises, then a 24/7 roster review. Comments welcome before I send it to the State.',
      ],
      [
        PARTNER,
        'From the CTED side: please add a session on the human-rights safeguards in resolution 2396.',
      ],
    ],
  },
];

/**
 * A few believable conversations among the demo people, written through the conversations'
 * own service (so the rule, the read marks and the notifications apply). Idempotent: a demo
 * whose people already have conversations is left alone.
 */
export async function seedDemoConversations(
  app: INestApplicationContext,
  io: CliIo,
): Promise<void> {
  const dataSource = app.get(DataSource);
  if ((await dataSource.getRepository(Conversation).count()) > 0) {
    io.stdout.write('Conversations: already there\n');
    return;
  }
  const users = app.get(UsersService);
  const actors = new Map<string, Actor>();
  const actorOf = async (email: string): Promise<Actor> => {
    const known = actors.get(email);
    if (known) return known;
    const row = await dataSource.getRepository(User).findOneByOrFail({ email });
    const actor = actorFor((await users.findAuthenticated(row.id))!);
    actors.set(email, actor);
    return actor;
  };
  const conversations = app.get(ConversationsService);
  for (const demo of CONVERSATIONS) {
    const [starter, ...recipients] = demo.people;
    const [[, first], ...replies] = demo.messages;
    const { conversation } = await conversations.start(await actorOf(starter), {
      recipients: recipients.join(', '),
      subject: demo.subject,
      body: first,
    });
    for (const [author, body] of replies)
      await conversations.reply(await actorOf(author), conversation.id, { body });
  }
  io.stdout.write(`Conversations: ${CONVERSATIONS.length} added\n`);
}
