import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { HomeModule } from '../home/home.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { InvitationAcceptanceController } from './invitation-acceptance.controller';
import { InvitationAcceptanceService } from './invitation-acceptance.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { PendingInvitationsBlock } from './pending-invitations.block';

/**
 * Invitations, the only way into the platform: issuing and revoking them (admins, focal
 * points) and registration from the link (public). The links are AuthModule's one-time tokens.
 */
@Module({
  imports: [AuthModule, HomeModule, OrganisationsModule, UsersModule],
  controllers: [InvitationAcceptanceController, InvitationsController],
  providers: [InvitationAcceptanceService, InvitationsService, PendingInvitationsBlock],
})
export class InvitationsModule {}
