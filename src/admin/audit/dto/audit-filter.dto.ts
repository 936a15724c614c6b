import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { AUDIT_ACTIONS } from '../../../audit/audit-actions';
import { emptyAsUndefined } from '../../../common/lists/filters';

/** A calendar date; an empty value means "no bound". */
const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

/** The audit log's filters and position (query string). Empty values mean "any". */
export class AuditFilterDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(AUDIT_ACTIONS, { message: 'admin.invalidChoice' })
  action?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(254, { message: 'admin.tooLong' })
  @IsString({ message: 'admin.tooLong' })
  actor?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(100, { message: 'admin.tooLong' })
  @IsString({ message: 'admin.tooLong' })
  target?: string;

  @IsOptional()
  @Matches(DATE, { message: 'admin.invalidDate' })
  from?: string;

  @IsOptional()
  @Matches(DATE, { message: 'admin.invalidDate' })
  to?: string;

  /** Keyset paging: events older than this id. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'admin.invalidChoice' })
  @Min(1, { message: 'admin.invalidChoice' })
  before?: number;

  /** Keyset paging back: events newer than this id. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'admin.invalidChoice' })
  @Min(0, { message: 'admin.invalidChoice' })
  after?: number;
}
