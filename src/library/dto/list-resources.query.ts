import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { emptyAsUndefined } from '../../common/lists/filters';
import { PagedQueryDto } from '../../common/lists/paged-query.dto';
import { PILLARS } from '../../organisations/pillars';
import { FILE_TYPES } from '../files/file-type';

export const LIST_FILTERS = [
  'pillar',
  'tag',
  'language',
  'type',
  'where',
  'from',
  'to',
  'sort',
] as const;
export const LIST_SORTS = ['newest', 'title'] as const;

/** The library's filters: all optional, "" from an untouched field meaning "any". */
export class ListResourcesQuery extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(PILLARS.map((pillar) => pillar.code), { message: 'library.filter.invalid' })
  pillar?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(40, { message: 'library.filter.invalid' })
  tag?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^[a-z]{2}$/, { message: 'library.filter.invalid' })
  language?: string;

  /** A file type, or `link`. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn([...FILE_TYPES, 'link'], { message: 'library.filter.invalid' })
  type?: string;

  /** `region:<id>` or `state:<id>`: resources for that IWG region or State. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^(region|state):\d{1,9}$/, { message: 'library.filter.invalid' })
  where?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'library.filter.dateInvalid' })
  from?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'library.filter.dateInvalid' })
  to?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(LIST_SORTS, { message: 'library.filter.invalid' })
  sort?: string;
}
