import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccountFactory } from '../users/account-factory';
import { SignInService } from '../auth/login/sign-in.service';
import { PasswordHasher } from '../auth/passwords/password-hasher';
import { sharedPasswordPolicy } from '../auth/passwords/acceptable-password.decorator';
import { PasswordPolicy } from '../auth/passwords/password-policy';
import { TypeormSessionStore } from '../auth/sessions/typeorm-session.store';
import { OneTimeTokensService } from '../auth/tokens/one-time-tokens.service';
import { TwoFactorService } from '../auth/two-factor/two-factor.service';
import { SessionLifetime } from '../common/auth/session-lifetime';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { ENTITIES } from '../database/entities';
import { MailService } from '../mail/mail.service';
import { UsersService } from '../users/users.service';

const SHARED = [
  AccountFactory,
  AuditService,
  MailService,
  OneTimeTokensService,
  SessionLifetime,
  SignInService,
  TwoFactorService,
  UsersService,
];

/**
 * The services every feature module uses: repositories, the audit log, mail, one-time links,
 * password hashing and policy, two-factor, the session store. Global so feature modules import
 * only what is theirs.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  providers: [
    ...SHARED,
    { provide: PasswordHasher, useValue: new PasswordHasher() },
    { provide: PasswordPolicy, useFactory: sharedPasswordPolicy },
    {
      provide: TypeormSessionStore,
      useFactory: (dataSource: DataSource, config: AppConfig) =>
        new TypeormSessionStore(dataSource, config.session.idleTimeoutMinutes * 60_000),
      inject: [DataSource, APP_CONFIG],
    },
  ],
  exports: [TypeOrmModule, ...SHARED, PasswordHasher, PasswordPolicy, TypeormSessionStore],
})
export class CoreModule {}
