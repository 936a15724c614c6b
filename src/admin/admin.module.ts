import { Module } from '@nestjs/common';
import { AuditLogController } from './audit/audit-log.controller';
import { AuditLogService } from './audit/audit-log.service';
import { MemberStatesAdminController } from './member-states/member-states-admin.controller';
import { MemberStatesAdminService } from './member-states/member-states-admin.service';
import { AdminUsersController } from './users/admin-users.controller';
import { AdminUsersService } from './users/admin-users.service';
import { UserAccountActionsService } from './users/user-account-actions.service';

/**
 * The admin pages: accounts (/admin/users), Member States' programme status
 * (/admin/member-states, also for programme staff) and the audit log (/admin/audit). The
 * shared services (audit, sessions, two-factor, one-time links) come from the global CoreModule.
 */
@Module({
  controllers: [AdminUsersController, MemberStatesAdminController, AuditLogController],
  providers: [
    AdminUsersService,
    UserAccountActionsService,
    MemberStatesAdminService,
    AuditLogService,
  ],
})
export class AdminModule {}
