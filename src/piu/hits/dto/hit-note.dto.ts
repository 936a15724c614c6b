import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';

export const NOTE_MAX = 2000;

/** A note on a hit's history. */
export class HitNoteDto {
  @Transform(trimmed)
  @MaxLength(NOTE_MAX, { message: 'hits.form.noteTooLong' })
  @MinLength(1, { message: 'hits.form.noteMissing' })
  @IsString({ message: 'hits.form.noteMissing' })
  note!: string;
}
