import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';
import { NOTE_MAX } from './hit-note.dto';
import { HitRevisionDto } from './hit-revision.dto';

export const ESCALATED_TO_MAX = 200;

/** Handing a confirmed hit to another authority: to whom, and a note. */
export class EscalateHitDto extends HitRevisionDto {
  @Transform(trimmed)
  @MaxLength(ESCALATED_TO_MAX, { message: 'hits.escalate.toTooLong' })
  @MinLength(1, { message: 'hits.escalate.toMissing' })
  @IsString({ message: 'hits.escalate.toMissing' })
  escalatedTo!: string;

  @IsOptional()
  @Transform(trimmed)
  @MaxLength(NOTE_MAX, { message: 'hits.form.noteTooLong' })
  @IsString({ message: 'hits.form.noteTooLong' })
  escalationNote?: string;
}
