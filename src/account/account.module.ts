import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { AccountOverviewService } from './account-overview.service';
import { AccountSessionsService } from './account-sessions.service';
import { AccountController } from './account.controller';
import { PasswordChangeService } from './password-change.service';
import { PasswordController } from './password.controller';
import { ProfileService } from './profile.service';
import { SessionsController } from './sessions.controller';
import { TwoFactorSettingsController } from './two-factor-settings.controller';
import { TwoFactorSettingsService } from './two-factor-settings.service';

/** A person's own pages under /account: overview, profile, password, two-factor, sessions. */
@Module({
  imports: [AuthModule, UsersModule],
  controllers: [
    AccountController,
    PasswordController,
    SessionsController,
    TwoFactorSettingsController,
  ],
  providers: [
    AccountOverviewService,
    AccountSessionsService,
    PasswordChangeService,
    ProfileService,
    TwoFactorSettingsService,
  ],
})
export class AccountModule {}
