import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { emptyAsUndefined } from '../../common/lists/filters';
import { PagedQueryDto } from '../../common/lists/paged-query.dto';
import { INVITATION_STATUSES, type InvitationStatus } from '../invitation-rules';

/** `/invitations?status=pending&page=2`: an empty status means all of them. */
export class ListInvitationsQueryDto extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(INVITATION_STATUSES, { message: 'invitations.statusFilter' })
  status?: InvitationStatus;
}
