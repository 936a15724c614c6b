import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { mentionedHandles } from '../common/markdown/markdown-renderer';
import { handleOf } from '../iwg/forum/forum-mentions.service';
import { User } from '../users/user.entity';

/** A participant as mentions read them. */
export interface MentionablePerson {
  readonly id: number;
  readonly email: string;
  readonly name: string;
}

/** The mentions of a message, resolved against the conversation's participants. */
export interface ResolvedMentions {
  /** handle → name, for the renderer (participants only). */
  readonly names: Map<string, string>;
  readonly notifiedUserIds: number[];
  /** People mentioned who are not in the conversation: not notified, and the author is told. */
  readonly unreachable: string[];
}

/**
 * Which participants a handle names: the local part of their address (`@amina.kamau`), or the
 * whole address. A local part two participants share names neither (write the address).
 */
export function matchParticipants(
  handles: readonly string[],
  participants: readonly MentionablePerson[],
): { matched: Map<string, MentionablePerson>; unmatched: string[] } {
  const matched = new Map<string, MentionablePerson>();
  const unmatched: string[] = [];
  for (const handle of handles) {
    const found = participants.filter(
      (person) =>
        person.email.toLowerCase() === handle ||
        (!handle.includes('@') && handleOf(person.email) === handle),
    );
    if (found.length === 1) matched.set(handle, found[0]);
    else if (found.length === 0) unmatched.push(handle);
  }
  return { matched, unmatched };
}

/**
 * @mentions in a conversation, the forum's way (same handles, same renderer): a participant
 * mentioned is shown by name and notified; a member who is not a participant is neither (the
 * conversation is private) and the author is told; a handle that names nobody stays text.
 */
@Injectable()
export class ConversationMentions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(
    markdown: string,
    authorId: number,
    participants: readonly MentionablePerson[],
  ): Promise<ResolvedMentions> {
    const handles = mentionedHandles(markdown).slice(0, 50);
    const names = new Map<string, string>();
    const notified: number[] = [];
    if (handles.length === 0) return { names, notifiedUserIds: notified, unreachable: [] };
    const { matched, unmatched } = matchParticipants(handles, participants);
    for (const [handle, person] of matched) {
      names.set(handle, person.name);
      if (person.id !== authorId && !notified.includes(person.id)) notified.push(person.id);
    }
    return { names, notifiedUserIds: notified, unreachable: await this.namesOf(unmatched) };
  }

  /** The names of the active members these handles name, each handle naming one person. */
  private async namesOf(handles: readonly string[]): Promise<string[]> {
    if (handles.length === 0) return [];
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
    const { matched } = matchParticipants(handles, users);
    return [...new Set([...matched.values()].map((user) => user.name))];
  }
}
