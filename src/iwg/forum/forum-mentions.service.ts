import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { mentionedHandles } from '../../common/markdown/markdown-renderer';
import type { VisibilityScope } from '../../common/visibility/visibility-level';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';
import type { Iwg } from '../iwg.entity';
import { IwgParticipant } from '../iwg-participant.entity';
import { ForumWatchService } from './forum-watch.service';

/** A member's handle: the local part of their e-mail address (`@amina.kamau`). */
export function handleOf(email: string): string {
  return email.slice(0, email.indexOf('@')).toLowerCase();
}

/** The mentions of a text, resolved: whom to notify, and whom the author must be told about. */
export interface ResolvedMentions {
  /** handle → name, for the renderer (members who may see the thread only). */
  readonly names: Map<string, string>;
  readonly notifiedUserIds: number[];
  /** People mentioned who may not see the thread: not notified, and the author is told. */
  readonly unreachable: string[];
}

/**
 * @mentions: completion over an IWG's members, and resolving the handles of a post when it is
 * saved (with or without the script). A handle is the local part of an e-mail address, or the
 * whole address when two people share a local part.
 */
@Injectable()
export class ForumMentionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly watches: ForumWatchService,
  ) {}

  /** Up to 8 members of the IWG whose name or handle starts with `prefix` (the script's list). */
  async complete(iwg: Iwg, prefix: string): Promise<{ handle: string; name: string }[]> {
    const text = prefix.trim().toLowerCase().replace(/^@/, '').slice(0, 60);
    if (text.length === 0) return [];
    const like = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .leftJoin(Organisation, 'o', 'o.id = u.organisationId')
      .leftJoin(IwgParticipant, 'p', 'p.userId = u.id AND p.iwgId = :iwgId', { iwgId: iwg.id })
      .where('u.active = :active', { active: true })
      .andWhere(
        "((u.role IN ('official', 'focal-point') AND o.iwgRegionId = :regionId) OR p.id IS NOT NULL)",
        { regionId: iwg.regionId },
      )
      .andWhere('(LOWER(u.name) LIKE :like OR u.email LIKE :like)', { like })
      .orderBy('u.name')
      .limit(8)
      .getMany();
    return users.map((user) => ({ handle: handleOf(user.email), name: user.name }));
  }

  /** The handles of `markdown`, resolved to active people and checked against the thread. */
  async resolve(markdown: string, scope: VisibilityScope): Promise<ResolvedMentions> {
    const handles = mentionedHandles(markdown).slice(0, 50);
    const names = new Map<string, string>();
    const notified: number[] = [];
    const unreachable: string[] = [];
    if (handles.length === 0) return { names, notifiedUserIds: notified, unreachable };
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.name'])
      .where('u.active = :active', { active: true })
      .andWhere(
        '(' + handles.map((_, i) => `u.email LIKE :h${i}`).join(' OR ') + ')',
        Object.fromEntries(
          handles.map((handle, i) => [
            `h${i}`,
            handle.includes('@') ? handle : `${handle.replace(/[\\%_]/g, (c) => `\\${c}`)}@%`,
          ]),
        ),
      )
      .getMany();
    const matches = new Map<string, User[]>();
    for (const user of users) {
      for (const key of [handleOf(user.email), user.email.toLowerCase()]) {
        if (!handles.includes(key)) continue;
        matches.set(key, [...(matches.get(key) ?? []), user]);
      }
    }
    const candidates = [...matches].filter(([, list]) => list.length === 1);
    const mayRead = await this.watches.whoMaySee(
      candidates.map(([, [user]]) => user.id),
      scope,
    );
    for (const [handle, [user]] of candidates) {
      if (mayRead.has(user.id)) {
        names.set(handle, user.name);
        if (!notified.includes(user.id)) notified.push(user.id);
      } else if (!unreachable.includes(user.name)) {
        unreachable.push(user.name);
      }
    }
    return { names, notifiedUserIds: notified, unreachable };
  }
}
