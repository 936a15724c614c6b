import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { translate } from '../common/i18n/translator';
import { ReferenceDataCache } from '../organisations/reference-data.cache';
import { User } from '../users/user.entity';

/** The signed-in person's start page: who they are, their State, and the modules for their role. */
@Injectable()
export class HomeService {
  constructor(
    private readonly referenceData: ReferenceDataCache,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async dashboard(user: AuthenticatedUser, previousLoginAt: number | undefined) {
    const [pillars, state, colleagues] = await Promise.all([
      this.referenceData.pillars(),
      user.stateId ? this.referenceData.organisation(user.stateId) : Promise.resolve(undefined),
      this.users.count({ where: { organisationId: user.organisationId, active: true } }),
    ]);
    return {
      pageTitle: translate(undefined, 'home.title'),
      greeting: translate(undefined, 'home.greeting', { name: user.name }),
      roleLabel: translate(undefined, `roles.${user.role}`),
      organisationName: user.organisationName,
      state: state ? { name: state.name, code: state.code, status: state.programmeStatus } : null,
      colleagues,
      lastLoginAt: previousLoginAt === undefined ? null : new Date(previousLoginAt),
      pillars: pillars.map((pillar) => ({ name: pillar.name, crossCutting: pillar.crossCutting })),
      twoFactorEnabled: user.twoFactorEnabled,
    };
  }
}
