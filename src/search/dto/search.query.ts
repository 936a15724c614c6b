import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { emptyAsUndefined } from '../../common/lists/filters';
import { PagedQueryDto } from '../../common/lists/paged-query.dto';
import { SEARCH_KINDS, type SearchKind } from '../search-kind';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `/search?q=passenger+data&kind=resource&iwg=3&pillar=piu&language=fr&from=2026-01-01&to=…`:
 * all optional; dates are whole days, `to` included.
 */
export class SearchQuery extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @MaxLength(200, { message: 'search.filter.tooLong' })
  @IsString({ message: 'search.filter.tooLong' })
  q?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(SEARCH_KINDS, { message: 'search.filter.invalid' })
  kind?: SearchKind;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === '' || value === undefined ? undefined : Number(value),
  )
  @Min(1, { message: 'search.filter.invalid' })
  @IsInt({ message: 'search.filter.invalid' })
  iwg?: number;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^[a-z][a-z0-9-]{0,31}$/, { message: 'search.filter.invalid' })
  pillar?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^[a-z]{2,3}$/, { message: 'search.filter.invalid' })
  language?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(DAY, { message: 'search.filter.date' })
  from?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(DAY, { message: 'search.filter.date' })
  to?: string;
}

/** The first instant of a `YYYY-MM-DD` day in UTC; null for a day that does not exist. */
export function dayStart(day: string, plusDays = 0): Date | null {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return null;
  return new Date(date.getTime() + plusDays * 86_400_000);
}
