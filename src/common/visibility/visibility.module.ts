import { Global, Module } from '@nestjs/common';
import { RowAccess } from './row-access';
import { VisibilityPolicy } from './visibility-policy';

/**
 * The tenancy rule for every module: the policy (lists: `condition`; one row: `canSee`) and
 * RowAccess (one row or 404 with an audit entry). Global because no content module may do
 * without it, and no module should build its own.
 */
@Global()
@Module({
  providers: [VisibilityPolicy, RowAccess],
  exports: [VisibilityPolicy, RowAccess],
})
export class VisibilityModule {}
