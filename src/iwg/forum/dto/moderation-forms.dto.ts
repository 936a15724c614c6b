import { Transform, Type } from 'class-transformer';
import { trimmed } from '../../dto/trimmed';
import { IsArray, IsIn, IsInt, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** Hide (with a reason) or show a post again. */
export class HidePostDto {
  @IsIn(['on', 'off'], { message: 'forum.hide.invalid' })
  hidden!: 'on' | 'off';

  @MaxLength(500, { message: 'forum.hide.reasonTooLong' })
  @IsString({ message: 'forum.hide.reasonMissing' })
  reason: string = '';
}

/** Lock, unlock, pin, unpin. */
export class FlagDto {
  @IsIn(['on', 'off'], { message: 'forum.flag.invalid' })
  value!: 'on' | 'off';
}

export class MoveThreadDto {
  @Type(() => Number)
  @IsInt({ message: 'forum.category.invalid' })
  categoryId!: number;
}

/** The posts to move into a new thread, its title and category. */
export class SplitThreadDto {
  @Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(Number),
  )
  @IsArray({ message: 'forum.split.nothing' })
  @IsInt({ each: true, message: 'forum.split.nothing' })
  postIds: number[] = [];

  @Transform(trimmed)
  @MaxLength(200, { message: 'forum.title.tooLong' })
  @IsNotEmpty({ message: 'forum.title.missing' })
  @IsString({ message: 'forum.title.missing' })
  title!: string;

  @Type(() => Number)
  @IsInt({ message: 'forum.category.invalid' })
  categoryId!: number;
}
