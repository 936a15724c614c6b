import type { DataSource } from 'typeorm';
import { actorFor } from '../../src/common/actor/actor';
import { ForumCategory } from '../../src/iwg/forum/forum-category.entity';
import { ForumPostingService } from '../../src/iwg/forum/forum-posting.service';
import { UsersService } from '../../src/users/users.service';
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
 * An IWG with a thread (its opening post edited once, a reply) written by an admin, and the
 * forum's pages to visit: the browser suites check them for layout and accessibility.
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
