import { Transform } from 'class-transformer';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';
import { PagedQueryDto } from '../../../common/lists/paged-query.dto';
import {
  MESSAGE_KINDS,
  MESSAGE_STATUSES,
  type MessageKind,
  type MessageStatus,
} from '../screening-message.entity';

export const MESSAGE_FILTERS = ['status', 'kind', 'carrier', 'on'] as const;

export class ListMessagesQuery extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(MESSAGE_STATUSES, { message: 'ingestion.messages.filterInvalid' })
  status?: MessageStatus;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(MESSAGE_KINDS, { message: 'ingestion.messages.filterInvalid' })
  kind?: MessageKind;

  /** A carrier's id. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^\d{1,9}$/, { message: 'ingestion.messages.filterInvalid' })
  carrier?: string;

  /** The day received (UTC), `YYYY-MM-DD`. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'ingestion.messages.dateInvalid' })
  on?: string;
}
