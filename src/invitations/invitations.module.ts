import { Module } from '@nestjs/common';
import { PasswordResetModule } from '../auth/password-reset/password-reset.module';
import { SetupModule } from '../auth/setup/setup.module';
import { InvitationAcceptanceController } from './invitation-acceptance.controller';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/**
 * Invitations and registration. It also brings in the two other one-time-link pages (password
 * reset, first-admin set-up): the three are the portal's only public forms that create or
 * restore an account, and share the new-password rule and the invalid-link page.
 */
@Module({
  imports: [PasswordResetModule, SetupModule],
  controllers: [InvitationAcceptanceController, InvitationsController],
  providers: [InvitationAcceptanceService, InvitationsService],
})
export class InvitationsModule {}
