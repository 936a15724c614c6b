import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { emptyAsUndefined } from '../../common/lists/filters';
import { PagedQueryDto } from '../../common/lists/paged-query.dto';
import { UN_REGIONS } from '../data/un-member-states';
import { PROGRAMME_STATUSES } from '../../organisations/organisation.entity';

/**
 * `/states?q=ken&region=Africa&status=implementing&page=2`: all optional; `q` is part of a
 * name or a code; status `none` = not in the programme.
 */
export class ListStatesQuery extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(100, { message: 'states.filter.tooLong' })
  @IsString({ message: 'states.filter.tooLong' })
  q?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(UN_REGIONS, { message: 'states.filter.invalid' })
  region?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn([...PROGRAMME_STATUSES, 'none'], { message: 'states.filter.invalid' })
  status?: string;
}
