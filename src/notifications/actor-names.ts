import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { User } from '../users/user.entity';

/** The names of the members who acted, for "Amina Diallo mentioned you" (one query). */
@Injectable()
export class ActorNames {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async of(ids: readonly (number | null)[]): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.users.find({
      select: { id: true, name: true },
      where: { id: In(wanted) },
    });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
