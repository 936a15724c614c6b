import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../dto/trimmed';
import { ACTION_STATUSES, type ActionStatus } from '../action-item.entity';
import { MEETING_MODES, type MeetingMode } from '../meeting.entity';

/**
 * A meeting as the secretariat enters it: times are wall-clock times in the chosen zone
 * (datetime-local fields); the service checks the zone with Intl, the order of the times, and
 * that an online meeting has its link and one in person its place.
 */
export class MeetingFormDto {
  @Transform(trimmed)
  @MaxLength(200, { message: 'meetings.title.tooLong' })
  @IsNotEmpty({ message: 'meetings.title.missing' })
  @IsString({ message: 'meetings.title.missing' })
  title!: string;

  @Transform(trimmed)
  @MaxLength(20, { message: 'meetings.time.format' })
  @IsNotEmpty({ message: 'meetings.time.missing' })
  @IsString({ message: 'meetings.time.missing' })
  startsAt!: string;

  @Transform(trimmed)
  @MaxLength(20, { message: 'meetings.time.format' })
  @IsNotEmpty({ message: 'meetings.time.missing' })
  @IsString({ message: 'meetings.time.missing' })
  endsAt!: string;

  @Transform(trimmed)
  @MaxLength(64, { message: 'meetings.timeZone.unknown' })
  @IsNotEmpty({ message: 'meetings.timeZone.unknown' })
  @IsString({ message: 'meetings.timeZone.unknown' })
  timeZone!: string;

  @IsIn(MEETING_MODES, { message: 'meetings.mode.invalid' })
  mode!: MeetingMode;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(500, { message: 'meetings.onlineUrl.invalid' })
  @IsString({ message: 'meetings.onlineUrl.invalid' })
  onlineUrl?: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(300, { message: 'meetings.place.tooLong' })
  @IsString({ message: 'meetings.place.missing' })
  place?: string;

  @IsOptional()
  @MaxLength(20_000, { message: 'meetings.agenda.tooMany' })
  @IsString({ message: 'meetings.agenda.tooMany' })
  agenda?: string;
}

export class MinutesDto {
  @MaxLength(50_000, { message: 'meetings.minutes.tooLong' })
  @IsNotEmpty({ message: 'meetings.minutes.missing' })
  @IsString({ message: 'meetings.minutes.missing' })
  minutes!: string;
}

/** Cancelling needs the box ticked: a stray post (or a double click elsewhere) cancels nothing. */
export class CancelMeetingDto {
  @IsIn(['on'], { message: 'meetings.cancel.confirmMissing' })
  confirm!: string;
}

export class ActionItemDto {
  @Transform(trimmed)
  @MaxLength(500, { message: 'meetings.action.titleTooLong' })
  @IsNotEmpty({ message: 'meetings.action.titleMissing' })
  @IsString({ message: 'meetings.action.titleMissing' })
  title!: string;

  @Type(() => Number)
  @IsInt({ message: 'meetings.action.ownerInvalid' })
  ownerId!: number;

  @Transform(trimmed)
  @IsNotEmpty({ message: 'meetings.action.dueInvalid' })
  @IsString({ message: 'meetings.action.dueInvalid' })
  dueOn!: string;
}

export class ActionStatusDto {
  @IsIn(ACTION_STATUSES, { message: 'meetings.action.statusInvalid' })
  status!: ActionStatus;
}
