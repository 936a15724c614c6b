import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { INVITATION_STATUSES, type InvitationStatus } from '../invitation-rules';

/** `/invitations?status=pending&page=2`: an empty status means all of them. */
export class ListInvitationsQueryDto {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsIn(INVITATION_STATUSES, { message: 'invitations.statusFilter' })
  status?: InvitationStatus;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : Number(value)))
  @IsInt({ message: 'validation.required' })
  @Min(1, { message: 'validation.required' })
  @Max(100_000, { message: 'validation.required' })
  page?: number;
}
