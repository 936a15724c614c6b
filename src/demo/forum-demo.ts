import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../common/actor/actor';
import type { CliIo } from '../cli/cli-command';
import { ForumCategory } from '../iwg/forum/forum-category.entity';
import { ForumModerationService } from '../iwg/forum/forum-moderation.service';
import { ForumPostingService } from '../iwg/forum/forum-posting.service';
import type { Reaction } from '../iwg/forum/forum-reaction.entity';
import { ForumReadService } from '../iwg/forum/forum-read.service';
import { ForumThread } from '../iwg/forum/forum-thread.entity';
import { IwgSeeder } from '../iwg/iwg-seeder';
import { Iwg } from '../iwg/iwg.entity';
import { IwgsService } from '../iwg/iwgs.service';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_REGION } from './demo-data';

/** Who writes, by the demo person's e-mail. */
const STAFF = 'staff@demo.example.org';
const KENYA = 'official.kenya@demo.example.org';
const FOCAL = 'focal.kenya@demo.example.org';
const UGANDA = 'official.uganda@demo.example.org';
const PARTNER = 'partner@demo.example.org';
const EXPERT = 'expert@demo.example.org';

interface DemoThread {
  category: string;
  title: string;
  language: string;
  posts: [string, string][];
  pinned?: boolean;
  locked?: boolean;
}

/** The long thread: more posts than one page (20), so paging and "first unread" show. */
function longThread(): DemoThread {
  const voices: [string, string][] = [
    [
      KENYA,
      'Our PIU goes live with API data from three carriers next month. What did others learn from the first weeks of operation?',
    ],
    [
      UGANDA,
      'Expect a lot of incomplete records at first: we saw about 8 % without document numbers.',
    ],
    [
      FOCAL,
      'We kept a daily data-quality report for the carriers; it helped more than any letter.',
    ],
    [STAFF, 'The programme can share the data-quality template used in two other regions.'],
    [EXPERT, 'Also plan the 24/7 roster before go-live: the first hits arrive at night.'],
  ];
  const posts: [string, string][] = [];
  for (let i = 0; i < 24; i++) {
    const [author, text] = voices[i % voices.length];
    posts.push([
      author,
      i < voices.length ? text : `${text} (week ${Math.floor(i / voices.length) + 1} update)`,
    ]);
  }
  return {
    category: 'piu',
    title: 'First weeks of PIU operation: lessons learned',
    language: 'en',
    posts,
  };
}

const THREADS: DemoThread[] = [
  {
    category: 'general',
    title: 'Welcome to the Eastern Africa IWG forum',
    language: 'en',
    pinned: true,
    posts: [
      [
        STAFF,
        'Welcome! This forum is for the States of the region, the secretariat and invited guests. Please introduce yourselves and **read the terms of reference** of the group.',
      ],
      [KENYA, 'Thank you. Kenya is represented by the PIU and the Directorate of Immigration.'],
      [UGANDA, 'Greetings from Kampala. Looking forward to the next quarterly meeting.'],
    ],
  },
  {
    category: 'legislative',
    title: 'Draft PNR regulation: data retention periods',
    language: 'en',
    posts: [
      [
        FOCAL,
        'Our draft keeps PNR data for five years, depersonalised after six months. How did others justify the period before parliament?',
      ],
      [
        PARTNER,
        'CTED can share the analysis of retention periods under resolution 2396. Note the human-rights safeguards section.',
      ],
      [
        UGANDA,
        '> depersonalised after six months\n\nWe chose the same, with access to full data only with a judicial authorisation.',
      ],
    ],
  },
  {
    category: 'carrier-engagement',
    title: 'Connexion des transporteurs : calendrier PNRGOV',
    language: 'fr',
    posts: [
      [
        STAFF,
        'Bonjour à tous. Quels transporteurs envoient déjà des messages **PNRGOV** dans la région ?',
      ],
      [
        KENYA,
        'Deux compagnies nationales sont connectées ; les autres attendent la certification.',
      ],
      [
        EXPERT,
        'Prévoyez un environnement de test pour chaque transporteur : cela évite des semaines de retard.',
      ],
    ],
  },
  {
    category: 'technology',
    title: 'تبادل الخبرات حول أنظمة معالجة بيانات الركاب',
    language: 'ar',
    posts: [
      [EXPERT, 'ما هي الأنظمة المستخدمة حالياً لمعالجة بيانات API وPNR في المنطقة؟'],
      [UGANDA, 'نستخدم نظام goTravel وقد بدأنا التشغيل التجريبي هذا العام.'],
    ],
  },
  {
    category: 'maritime',
    title: 'Datos de pasajeros y tripulación en el ámbito marítimo',
    language: 'es',
    posts: [
      [
        PARTNER,
        '¿Algún Estado recoge ya listas de pasajeros de buques de crucero o transbordadores?',
      ],
      [FOCAL, 'Todavía no; el puerto de Mombasa está estudiando el formato de los datos.'],
    ],
  },
  {
    category: 'piu',
    title: 'Обучение аналитиков ПИУ: опыт и материалы',
    language: 'ru',
    posts: [
      [
        EXPERT,
        'Делюсь программой двухнедельного курса для аналитиков подразделения по информации о пассажирах.',
      ],
      [KENYA, 'Спасибо! Мы включим модуль о защите данных в наш план обучения.'],
    ],
  },
  {
    category: 'general',
    title: '区域会议的口译安排',
    language: 'zh',
    posts: [
      [STAFF, '下一次面对面会议将提供英语和法语同声传译。如需其他语言，请告知秘书处。'],
      [UGANDA, '谢谢，英语即可。'],
    ],
  },
  {
    category: 'legislative',
    title: 'Data protection authority: who oversees the PIU?',
    language: 'en',
    posts: [
      [UGANDA, 'Which body oversees your PIU under the data-protection law?'],
      [FOCAL, 'In Kenya the Office of the Data Protection Commissioner, with an annual audit.'],
      [PARTNER, 'A short overview of oversight models is in the library (UNODC, 2025).'],
    ],
  },
  {
    category: 'technology',
    title: 'Watchlist formats: UN consolidated list import',
    language: 'en',
    posts: [
      [KENYA, 'Is anyone importing the UN Security Council Consolidated List automatically?'],
      [
        EXPERT,
        'Yes: the XML is published daily. Check the aliases with low quality flags carefully.',
      ],
    ],
  },
  {
    category: 'general',
    title: 'Q3 meeting: agreed actions (closed for comments)',
    language: 'en',
    locked: true,
    posts: [
      [
        STAFF,
        '1. Kenya shares the carrier onboarding checklist.\n2. Uganda circulates the draft SOP.\n3. The secretariat schedules the Q4 online meeting.',
      ],
      [KENYA, 'Checklist shared in the library.'],
    ],
  },
  {
    category: 'carrier-engagement',
    title: 'Letters to carriers: a model text',
    language: 'en',
    posts: [
      [FOCAL, 'Here is the model letter we send to carriers before connection. Comments welcome.'],
      [
        STAFF,
        'Very useful, thank you @wanjiru. Could you add the contact point for test messages?',
      ],
    ],
  },
  longThread(),
];

