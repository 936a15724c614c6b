import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource } from 'typeorm';
import { User } from '../../users/user.entity';

/** Who may own a step: the State's own people, programme staff or an expert of the pool. */
export type OwnerGroup = 'state' | 'staff' | 'expert';

export interface OwnerCandidate {
  readonly id: number;
  readonly name: string;
  readonly group: OwnerGroup;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The people a step of a State may be given to: active members of that State (PIU analysts
 * aside: their accounts are for screening), programme staff and experts. Or nobody: the step is
 * then the State's as a whole.
 */
@Injectable()
export class StepOwners {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async candidates(stateId: number): Promise<OwnerCandidate[]> {
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .select(['user.id', 'user.name', 'user.role', 'user.organisationId'])
      .where('user.active = :active', { active: true })
      .andWhere(
        new Brackets((qb) => {
          qb.where('(user.organisationId = :stateId AND user.role <> :analyst)', {
            stateId,
            analyst: 'piu-analyst',
          }).orWhere('user.role IN (:...roles)', { roles: ['staff', 'expert'] });
        }),
      )
      .getMany();
    return users
      .map((user): OwnerCandidate => ({
        id: user.id,
        name: user.name,
        group: user.organisationId === stateId ? 'state' : (user.role as OwnerGroup),
      }))
      .sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
  }

  /** The candidate with this id, or undefined when nobody of that id may own the State's steps. */
  async find(stateId: number, userId: number): Promise<OwnerCandidate | undefined> {
    return (await this.candidates(stateId)).find((candidate) => candidate.id === userId);
  }

  /** The names of owners, for lists (gone accounts are simply absent). */
  async names(ids: readonly number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .select(['user.id', 'user.name'])
      .where('user.id IN (:...ids)', { ids: unique })
      .getMany();
    return new Map(users.map((user) => [user.id, user.name]));
  }
}
