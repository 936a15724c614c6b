import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { AuditLogController } from './audit/audit-log.controller';
import { AuditLogService } from './audit/audit-log.service';
import { AdminUsersController } from './users/admin-users.controller';
import { AdminUsersService } from './users/admin-users.service';
import { UserAccountActionsService } from './users/user-account-actions.service';

/**
 * The admin pages: accounts (/admin/users) and the audit log (/admin/audit). Sessions,
 * two-factor and one-time links come from AuthModule. (Member States' programme status is the
 * member-states module's.)
 */
@Module({
  imports: [AuthModule, OrganisationsModule, UsersModule],
  controllers: [AdminUsersController, AuditLogController],
  providers: [AdminUsersService, UserAccountActionsService, AuditLogService],
})
export class AdminModule {}