const REACTIONS: [string, Reaction][] = [
  [KENYA, 'like'],
  [UGANDA, 'thanks'],
  [FOCAL, 'agree'],
  [STAFF, 'like'],
];

/**
 * The demo IWG's forum (seed:demo): its governance (chair, a co-chair, the secretariat, a partner
 * and an expert as guests), a dozen threads in the six UN languages with one longer than a page,
 * a pinned and a locked thread, reactions, and read state for the Kenyan official (some threads
 * read, the newest not). Written through the forum's own services, as the members would. Left
 * alone when the demo IWG has threads already.
 */
export async function seedDemoForum(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  await app.get(IwgSeeder).ensureForRegions();
  const region = await dataSource
    .getRepository(IwgRegion)
    .findOneByOrFail({ code: DEMO_REGION.code });
  const iwg = await dataSource.getRepository(Iwg).findOneByOrFail({ regionId: region.id });
  if (await dataSource.getRepository(ForumThread).existsBy({ iwgId: iwg.id })) {
    io.stdout.write(`IWG forum "${iwg.name}": already has threads\n`);
    return;
  }
  const users = app.get(UsersService);
  const actors = new Map<string, Actor>();
  for (const email of [STAFF, KENYA, FOCAL, UGANDA, PARTNER, EXPERT]) {
    const row = await dataSource.getRepository(User).findOneByOrFail({ email });
    actors.set(email, actorFor((await users.findAuthenticated(row.id))!));
  }
  const actor = (email: string) => actors.get(email)!;
  const iwgs = app.get(IwgsService);
  await iwgs.setPosition(actor(STAFF), iwg.id, 'chair', 'KEN');
  await iwgs.setPosition(actor(STAFF), iwg.id, 'co-chair:piu', 'UGA');
  await iwgs.addParticipant(actor(STAFF), iwg.id, 'secretariat', STAFF);
  await iwgs.addParticipant(actor(STAFF), iwg.id, 'guest', PARTNER);
  await iwgs.addParticipant(actor(STAFF), iwg.id, 'guest', EXPERT);
  // The guests' signed-in copies changed (their version went up): act for them as they are now.
  for (const email of [PARTNER, EXPERT]) {
    const row = await dataSource.getRepository(User).findOneByOrFail({ email });
    actors.set(email, actorFor((await users.findAuthenticated(row.id))!));
  }

  const categories = await dataSource.getRepository(ForumCategory).findBy({ iwgId: iwg.id });
  const categoryOf = (code: string) =>
    categories.find((c) => (code === 'general' ? c.kind === 'general' : c.pillarCode === code))!;
  const posting = app.get(ForumPostingService);
  const moderation = app.get(ForumModerationService);
  const reads = app.get(ForumReadService);
  const kenyan = actor(KENYA).user!;
  let posts = 0;
  for (const [index, demo] of THREADS.entries()) {
    const [[author, body], ...replies] = demo.posts;
    const started = await posting.createThread(actor(author), iwg.id, {
      categoryId: categoryOf(demo.category).id,
      title: demo.title,
      body,
      language: demo.language,
    });
    posts += 1;
    for (const [replier, text] of replies) {
      await posting.reply(actor(replier), iwg.id, started.thread.id, {
        body: text,
        language: demo.language,
      });
      posts += 1;
    }
    for (const [who, kind] of REACTIONS.slice(0, 1 + (index % REACTIONS.length)))
      if (who !== author) await posting.toggleReaction(actor(who), iwg.id, started.post.id, kind);
    if (demo.pinned) await moderation.setPinned(actor(STAFF), iwg.id, started.thread.id, true);
    if (demo.locked) await moderation.setLocked(actor(STAFF), iwg.id, started.thread.id, true);
    // The Kenyan official has read the first half of the threads up to their first post only.
    if (index < THREADS.length / 2)
      await reads.markRead(kenyan.id, started.thread.id, started.post.id);
  }
  io.stdout.write(`IWG forum "${iwg.name}": ${THREADS.length} threads, ${posts} posts\n`);
}
