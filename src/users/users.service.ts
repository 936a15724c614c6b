import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { User } from './user.entity';

/** Loads accounts. Changes to them go through the services of the flows that make them. */
@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findByEmail(email: string): Promise<User | null> {
    return this.users.findOne({
      where: { email: email.trim().toLowerCase() },
      relations: { organisation: true },
    });
  }

  findById(id: number): Promise<User | null> {
    return this.users.findOne({ where: { id }, relations: { organisation: true } });
  }

  /** The signed-in view of an active account, or null when it is gone or deactivated. */
  async findAuthenticated(id: number): Promise<AuthenticatedUser | null> {
    const user = await this.findById(id);
    if (!user || !user.active) return null;
    return toAuthenticatedUser(user);
  }
}

export function toAuthenticatedUser(user: User): AuthenticatedUser {
  const organisation = user.organisation;
  const isState = organisation.kind === 'state';
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organisationId: organisation.id,
    organisationKind: organisation.kind,
    organisationCode: organisation.code,
    organisationName: organisation.name,
    stateId: isState ? organisation.id : null,
    iwgRegionId: isState ? organisation.iwgRegionId : null,
    assignedStateIds: [],
    twoFactorEnabled: user.totpSecret !== null && user.totpEnabledAt !== null,
    termsVersion: user.termsVersion,
    timeZone: user.timeZone,
  };
}
