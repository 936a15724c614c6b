import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';
import { NOTE_MAX } from './hit-note.dto';
import { HitRevisionDto } from './hit-revision.dto';

/** The second analyst's approval, with a note if they have one. */
export class ConfirmHitDto extends HitRevisionDto {
  @IsOptional()
  @Transform(trimmed)
  @MaxLength(NOTE_MAX, { message: 'hits.form.noteTooLong' })
  @IsString({ message: 'hits.form.noteTooLong' })
  confirmNote?: string;
}
