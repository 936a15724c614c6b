import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';
import { PagedQueryDto } from '../../../common/lists/paged-query.dto';
import { CHANGE_KINDS, type ChangeKind } from '../watchlist-change.entity';

/** A version page: its diff (all changes, or one kind) or its skipped records, paged. */
export class VersionQueryDto extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(CHANGE_KINDS)
  change?: ChangeKind;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(['changes', 'skipped'])
  show?: 'changes' | 'skipped';
}
