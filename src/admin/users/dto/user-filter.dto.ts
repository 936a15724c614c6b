import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';
import { PagedQueryDto } from '../../../common/lists/paged-query.dto';
import { ROLES } from '../../../common/identity/role';

export const USER_STATUSES = ['active', 'deactivated', 'locked'] as const;
export type UserStatusFilter = (typeof USER_STATUSES)[number];

/** The users list's filters and page (query string). An empty value means "any". */
export class UserFilterDto extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(ROLES, { message: 'admin.invalidChoice' })
  role?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(16, { message: 'admin.invalidChoice' })
  @IsString({ message: 'admin.invalidChoice' })
  org?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(USER_STATUSES, { message: 'admin.invalidChoice' })
  status?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(200, { message: 'admin.tooLong' })
  @IsString({ message: 'admin.tooLong' })
  q?: string;
}
