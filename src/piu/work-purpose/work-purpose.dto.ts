import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../iwg/dto/trimmed';
import { PURPOSE_NOTE_MAX, WORK_PURPOSES, type WorkPurposeCode } from './work-purpose';

export class WorkPurposeDto {
  @IsIn(WORK_PURPOSES, { message: 'screening.purpose.missing' })
  purpose!: WorkPurposeCode;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(PURPOSE_NOTE_MAX, { message: 'screening.purpose.noteTooLong' })
  @IsString({ message: 'screening.purpose.noteTooLong' })
  note?: string;

  @IsOptional()
  @IsString()
  back?: string;
}
