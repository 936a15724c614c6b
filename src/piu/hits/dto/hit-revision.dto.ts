import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

/** The hit's revision the page showed: a step on a hit changed meanwhile is refused, saying why. */
export class HitRevisionDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'hits.form.revisionInvalid' })
  @Min(1, { message: 'hits.form.revisionInvalid' })
  revision?: number;
}
