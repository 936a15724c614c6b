import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Far beyond any list here; it keeps OFFSET arithmetic small. */
export const MAX_PAGE = 100_000;

/**
 * The page of a paged list (`?page=3`), for list query DTOs to extend. An empty or absent
 * page is the first; anything else must be a whole number from 1.
 */
export class PagedQueryDto {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === '' || value === undefined ? undefined : Number(value),
  )
  @Max(MAX_PAGE, { message: 'lists.pageInvalid' })
  @Min(1, { message: 'lists.pageInvalid' })
  @IsInt({ message: 'lists.pageInvalid' })
  page?: number;
}
