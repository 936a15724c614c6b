import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../../iwg/dto/trimmed';
import { NOTE_MAX } from './hit-note.dto';
import { HitRevisionDto } from './hit-revision.dto';

/** The second analyst sends a proposal back to review: what is missing. */
export class SendBackHitDto extends HitRevisionDto {
  @Transform(trimmed)
  @MaxLength(NOTE_MAX, { message: 'hits.form.noteTooLong' })
  @MinLength(1, { message: 'hits.sendBack.noteMissing' })
  @IsString({ message: 'hits.sendBack.noteMissing' })
  sendBackNote!: string;
}
