import type { DataSource } from 'typeorm';
import { actorFor } from '../../src/common/actor/actor';
import { ForumCategory } from '../../src/iwg/forum/forum-category.entity';
import { ForumPostingService } from '../../src/iwg/forum/forum-posting.service';
import { UsersService } from '../../src/users/users.service';
import { ActionItemsService } from '../../src/iwg/meetings/action-items.service';
import { MeetingsService } from '../../src/iwg/meetings/meetings.service';
import { createUser } from './factories';
import { IwgSeeder } from '../../src/iwg/iwg-seeder';
import type { Iwg } from '../../src/iwg/iwg.entity';
import { IwgRegion } from '../../src/organisations/iwg-region.entity';
import { Organisation } from '../../src/organisations/organisation.entity';
import type { TestApp } from './test-app';

/**
 * An IWG region of the given States and its IWG, made the way the portal makes them: the
 * region first (as the demo seed or an admin would), then the seeder's IWG with its categories.
 */
export async function createIwg(t: TestApp, code: string, states: string[]): Promise<Iwg> {
  const dataSource: DataSource = t.dataSource;
  const regions = dataSource.getRepository(IwgRegion);
  const region = await regions.save(regions.create({ code, name: `${code} region` }));
  for (const state of states)
    await dataSource
      .getRepository(Organisation)
      .update({ code: state }, { iwgRegionId: region.id });
  const created = await t.app.get(IwgSeeder).ensureForRegions();
  const iwg = created.find((one) => one.regionId === region.id);
  if (!iwg) throw new Error(`no IWG was seeded for ${code}`);
  return iwg;
}

/**
 * An IWG with a thread (its opening post edited once, a reply) and a meeting (agenda, minutes,
 * an action item) written by an admin, and the forum's and meetings' pages to visit: the browser suites check them for layout and accessibility.
 */
export async function forumPages(
  t: TestApp,
  adminId: number,
  thread: { title: string; body: string } = {
    title: 'Carrier connectivity',
    body: 'First **post**',
  },
): Promise<string[]> {
  const iwg = await createIwg(t, 'EAF', ['KEN']);
  const general = await t.dataSource
    .getRepository(ForumCategory)
    .findOneByOrFail({ iwgId: iwg.id, kind: 'general' });
  const actor = actorFor((await t.app.get(UsersService).findAuthenticated(adminId))!);
  const posting = t.app.get(ForumPostingService);
  const posted = await posting.createThread(actor, iwg.id, { categoryId: general.id, ...thread });
  await posting.edit(actor, iwg.id, posted.post.id, { body: 'Edited', revision: 1 });
  await posting.reply(actor, iwg.id, posted.thread.id, { body: 'A reply' });
  // A meeting with its agenda, minutes and an action item, for the meeting pages.
  const meetings = t.app.get(MeetingsService);
  const meeting = await meetings.schedule(actor, iwg.id, {
    title: 'Quarterly meeting on carrier connectivity and PNR legislation',
    startsAt: '2030-03-05T14:00',
    endsAt: '2030-03-05T16:00',
    timeZone: 'Africa/Nairobi',
    mode: 'online',
    onlineUrl: 'https://meet.example.org/q1',
    agenda: 'Welcome | Chair | 10\nCarrier engagement | Kenya | 45\nAny other business',
  });
  await meetings.recordMinutes(actor, iwg.id, meeting.id, 'Agreed: **share the checklist**.');
  const owner = await createUser(t.dataSource, { role: 'official', org: 'KEN' });
  await t.app.get(ActionItemsService).add(actor, iwg.id, meeting.id, {
    title: 'Share the carrier onboarding checklist',
    ownerId: owner.id,
    dueOn: '2030-03-20',
  });
  return [
    '/iwg',
    `/iwg/${iwg.id}`,
    `/iwg/${iwg.id}/manage`,
    `/iwg/${iwg.id}/categories/${general.id}`,
    `/iwg/${iwg.id}/threads/new`,
    `/iwg/${iwg.id}/threads/${posted.thread.id}?page=1`,
    `/iwg/${iwg.id}/posts/${posted.post.id}/edit`,
    `/iwg/${iwg.id}/posts/${posted.post.id}/history`,
    `/iwg/${iwg.id}/posts/${posted.post.id}/hide`,
    `/iwg/${iwg.id}/meetings`,
    `/iwg/${iwg.id}/meetings/new`,
    `/iwg/${iwg.id}/meetings/${meeting.id}`,
    `/iwg/${iwg.id}/meetings/${meeting.id}/edit`,
  ];
}

/** The pages an admin reaches, for the browser suites (with `forumPages`). */
export function adminPages(adminId: number): string[] {
  return [
    '/',
    '/account',
    '/account/profile',
    '/account/password',
    '/account/sessions',
    '/account/two-factor',
    '/account/notifications',
    '/invitations',
    '/invitations/new',
    '/admin/users',
    `/admin/users/${adminId}`,
    '/admin/member-states',
    '/admin/member-states/KEN',
    '/admin/audit',
    '/states',
    '/states/KEN',
    '/library',
    '/library/new',
    '/library/review',
    '/notifications',
    '/search?q=carrier',
    '/terms',
    '/no-such-page',
  ];
}
