import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { IwgParticipant } from '../iwg/iwg-participant.entity';
import { Iwg } from '../iwg/iwg.entity';
import { User } from '../users/user.entity';
import { toAuthenticatedUser, UsersService } from '../users/users.service';
import { mayConverse, type ConversationPerson } from './conversation-rule';

/** A person the completion offers: whom the actor may talk with. */
export interface PersonChoice {
  readonly id: number;
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
}

/** How many people the completion proposes, and how many candidates it weighs for them. */
const CHOICES = 8;
const CANDIDATES = 60;

/**
 * Members as the conversation rule reads them, loaded in two queries for any number (the users
 * with their organisations, then the IWG regions the partners and experts among them are guests
 * of), and the completion that proposes only people the actor may talk with.
 */
@Injectable()
export class ConversationPeople {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: VisibilityPolicy,
    private readonly users: UsersService,
  ) {}

  /**
   * The people as their own sessions see them (UsersService builds every signed-in view, with
   * whatever other modules add to it, such as an expert's assigned States): what the rule
   * decides with when a conversation starts or someone is added. The batch loaders below serve
   * pages and suggestions.
   */
  async asSignedIn(people: readonly ConversationPerson[]): Promise<ConversationPerson[]> {
    const result: ConversationPerson[] = [];
    for (const person of people) {
      const user = person.active ? await this.users.findAuthenticated(person.id) : null;
      result.push(user ? { ...user, active: true } : { ...person, active: false });
    }
    return result;
  }

  /** The signed-in actor as the rule reads them (a signed-in account is active). */
  self(user: AuthenticatedUser): ConversationPerson {
    return { ...user, active: true };
  }

  async byIds(ids: readonly number[]): Promise<Map<number, ConversationPerson>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .find({ where: { id: In(wanted) }, relations: { organisation: true } });
    return this.persons(users);
  }

  /** The people with these e-mail addresses (case-insensitive), by lower-cased address. */
  async byEmails(emails: readonly string[]): Promise<Map<string, ConversationPerson>> {
    const wanted = [...new Set(emails.map((email) => email.trim().toLowerCase()))];
    if (wanted.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .find({ where: { email: In(wanted) }, relations: { organisation: true } });
    const persons = await this.persons(users);
    return new Map([...persons.values()].map((person) => [person.email.toLowerCase(), person]));
  }

  /**
   * Up to 8 people whose name or e-mail address starts with `prefix` and whom `actor` may talk
   * with (the rule, both directions), leaving out `excluded` (already in the conversation).
   */
  async complete(
    actor: AuthenticatedUser,
    prefix: string,
    excluded: readonly number[] = [],
  ): Promise<PersonChoice[]> {
    const text = prefix.trim().toLowerCase().slice(0, 60);
    if (text.length === 0) return [];
    const like = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.organisation', 'o')
      .where('u.active = :active', { active: true })
      .andWhere("u.role <> 'piu-analyst'")
      .andWhere('u.id NOT IN (:...excluded)', { excluded: [actor.id, ...excluded] })
      .andWhere('(LOWER(u.name) LIKE :like OR u.email LIKE :like OR LOWER(u.name) LIKE :word)', {
        like,
        word: `% ${like}`,
      })
      .orderBy('u.name')
      .limit(CANDIDATES)
      .getMany();
    const me = this.self(actor);
    const persons = await this.persons(users);
    return [...persons.values()]
      .filter((person) => mayConverse(this.policy, me, person))
      .slice(0, CHOICES)
      .map((person) => ({
        id: person.id,
        name: person.name,
        email: person.email,
        organisation: person.organisationName,
      }));
  }

  private async persons(users: User[]): Promise<Map<number, ConversationPerson>> {
    const guests = users
      .filter((user) => user.role === 'partner' || user.role === 'expert')
      .map((user) => user.id);
    const regions = new Map<number, number[]>();
    if (guests.length > 0) {
      const rows = await this.dataSource
        .getRepository(IwgParticipant)
        .createQueryBuilder('g')
        .innerJoin(Iwg, 'i', 'i.id = g.iwgId')
        .select('g.userId', 'userId')
        .addSelect('i.regionId', 'regionId')
        .where('g.kind = :kind', { kind: 'guest' })
        .andWhere('g.userId IN (:...guests)', { guests })
        .getRawMany<{ userId: number | string; regionId: number | string }>();
      for (const row of rows) {
        const list = regions.get(Number(row.userId)) ?? [];
        list.push(Number(row.regionId));
        regions.set(Number(row.userId), list);
      }
    }
    return new Map(
      users.map((user) => [
        user.id,
        {
          ...toAuthenticatedUser(user),
          guestRegionIds: [...new Set(regions.get(user.id) ?? [])],
          active: user.active,
        },
      ]),
    );
  }
}
