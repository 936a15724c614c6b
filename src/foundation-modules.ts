import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ViewsModule } from './common/views/views.module';
import { VisibilityModule } from './common/visibility/visibility.module';
import { MailModule } from './mail/mail.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { UsersModule } from './users/users.module';

/**
 * What both the portal and the command line stand on: the audit log, mail, the visibility
 * policy, what modules add to pages, organisations, accounts and sign-in. Feature modules come on top, in each entry point.
 */
export const FOUNDATION_MODULES = [
  AuditModule,
  MailModule,
  VisibilityModule,
  ViewsModule,
  OrganisationsModule,
  UsersModule,
  AuthModule,
];
