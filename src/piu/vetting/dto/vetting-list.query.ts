import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';
import { PagedQueryDto } from '../../../common/lists/paged-query.dto';
import { HIT_STATUSES } from '../../pipeline/screening-hit.entity';

/** The status filter: open (the default), closed, all, or one status. */
export const STATUS_FILTERS = ['open', 'closed', 'all', ...HIT_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const VETTING_FILTERS = ['flight', 'list', 'rule', 'status', 'assignee'] as const;

const ID = /^\d{1,9}$/;

/** The vetting list's filters and page (query string); an empty value means "any". */
export class VettingListQuery extends PagedQueryDto {
  /** A flight's id. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(ID, { message: 'vetting.filterInvalid' })
  flight?: string;

  /** A watchlist's id. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(ID, { message: 'vetting.filterInvalid' })
  list?: string;

  /** A targeting rule's id. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(ID, { message: 'vetting.filterInvalid' })
  rule?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(STATUS_FILTERS, { message: 'vetting.filterInvalid' })
  status?: StatusFilter;

  /** `mine`, `unassigned`, or an analyst's id. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^(?:mine|unassigned|\d{1,9})$/, { message: 'vetting.filterInvalid' })
  assignee?: string;
}
