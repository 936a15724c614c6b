import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SessionLifetime } from './sessions/session-lifetime';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { LocalStrategy } from './login/local.strategy';
import { LoginController } from './login/login.controller';
import { LoginService } from './login/login.service';
import { SignInService } from './login/sign-in.service';
import { PasswordResetController } from './password-reset/password-reset.controller';
import { PasswordResetService } from './password-reset/password-reset.service';
import { PasswordsModule } from './passwords/passwords.module';
import { Session } from './sessions/session.entity';
import { SessionUserLookup } from './sessions/session-user-lookup';
import { TypeormSessionStore } from './sessions/typeorm-session.store';
import { SignedInUserLookup } from '../common/auth/signed-in-user-lookup';
import { FirstAdminService } from './setup/first-admin.service';
import { SetupController } from './setup/setup.controller';
import { SetupService } from './setup/setup.service';
import { AccountRecoveryService } from './recovery/account-recovery.service';
import { TermsController } from './terms/terms.controller';
import { TermsService } from './terms/terms.service';
import { OneTimeToken } from './tokens/one-time-token.entity';
import { OneTimeTokensService } from './tokens/one-time-tokens.service';
import { TwoFactorService } from './two-factor/two-factor.service';

/**
 * Signing in and staying signed in: the login with its second factor and lockout, sessions and
 * their store, the terms, one-time links (password reset, first-admin set-up, and the tokens
 * invitations use), two-factor enrolment. Other modules use what it exports.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Session, OneTimeToken]),
    PassportModule,
    PasswordsModule,
    UsersModule,
    OrganisationsModule,
  ],
  controllers: [LoginController, TermsController, PasswordResetController, SetupController],
  providers: [
    AccountRecoveryService,
    FirstAdminService,
    LocalStrategy,
    LoginService,
    OneTimeTokensService,
    PasswordResetService,
    SessionLifetime,
    SetupService,
    SignInService,
    TermsService,
    TwoFactorService,
    { provide: SignedInUserLookup, useClass: SessionUserLookup },
    {
      provide: TypeormSessionStore,
      useFactory: (dataSource: DataSource, config: AppConfig) =>
        new TypeormSessionStore(dataSource, config.session.idleTimeoutMinutes * 60_000),
      inject: [DataSource, APP_CONFIG],
    },
  ],
  exports: [
    TypeOrmModule,
    AccountRecoveryService,
    PasswordsModule,
    FirstAdminService,
    OneTimeTokensService,
    SessionLifetime,
    SignInService,
    SignedInUserLookup,
    TwoFactorService,
    TypeormSessionStore,
  ],
})
export class AuthModule {}
