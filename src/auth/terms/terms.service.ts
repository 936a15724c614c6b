import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { actorOf } from '../../common/actor/actor-of';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { translate } from '../../common/i18n/translator';
import { User } from '../../users/user.entity';
import { CURRENT_TERMS_VERSION } from './terms-version';

@Injectable()
export class TermsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
  ) {}

  pageModel(user: AuthenticatedUser) {
    return {
      pageTitle: translate(undefined, 'terms.title'),
      version: CURRENT_TERMS_VERSION,
      previouslyAccepted: user.termsVersion,
      mustAccept: user.termsVersion !== CURRENT_TERMS_VERSION,
    };
  }

  async accept(user: AuthenticatedUser, request: Request): Promise<void> {
    await this.users.update(user.id, {
      termsVersion: CURRENT_TERMS_VERSION,
      termsAcceptedAt: new Date(),
    });
    await this.audit.record(actorOf(request), {
      action: 'terms.accepted',
      targetType: 'user',
      targetId: user.id,
      details: { version: CURRENT_TERMS_VERSION },
    });
  }
}
