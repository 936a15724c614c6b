import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';
import { NOTE_MAX } from './hit-note.dto';
import { HitRevisionDto } from './hit-revision.dto';

/** Proposing to confirm a hit: why, for the second analyst who decides. */
export class ProposeHitDto extends HitRevisionDto {
  @Transform(trimmed)
  @MaxLength(NOTE_MAX, { message: 'hits.form.noteTooLong' })
  @MinLength(1, { message: 'hits.propose.noteMissing' })
  @IsString({ message: 'hits.propose.noteMissing' })
  proposalNote!: string;
}
