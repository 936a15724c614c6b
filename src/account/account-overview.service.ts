import { userOf, type Actor } from '../common/actor/actor';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { TypeormSessionStore } from '../auth/sessions/typeorm-session.store';
import { TWO_FACTOR_REQUIRED } from '../common/identity/role';
import { User } from '../users/user.entity';
import { languageName, storedLanguages } from './languages';

/** `/account`: who the person is on the platform, and where to change each part of it. */
@Injectable()
export class AccountOverviewService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sessions: TypeormSessionStore,
  ) {}

  async pageModel(actor: Actor) {
    const user = userOf(actor);
    const [account, sessions] = await Promise.all([
      this.users.findOneOrFail({
        where: { id: user.id },
        select: { id: true, languages: true, timeZone: true },
      }),
      this.sessions.listForUser(user.id),
    ]);
    return {
      name: user.name,
      email: user.email,
      role: user.role,
      organisationName: user.organisationName,
      languages: storedLanguages(account.languages).map(
        (code) => languageName(code, actor.locale) ?? code,
      ),
      timeZone: account.timeZone,
      twoFactorEnabled: user.twoFactorEnabled,
      twoFactorRequired: TWO_FACTOR_REQUIRED.has(user.role),
      sessionCount: sessions.length,
    };
  }
}
