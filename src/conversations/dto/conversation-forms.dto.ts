import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { emptyAsUndefined } from '../../common/lists/filters';
import { PagedQueryDto } from '../../common/lists/paged-query.dto';
import { trimmed } from '../../iwg/dto/trimmed';

/** The longest message: a forum post's limit. */
export const MESSAGE_MAX = 20_000;

/** A new conversation: who, about what (optional), and the first message. */
export class NewConversationDto {
  @Transform(trimmed)
  @MaxLength(2000, { message: 'conversations.recipients.tooLong' })
  @IsNotEmpty({ message: 'conversations.recipients.missing' })
  @IsString({ message: 'conversations.recipients.missing' })
  recipients!: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(200, { message: 'conversations.subject.tooLong' })
  @IsString({ message: 'conversations.subject.tooLong' })
  subject?: string;

  @MaxLength(MESSAGE_MAX, { message: 'conversations.body.tooLong' })
  @IsNotEmpty({ message: 'conversations.body.missing' })
  @IsString({ message: 'conversations.body.missing' })
  body!: string;
}

export class MessageDto {
  @MaxLength(MESSAGE_MAX, { message: 'conversations.body.tooLong' })
  @IsNotEmpty({ message: 'conversations.body.missing' })
  @IsString({ message: 'conversations.body.missing' })
  body!: string;
}

/** An edit: the new text and the revision it was made from. */
export class EditMessageDto extends MessageDto {
  @Type(() => Number)
  @IsInt({ message: 'conversations.stale' })
  @Min(1, { message: 'conversations.stale' })
  revision!: number;
}

export class AddParticipantDto {
  @Transform(trimmed)
  @MaxLength(254, { message: 'conversations.recipients.tooLong' })
  @IsNotEmpty({ message: 'conversations.participants.missing' })
  @IsString({ message: 'conversations.participants.missing' })
  recipient!: string;
}

/** "I have seen up to this message" (the script, when a message arrives on an open page). */
export class ReadUpToDto {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  upTo!: number;
}

export class ConversationListQueryDto extends PagedQueryDto {}

export class ConversationQueryDto extends PagedQueryDto {}

export class NewConversationQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsString()
  @MaxLength(254)
  to?: string;
}

/** The completion: what was typed, and the conversation someone is to be added to. */
export class PeopleQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(60)
  q?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Type(() => Number)
  @IsInt()
  conversation?: number;
}
