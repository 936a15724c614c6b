import { Transform, Type } from 'class-transformer';
import { trimmed } from '../../dto/trimmed';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';
import { PagedQueryDto } from '../../../common/lists/paged-query.dto';
import { REACTIONS, type Reaction } from '../forum-reaction.entity';

export const BODY_MAX = 20_000;

/** A new thread: category, title and the first post. */
export class NewThreadDto {
  @Type(() => Number)
  @IsInt({ message: 'forum.category.invalid' })
  categoryId!: number;

  @Transform(trimmed)
  @MaxLength(200, { message: 'forum.title.tooLong' })
  @IsNotEmpty({ message: 'forum.title.missing' })
  @IsString({ message: 'forum.title.missing' })
  title!: string;

  @MaxLength(BODY_MAX, { message: 'forum.body.tooLong' })
  @IsNotEmpty({ message: 'forum.body.missing' })
  @IsString({ message: 'forum.body.missing' })
  body!: string;

  /** Library resources to attach: addresses or numbers, separated by commas or lines. */
  @IsOptional()
  @MaxLength(2000, { message: 'forum.attachments.tooLong' })
  @IsString()
  attachments?: string;
}

/** A reply, perhaps to (quoting) one post. */
export class ReplyDto {
  @MaxLength(BODY_MAX, { message: 'forum.body.tooLong' })
  @IsNotEmpty({ message: 'forum.body.missing' })
  @IsString({ message: 'forum.body.missing' })
  body!: string;

  /** The form always sends the field; empty means a plain reply. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === '' || value === undefined ? undefined : Number(value),
  )
  @IsInt({ message: 'forum.post.notFound' })
  replyToId?: number;

  /** Library resources to attach: addresses or numbers, separated by commas or lines. */
  @IsOptional()
  @MaxLength(2000, { message: 'forum.attachments.tooLong' })
  @IsString()
  attachments?: string;
}

/** An edit: the new text and the revision it was made from (a newer one means someone else edited). */
export class EditPostDto {
  @MaxLength(BODY_MAX, { message: 'forum.body.tooLong' })
  @IsNotEmpty({ message: 'forum.body.missing' })
  @IsString({ message: 'forum.body.missing' })
  body!: string;

  @Type(() => Number)
  @IsInt({ message: 'forum.post.stale' })
  @Min(1, { message: 'forum.post.stale' })
  revision!: number;

  /** Library resources to attach: addresses or numbers, separated by commas or lines. */
  @IsOptional()
  @MaxLength(2000, { message: 'forum.attachments.tooLong' })
  @IsString()
  attachments?: string;
}

export class ReactDto {
  @IsIn(REACTIONS, { message: 'forum.reaction.invalid' })
  kind!: Reaction;
}

/** A page of a thread, and the post a reply form should quote. */
export class ThreadQueryDto extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Type(() => Number)
  @IsInt()
  quote?: number;

  /** A library resource to put in the composer's attachments (back from the upload form). */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  attach?: number;
}

/** The edit form, perhaps back from the library's upload form with a resource to attach. */
export class EditQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  attach?: number;
}

export class CategoryQueryDto extends PagedQueryDto {}

export class NewThreadQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Type(() => Number)
  @IsInt()
  category?: number;

  /** A library resource to put in the composer's attachments (back from the upload form). */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  attach?: number;
}

/** A category the secretariat adds. */
export class NewCategoryDto {
  @Transform(trimmed)
  @MaxLength(120, { message: 'forum.category.nameTooLong' })
  @IsNotEmpty({ message: 'forum.category.nameMissing' })
  @IsString({ message: 'forum.category.nameMissing' })
  name!: string;
}

export class MentionQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(60)
  q?: string;
}
