import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { User } from '../../users/user.entity';
import { CURRENT_TERMS_VERSION } from './terms-version';

@Injectable()
export class TermsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
  ) {}

  /** The terms in force, and whether this person has still to accept them. */
  status(user: AuthenticatedUser) {
    return {
      version: CURRENT_TERMS_VERSION,
      previouslyAccepted: user.termsVersion,
      mustAccept: user.termsVersion !== CURRENT_TERMS_VERSION,
    };
  }

  async accept(actor: Actor): Promise<void> {
    const user = userOf(actor);
    await this.users.update(user.id, {
      termsVersion: CURRENT_TERMS_VERSION,
      termsAcceptedAt: new Date(),
    });
    await this.audit.record(actor, {
      action: 'terms.accepted',
      targetType: 'user',
      targetId: user.id,
      details: { version: CURRENT_TERMS_VERSION },
    });
  }
}
