import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';
import { CLEAR_REASONS, type ClearReason } from '../hit-workflow';
import { HitRevisionDto } from './hit-revision.dto';
import { NOTE_MAX } from './hit-note.dto';

/** Clearing a hit as a false match: a reason from the list, a note, and "remember" (a box). */
export class ClearHitDto extends HitRevisionDto {
  @IsIn(CLEAR_REASONS, { message: 'hits.clear.reasonMissing' })
  reason!: ClearReason;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(NOTE_MAX, { message: 'hits.form.noteTooLong' })
  @IsString({ message: 'hits.form.noteTooLong' })
  clearNote?: string;

  /** The box posts "on" when ticked and nothing otherwise. */
  @IsOptional()
  @IsIn(['on'], { message: 'hits.clear.rememberInvalid' })
  remember?: string;
}
