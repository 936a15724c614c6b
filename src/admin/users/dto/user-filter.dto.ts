import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ROLES } from '../../../common/identity/role';

export const USER_STATUSES = ['active', 'deactivated', 'locked'] as const;
export type UserStatusFilter = (typeof USER_STATUSES)[number];

/** The users list's filters (query string). An empty value means "any". */
export class UserFilterDto {
  @IsOptional()
  @IsIn(['', ...ROLES], { message: 'admin.invalidChoice' })
  role?: string;

  @IsOptional()
  @IsString({ message: 'admin.invalidChoice' })
  @MaxLength(16, { message: 'admin.invalidChoice' })
  org?: string;

  @IsOptional()
  @IsIn(['', ...USER_STATUSES], { message: 'admin.invalidChoice' })
  status?: string;

  @IsOptional()
  @IsString({ message: 'admin.tooLong' })
  @MaxLength(200, { message: 'admin.tooLong' })
  q?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'admin.invalidChoice' })
  @Min(1, { message: 'admin.invalidChoice' })
  @Max(1_000_000, { message: 'admin.invalidChoice' })
  page?: number;
}
