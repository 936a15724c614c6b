import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';
import { UN_REGIONS } from '../../data/un-member-states';
import { PROGRAMME_STATUSES } from '../../../organisations/organisation.entity';

export const STATUS_CHOICES = [...PROGRAMME_STATUSES, 'none'] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];

/** The Member States list's filters (query string). An empty value means "any". */
export class MemberStateFilterDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(UN_REGIONS, { message: 'admin.invalidChoice' })
  region?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(STATUS_CHOICES, { message: 'admin.invalidChoice' })
  status?: string;

  /** An IWG region's code, or `none` for States in no IWG. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(32, { message: 'admin.invalidChoice' })
  @IsString({ message: 'admin.invalidChoice' })
  iwg?: string;
}
