import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Far beyond any list here; it keeps OFFSET arithmetic small. */
export const MAX_PAGE = 100_000;

/**
 * A page number of the query string: an empty or absent one is the first; anything else must
 * be a whole number from 1. For a second paged list on a page (`?pastPage=2`).
 */
export function PageNumber(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Transform(({ value }: { value: unknown }) =>
      value === '' || value === undefined ? undefined : Number(value),
    ),
    Max(MAX_PAGE, { message: 'lists.pageInvalid' }),
    Min(1, { message: 'lists.pageInvalid' }),
    IsInt({ message: 'lists.pageInvalid' }),
  );
}

/** The page of a paged list (`?page=3`), for list query DTOs to extend. */
export class PagedQueryDto {
  @PageNumber()
  page?: number;
}
